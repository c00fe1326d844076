import type { ConsentState } from '@continuum/rules/consent/index.ts';
import {
  checkDisclosure,
  disclosureBasis,
  RECORDS_CITATIONS,
  recordOfAccessProblems,
} from '@continuum/rules/records/index.ts';
import type { RecipientKind } from '@continuum/rules/records/index.ts';
import type { RecordType } from '../access/access-log.ts';
import { withStudentRecords } from '../access/student-records.ts';
import type { StudentRecords } from '../access/student-records.ts';
import { InvalidInputError, RefusedError } from '../errors.ts';
import type { Call } from '../http/call.ts';
import { refuseFutureDates } from '../timelines/case-events.ts';
import { statementsAttachedTo } from '../amendments/statements.ts';
import { mayRecordDisclosures } from './access.ts';
import { disclosureRows, toDisclosureView } from './present.ts';
import { categoriesOf } from './record-categories.ts';
import type { DisclosureInput, DisclosureView } from './schemas.ts';

/**
 * Records a disclosure of the child's personally identifiable information, by the privacy
 * officer or a district administrator: who received what, when and why, and what it rests on.
 * The rules decide (`checkDisclosure`, PSN, Consent for Disclosure, 34 CFR 300.622; Transmittal
 * of records, 34 CFR 300.535): a transition agency or a private school's district needs the
 * consent named here, a granted disclosure consent of this child for this recipient on the day
 * of the disclosure; a crime report carries only the special education and disciplinary
 * records, under the FERPA provision recorded. A refusal is a 422 with the passage, and nothing
 * is written. Each disclosure then shows in the child's record of access (34 CFR 300.614).
 */
export async function recordDisclosure(
  call: Call,
  input: DisclosureInput & { studentId: string },
): Promise<DisclosureView> {
  return withStudentRecords(call, async (records) => {
    const { studentId } = input;
    const grant = await records.grantIf(
      studentId,
      'disclosure',
      'create',
      'record-disclosure',
      mayRecordDisclosures,
      'The privacy officer or a district administrator records a disclosure.',
    );
    refuseFutureDates(records, { disclosedOn: input.disclosedOn });
    // The entry the record of access will show: the law requires its name, date and purpose.
    const problems = recordOfAccessProblems({
      party: 'other',
      partyName: input.partyName,
      date: input.disclosedOn,
      purpose: input.purpose,
    });
    if (problems.length)
      throw new RefusedError(
        problems[0]!.message,
        problems[0]!.citation,
        problems.map((p) => ({ path: p.field, message: p.message })),
      );
    if (input.forPartB && input.partyKind !== 'participating-agency-official')
      throw new InvalidInputError([
        { path: 'forPartB', message: "applies only to a participating agency's officials" },
      ]);

    // What is disclosed: the records, and with them every statement a parent placed in them
    // after an amendment hearing (PSN, Result of Hearing, 34 CFR 300.620(b): "the explanation
    // must also be disclosed to that party").
    const recordTypesDisclosed: RecordType[] = [...new Set(input.recordTypes)];

    const request = {
      recipient: input.partyKind,
      forPartBRequirement: input.forPartB,
      ferpaAuthority: input.ferpaAuthority ?? null,
      records: categoriesOf(recordTypesDisclosed),
    };
    // What the disclosure rests on decides which of consent and FERPA provision apply.
    const basis = disclosureBasis(request);
    const usesFerpa =
      basis.basis === 'exception' &&
      (basis.exception === 'crime-report' || basis.exception === 'ferpa');
    const extra = [
      ...(basis.basis === 'exception' && input.consentId !== undefined
        ? [{ path: 'consentId', message: `does not apply: ${basis.why}` }]
        : []),
      ...(!usesFerpa && input.ferpaAuthority !== undefined
        ? [{ path: 'ferpaAuthority', message: `does not apply: ${basis.why}` }]
        : []),
    ];
    if (extra.length) throw new InvalidInputError(extra);
    const consent =
      input.consentId === undefined
        ? null
        : await consentInEffect(records, { ...input, consentId: input.consentId });
    // The consent module records consents as the parent's: a consent given by a student of 18
    // (transition services only) is not told apart yet (docs/disclosures.md).
    const check = checkDisclosure(
      request,
      consent?.state ? { state: consent.state, givenBy: 'parent' } : null,
    );
    if (!check.allowed)
      throw new RefusedError(check.message, check.citation, [
        { path: check.field === 'consent' ? 'consentId' : 'recordTypes', message: check.message },
      ]);

    const statements = await statementsAttachedTo(
      records,
      grant,
      recordTypesDisclosed,
      'record-disclosure',
    );
    const row = await records.tx
      .insertInto('disclosures')
      .values({
        district_id: call.actor.districtId,
        student_id: studentId,
        disclosed_on: input.disclosedOn,
        party_kind: input.partyKind,
        party_name: input.partyName,
        purpose: input.purpose,
        record_types: recordTypesDisclosed,
        description: input.description,
        statement_ids: statements.map((st) => st.id),
        for_part_b: input.forPartB,
        basis: basis.basis === 'consent' ? 'consent' : basis.exception,
        consent_id: consent?.id ?? null,
        ferpa_authority: usesFerpa ? (input.ferpaAuthority ?? null) : null,
        citation: basis.citation,
        recorded_by: call.actor.accountId,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await records.log([studentId], 'disclosure', 'create', 'record-disclosure');
    if (consent) await records.log([studentId], 'consent', 'read', 'record-disclosure');
    return toDisclosureView(
      await disclosureRows(records.tx).where('d.id', '=', row.id).executeTakeFirstOrThrow(),
    );
  });
}

/** The consent kinds the consent module records, by the disclosure's recipient. */
const consentRecipientKind: Partial<Record<RecipientKind, string>> = {
  'transition-agency': 'transition-agency',
  'other-district-officials': 'other-district-officials',
};

const sameName = (a: string, b: string) =>
  a.trim().replace(/\s+/g, ' ').toLowerCase() === b.trim().replace(/\s+/g, ' ').toLowerCase();

/**
 * The named consent, when it is a disclosure consent of this child for this recipient (the
 * consent "lists the records that will be released and to whom": PSN, Parental consent -
 * Definition), with its state on the day of the disclosure (a consent revoked after the
 * disclosure was in effect when it was made). Anything else is refused on `consentId`.
 */
async function consentInEffect(
  records: StudentRecords,
  input: DisclosureInput & { studentId: string; consentId: string },
): Promise<{ id: string; state: ConsentState | null }> {
  const consent = await records.tx
    .selectFrom('consents')
    .where('id', '=', input.consentId)
    .where('student_id', '=', input.studentId)
    .select(['id', 'type', 'recipient_kind', 'recipient_name'])
    .executeTakeFirst();
  if (!consent || consent.type !== 'disclosure')
    throw new InvalidInputError([
      { path: 'consentId', message: "is not one of the child's consents to disclose" },
    ]);
  const refuse = (message: string) =>
    new RefusedError(message, RECORDS_CITATIONS.disclosure, [{ path: 'consentId', message }]);
  if (consent.recipient_kind !== consentRecipientKind[input.partyKind])
    throw refuse(
      `The consent named is a consent to disclose to ${consent.recipient_kind ?? 'another recipient'}, not to this kind of party.`,
    );
  if (!sameName(consent.recipient_name ?? '', input.partyName))
    throw refuse(
      `The consent named is a consent to disclose to ${consent.recipient_name ?? 'another recipient'}, not to ${input.partyName}.`,
    );
  const state = await records.tx
    .selectFrom('consent_states')
    .where('consent_id', '=', consent.id)
    .where('on_date', '<=', input.disclosedOn)
    .select('state')
    .orderBy('seq', 'desc')
    .limit(1)
    .executeTakeFirst();
  return { id: consent.id, state: state?.state ?? null };
}
