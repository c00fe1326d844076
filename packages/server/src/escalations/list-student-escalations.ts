import type { Purpose } from '../access/access-log.ts';
import type { StudentRecords } from '../access/student-records.ts';
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
  return withStudentRecords(call, (records) =>
    readStudentEscalations(records, input.studentId, 'view-escalations'),
  );
}

/** Reads and logs a student's escalations inside an open records scope (the complete record too). */
export async function readStudentEscalations(
  records: StudentRecords,
  studentId: string,
  purpose: Purpose,
): Promise<StudentEscalations> {
  const grant = await records.grant(studentId, 'escalation', 'read', purpose);
  const rows = await escalationRows(records.tx)
    .where('e.student_id', '=', studentId)
    .orderBy('e.filed_at', 'desc')
    .orderBy('e.id')
    .execute();
  await records.log([studentId], 'escalation', 'read', purpose);
  return {
    studentId,
    escalations: rows.map((r) => toEscalationView(r, records.actor.accountId)),
    mayFile: mayFileEscalation(records.actor, grant),
    mayResolve: grant.abilities.manageCase,
  };
}
