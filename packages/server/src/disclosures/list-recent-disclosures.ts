import { withStudentRecords } from '../access/student-records.ts';
import { requirePrivacyOfficial } from '../privacy/access.ts';
import type { Call } from '../http/call.ts';
import { studentName } from '../records-requests/present.ts';
import { disclosureRows, toDisclosureView } from './present.ts';
import type { RecentDisclosures } from './schemas.ts';

/**
 * The district's most recently recorded disclosures, newest first, for the privacy officer's
 * workspace (and district administrators): each child's entry names the party, the day, the
 * purpose and the basis (34 CFR 300.614, 300.622). Built on the students the actor may see,
 * like every list; every child listed gets its access-log row.
 */
export async function listRecentDisclosures(
  call: Call,
  input: { limit?: number } = {},
): Promise<RecentDisclosures> {
  requirePrivacyOfficial(
    call.actor,
    "The district's disclosures are listed for the privacy officer and district administrators.",
  );
  return withStudentRecords(call, async (records) => {
    const rows = await disclosureRows(records.tx)
      .innerJoin('students as st', (j) =>
        j.onRef('st.district_id', '=', 'd.district_id').onRef('st.id', '=', 'd.student_id'),
      )
      .select(['st.preferred_name', 'st.legal_first_name', 'st.legal_last_name'])
      .where('d.student_id', 'in', records.visibleStudents().select('s.id'))
      .orderBy('d.recorded_at', 'desc')
      .limit(input.limit ?? 50)
      .execute();
    const studentIds = [...new Set(rows.map((r) => r.student_id))];
    await records.log(studentIds, 'disclosure', 'read', 'view-disclosures');
    return {
      asOf: records.asOf,
      items: rows.map((r) => ({ ...toDisclosureView(r), studentName: studentName(r) })),
    };
  });
}
