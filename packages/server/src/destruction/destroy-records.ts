import { sql } from 'kysely';
import { withStudentRecords } from '../access/student-records.ts';
import { InvalidInputError, RefusedError } from '../errors.ts';
import type { Call } from '../http/call.ts';
import { mayRunDestruction } from './access.ts';
import { caseRow, destructionCheck } from './check.ts';
import { studentDataTables } from './field-catalog.ts';
import { destroyedRows, toDestructionDone } from './present.ts';
import type { DestroyInput, DestructionDone } from './schemas.ts';

/**
 * Destroys the child's records at the parent's request (PSN, Destruction of Information,
 * 34 CFR 300.624; destruction is "removal of personal identifiers from information so that
 * the information is no longer personally identifiable", 34 CFR 300.611), by the privacy
 * officer, deliberately: the student number typed as confirmation. The rules decide first
 * (`checkDestruction`: informed, requested by someone with authority, no open request to
 * inspect; a refusal is a 422 with the citation). Then, in the same transaction, the access
 * log records the `destroy` and `destroy_student_records` (migration 0014) deletes every row
 * of the child and keeps the permanent record (docs/adr/0004-records-destruction.md).
 */
export async function destroyRecords(
  call: Call,
  input: DestroyInput & { studentId: string },
): Promise<DestructionDone> {
  const { studentId } = input;
  const done = await withStudentRecords(call, async (records) => {
    await records.grantIf(
      studentId,
      'records-destruction',
      'destroy',
      'destroy-records',
      mayRunDestruction,
      "The privacy officer, who is responsible for the records' destruction (34 CFR 300.623), runs it.",
    );
    const student = await records.tx
      .selectFrom('students')
      .where('id', '=', studentId)
      .select(['student_number', 'grade'])
      .forUpdate()
      .executeTakeFirstOrThrow();
    if (input.confirmStudentNumber !== student.student_number)
      throw new InvalidInputError(
        [{ path: 'confirmStudentNumber', message: "does not match the student's number" }],
        "Type the student's number to confirm the destruction.",
      );
    const check = await destructionCheck(records, studentId, await caseRow(records.tx, studentId));
    if (!check.allowed)
      throw new RefusedError(check.message, check.citation, [
        { path: 'confirmStudentNumber', message: check.message },
      ]);
    await records.log([studentId], 'records-destruction', 'destroy', 'destroy-records');
    const result = await sql<{ id: string }>`
      select destroy_student_records(${call.actor.districtId}::uuid, ${studentId}::uuid,
        ${call.actor.accountId}::uuid, ${input.gradeLevelCompleted ?? student.grade}::text,
        ${input.yearCompleted ?? null}::integer) as id`.execute(records.tx);
    const id = result.rows[0]!.id;
    return toDestructionDone(
      await destroyedRows(records).where('d.id', '=', id).executeTakeFirstOrThrow(),
    );
  });
  await vacuumDestroyedRows(call);
  return done;
}

/**
 * Deleted rows keep their bytes until the table is vacuumed: vacuum the tables destruction
 * deletes from, after the commit. A system step (VACUUM runs outside any transaction and
 * reads no one's data), best effort: autovacuum does it later anyway, so a failure is ignored.
 */
async function vacuumDestroyedRows(call: Call): Promise<void> {
  const tables = studentDataTables
    .filter((t) => t.onDestruction !== 'kept')
    .map((t) => `"${t.table}"`)
    .join(', ');
  try {
    await call.ctx.database.exec(`VACUUM ${tables}`);
  } catch {
    // Left to autovacuum: the rows are already deleted and invisible to every query.
  }
}
