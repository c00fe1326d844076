import { withStudentRecords } from '../access/student-records.ts';
import type { Call } from '../http/call.ts';
import { readStudentName } from '../records-requests/present.ts';
import { mayReadDisclosures, mayRecordDisclosures } from './access.ts';
import { disclosureRows, toDisclosureView } from './present.ts';
import type { StudentDisclosures } from './schemas.ts';

/**
 * A child's disclosures, newest first, for the parent, the privacy officer, district
 * administrators and the committee's chairperson; those who record them also get the child's
 * disclosure consents granted now, to name one (34 CFR 300.622). Reading is logged.
 */
export async function listStudentDisclosures(
  call: Call,
  input: { studentId: string },
): Promise<StudentDisclosures> {
  return withStudentRecords(call, async (records) => {
    const { studentId } = input;
    const grant = await records.grantIf(
      studentId,
      'disclosure',
      'read',
      'view-disclosures',
      (g) => mayReadDisclosures(call.actor, g),
      "The child's disclosures are read by the parent, the privacy officer, district administrators and the committee's chairperson.",
    );
    const studentName = await readStudentName(records.tx, studentId);
    const rows = await disclosureRows(records.tx)
      .where('d.student_id', '=', studentId)
      .orderBy('d.disclosed_on', 'desc')
      .orderBy('d.recorded_at', 'desc')
      .execute();
    const mayRecord = mayRecordDisclosures(grant);
    const consents = mayRecord ? await grantedDisclosureConsents(records.tx, studentId) : [];
    await records.log(
      [studentId],
      mayRecord ? ['disclosure', 'consent'] : 'disclosure',
      'read',
      'view-disclosures',
    );
    return {
      studentId,
      studentName,
      asOf: records.asOf,
      disclosures: rows.map(toDisclosureView),
      consents,
      mayRecord,
    };
  });
}

/** The child's disclosure consents whose latest state is granted, newest first. */
async function grantedDisclosureConsents(
  tx: Parameters<typeof disclosureRows>[0],
  studentId: string,
) {
  const rows = await tx
    .selectFrom('consents as c')
    .innerJoin('consent_states as s', (j) =>
      j.onRef('s.district_id', '=', 'c.district_id').onRef('s.consent_id', '=', 'c.id'),
    )
    .where('c.student_id', '=', studentId)
    .where('c.type', '=', 'disclosure')
    .where((eb) =>
      eb(
        's.seq',
        '=',
        eb
          .selectFrom('consent_states as s2')
          .whereRef('s2.district_id', '=', 's.district_id')
          .whereRef('s2.consent_id', '=', 's.consent_id')
          .select((e) => e.fn.max('s2.seq').as('seq')),
      ),
    )
    .where('s.state', '=', 'granted')
    .select([
      'c.id',
      'c.recipient_kind',
      'c.recipient_name',
      'c.information_disclosed',
      'c.requested_on',
      's.state',
    ])
    .orderBy('c.requested_on', 'desc')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    recipientKind: r.recipient_kind ?? '',
    recipientName: r.recipient_name ?? '',
    informationDisclosed: r.information_disclosed ?? '',
    requestedOn: r.requested_on,
    state: r.state,
  }));
}
