import { withStudentRecords } from '../access/student-records.ts';
import { requirePrivacyOfficial } from '../privacy/access.ts';
import type { Call } from '../http/call.ts';
import {
  deriveDeadlines,
  loadCaseEvents,
  loadTimelineBasis,
} from '../timelines/derive-deadlines.ts';
import { requestRows, studentName, toRequestView } from './present.ts';
import type { OpenRecordsRequests } from './schemas.ts';

/**
 * The district's open records requests for the privacy officer (and district administrators),
 * each with its `records-inspection` deadline as the rules engine derives it from the child's
 * case events (45 calendar days after the request, earlier when a meeting comes first): the
 * 45-day rule lives in the rules package only. Earliest due first; a child whose deadlines
 * cannot be counted is listed with the reason, never left out.
 */
export async function listOpenRecordsRequests(call: Call): Promise<OpenRecordsRequests> {
  requirePrivacyOfficial(
    call.actor,
    "The district's open records requests are listed for the privacy officer and district administrators.",
  );
  return withStudentRecords(call, async (records) => {
    const rows = await requestRows(records.tx)
      .innerJoin('students as st', (j) =>
        j.onRef('st.district_id', '=', 'r.district_id').onRef('st.id', '=', 'r.student_id'),
      )
      .select([
        'st.preferred_name',
        'st.legal_first_name',
        'st.legal_last_name',
        'st.date_of_birth',
        'st.level',
      ])
      // Built on the students the actor may see, like every list.
      .where('r.student_id', 'in', records.visibleStudents().select('s.id'))
      .where('r.status', '=', 'requested')
      .execute();
    const studentIds = [...new Set(rows.map((r) => r.student_id))];
    const basis = await loadTimelineBasis(records);
    const events = await loadCaseEvents(records.tx, studentIds);
    const items = rows.map((r) => {
      const derived = deriveDeadlines(basis, {
        dateOfBirth: r.date_of_birth,
        level: r.level,
        events: events.get(r.student_id) ?? [],
      });
      const deadline = derived.ok
        ? derived.deadlines.find(
            (d) => d.view.rule === 'records-inspection' && d.view.trigger?.date === r.received_on,
          )
        : undefined;
      return {
        ...toRequestView(r),
        studentName: studentName(r),
        due: deadline?.view.due ?? null,
        overdue: deadline?.status === 'overdue',
        problem: derived.ok ? null : derived.message,
      };
    });
    items.sort(
      (a, b) =>
        (a.due ?? '0').localeCompare(b.due ?? '0') || a.receivedOn.localeCompare(b.receivedOn),
    );
    await records.log(studentIds, 'records-request', 'read', 'view-records-requests');
    return { asOf: records.asOf, items };
  });
}
