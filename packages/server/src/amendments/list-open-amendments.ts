import { withStudentRecords } from '../access/student-records.ts';
import type { Call } from '../http/call.ts';
import { requirePrivacyOfficial } from '../privacy/access.ts';
import { studentName } from '../records-requests/present.ts';
import { amendmentRows, toAmendmentView } from './present.ts';
import type { OpenAmendments } from './schemas.ts';

/**
 * The district's amendment requests that wait on the district, for the privacy officer's
 * workspace (and district administrators): a decision "within a reasonable period of time"
 * (PSN, 34 CFR 300.618(b)), earliest due first, or the outcome of a hearing the parent asked
 * for (300.619). Built on the students the actor may see, like every list; each child listed
 * gets its access-log row.
 */
export async function listOpenAmendments(call: Call): Promise<OpenAmendments> {
  requirePrivacyOfficial(
    call.actor,
    "The district's amendment requests are listed for the privacy officer and district administrators.",
  );
  return withStudentRecords(call, async (records) => {
    const rows = await amendmentRows(records.tx)
      .innerJoin('students as s2', (j) =>
        j.onRef('s2.district_id', '=', 'r.district_id').onRef('s2.id', '=', 'r.student_id'),
      )
      .select(['s2.preferred_name', 's2.legal_first_name', 's2.legal_last_name'])
      .where('r.student_id', 'in', records.visibleStudents().select('s.id'))
      .where('r.status', 'in', ['requested', 'hearing-requested'])
      .orderBy('r.received_on')
      .execute();
    await records.log(
      [...new Set(rows.map((r) => r.student_id))],
      'amendment',
      'read',
      'view-amendments',
    );
    const handler = { handler: true, parent: false } as const;
    return {
      asOf: records.asOf,
      items: rows.map((r) => {
        const v = toAmendmentView(r, [], handler, records.asOf);
        return {
          id: v.id,
          studentId: v.studentId,
          studentName: studentName(r),
          recordType: v.recordType,
          receivedOn: v.receivedOn,
          status: v.status,
          decisionDue: v.decisionDue,
          overdue: v.overdue,
          hearingRequestedOn: v.hearingRequestedOn,
        };
      }),
    };
  });
}
