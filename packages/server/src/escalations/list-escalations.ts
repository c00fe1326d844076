import { withStudentRecords } from '../access/student-records.ts';
import type { Call } from '../http/call.ts';
import { escalationRows, toEscalationView } from './present.ts';
import type { EscalationList, EscalationsQuery } from './schemas.ts';

/**
 * The escalations of every student the actor may see (one door: `records.visibleStudents()`),
 * open ones by default, oldest first so the longest waiting come first; resolved ones newest
 * first. The chairperson sees their committee's; a program leader their site's. Each student
 * listed is written to the access log.
 */
export async function listEscalations(
  call: Call,
  input: EscalationsQuery,
): Promise<EscalationList> {
  return withStudentRecords(call, async (records) => {
    let query = escalationRows(records.tx).where((eb) =>
      eb('e.student_id', 'in', records.visibleStudents().select('s.id')),
    );
    if (input.status !== 'all') query = query.where('e.status', '=', input.status);
    const rows = await query
      .orderBy('e.filed_at', input.status === 'open' ? 'asc' : 'desc')
      .orderBy('e.id')
      .limit(input.limit + 1)
      .execute();
    const page = rows.slice(0, input.limit);
    await records.log(
      [...new Set(page.map((r) => r.student_id))],
      'escalation',
      'read',
      'view-escalations',
    );
    return {
      status: input.status,
      escalations: page.map((r) => toEscalationView(r, call.actor.accountId)),
      truncated: rows.length > page.length,
    };
  });
}
