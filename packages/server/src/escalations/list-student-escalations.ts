import { withStudentRecords } from '../access/student-records.ts';
import type { Call } from '../http/call.ts';
import { mayFileEscalation } from './access.ts';
import { escalationRows, toEscalationView } from './present.ts';
import type { StudentEscalations } from './schemas.ts';

/**
 * A student's escalations, newest first, for anyone holding a relationship to the student
 * (parents included: it is part of their child's education record), with what the reader may
 * do: file another, resolve them.
 */
export async function listStudentEscalations(
  call: Call,
  input: { studentId: string },
): Promise<StudentEscalations> {
  return withStudentRecords(call, async (records) => {
    const grant = await records.grant(input.studentId, 'escalation', 'read', 'view-escalations');
    const rows = await escalationRows(records.tx)
      .where('e.student_id', '=', input.studentId)
      .orderBy('e.filed_at', 'desc')
      .orderBy('e.id')
      .execute();
    await records.log([input.studentId], 'escalation', 'read', 'view-escalations');
    return {
      studentId: input.studentId,
      escalations: rows.map((r) => toEscalationView(r, call.actor.accountId)),
      mayFile: mayFileEscalation(call.actor, grant),
      mayResolve: grant.abilities.manageCase,
    };
  });
}
