import type { Call } from '../http/call.ts';
import { withStudentRecords } from '../access/student-records.ts';
import { ConflictError } from '../errors.ts';
import type { ConsentState, ConsentType } from '@continuum/rules/consent/index.ts';
import type { RequestConsentInput } from './schemas.ts';
import type { ConsentDetail } from './get-consent.ts';
import { readConsent } from './get-consent.ts';
import { loadConsents } from './present.ts';
import { manageConsentGrant } from './manage-grant.ts';
import { refuseFutureDates } from '../timelines/case-events.ts';

/**
 * Types of which a student has one request at a time (disclosures and insurance uses are one
 * per recipient or use): a new request waits until the last is answered. A granted consent for
 * the initial evaluation, first services or public benefits stays in force until revoked, so
 * asking again is refused too; a reevaluation needs consent each time.
 */
const BLOCKING: Partial<Record<ConsentType, readonly ConsentState[]>> = {
  'initial-evaluation': ['requested', 'granted'],
  'initial-services': ['requested', 'granted'],
  'public-benefits': ['requested', 'granted'],
  reevaluation: ['requested'],
};

/**
 * Records that the district asked the parent for consent (the date and how). A request starts
 * in the state `requested`; the parent's answer is recorded on it later. Another request of a
 * type the student has one of at a time is refused while the last one awaits an answer.
 */
export async function requestConsent(
  call: Call,
  input: RequestConsentInput & { studentId: string },
): Promise<ConsentDetail> {
  const outcome = await withStudentRecords(call, async (records) => {
    await manageConsentGrant(records, input.studentId, 'create', 'request-consent');
    refuseFutureDates(records, { requestedOn: input.requestedOn });
    const blocking = BLOCKING[input.type];
    if (blocking) {
      const latest = (await loadConsents(records, input.studentId)).find(
        (c) => c.type === input.type,
      );
      const pending = latest && blocking.includes(latest.state) ? latest : undefined;
      if (pending) {
        await records.log([input.studentId], 'consent', 'read', 'request-consent');
        return { conflict: pending };
      }
    }
    const { tx, actor } = records;
    const row = await tx
      .insertInto('consents')
      .values({
        district_id: actor.districtId,
        student_id: input.studentId,
        type: input.type,
        requested_on: input.requestedOn,
        request_method: input.method,
        description: input.description ?? '',
        recipient_kind: input.recipientKind ?? null,
        recipient_name: input.recipientName ?? null,
        information_disclosed: input.informationDisclosed ?? null,
        insurance_use: input.insuranceUse ?? null,
        created_by: actor.accountId,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await tx
      .insertInto('consent_states')
      .values({
        district_id: actor.districtId,
        consent_id: row.id,
        seq: 0,
        state: 'requested',
        on_date: input.requestedOn,
        recorded_by: actor.accountId,
      })
      .execute();
    await records.log([input.studentId], 'consent', 'create', 'request-consent');
    return { created: await readConsent(records, input.studentId, row.id, 'request-consent') };
  });
  if (outcome.conflict)
    throw new ConflictError(
      outcome.conflict.state === 'granted'
        ? 'The parent has already granted this consent and it is in force. A new request is needed only after a revocation.'
        : "A request for this consent is already awaiting the parent's answer. Record the answer on that request instead of asking again.",
      outcome.conflict,
    );
  return outcome.created;
}
