import type { Call } from '../http/call.ts';
import { withStudentRecords } from '../access/student-records.ts';
import { ConflictError, ForbiddenError, InvalidInputError } from '../errors.ts';
import { isUniqueViolation } from '../db/sql-errors.ts';
import type { StudentDetail, UpdateStudentInput } from './schemas.ts';
import { readStudent } from './get-student.ts';

/**
 * Changes a student's profile. Optimistic concurrency: the caller sends the version it read;
 * a stale version is refused with the current record, so no one overwrites another silently.
 */
export async function updateStudent(
  call: Call,
  input: UpdateStudentInput & { studentId: string },
): Promise<StudentDetail> {
  const outcome = await withStudentRecords(call, async (records) => {
    const grant = await records.grant(input.studentId, 'student-profile', 'update', 'edit-profile');
    if (!grant.abilities.editProfile) {
      records.deny(input.studentId, 'student-profile', 'update', 'edit-profile');
      throw new ForbiddenError('You may view this student but not change their profile.');
    }
    const { studentId, version, ...changes } = input;
    const values = {
      ...(changes.studentNumber !== undefined && { student_number: changes.studentNumber }),
      ...(changes.legalFirstName !== undefined && { legal_first_name: changes.legalFirstName }),
      ...(changes.legalLastName !== undefined && { legal_last_name: changes.legalLastName }),
      ...(changes.preferredName !== undefined && { preferred_name: changes.preferredName }),
      ...(changes.dateOfBirth !== undefined && { date_of_birth: changes.dateOfBirth }),
      ...(changes.level !== undefined && {
        level: changes.level,
        grade: changes.level === 'preschool' ? null : (changes.grade ?? null),
      }),
      ...(changes.nativeLanguage !== undefined && { native_language: changes.nativeLanguage }),
      ...(changes.homeless !== undefined && { homeless: changes.homeless }),
      ...(changes.wardOfState !== undefined && { ward_of_state: changes.wardOfState }),
      ...(changes.classification !== undefined && { classification: changes.classification }),
    };
    let updated;
    try {
      updated = await records.tx
        .updateTable('students')
        .set((eb) => ({ ...values, version: eb('version', '+', 1), updated_at: new Date() }))
        .where('id', '=', studentId)
        .where('version', '=', version)
        .returning('id')
        .executeTakeFirst();
    } catch (error) {
      if (isUniqueViolation(error, 'students_number')) {
        throw new InvalidInputError([
          { path: 'studentNumber', message: 'another student already has this student id' },
        ]);
      }
      throw error;
    }
    if (!updated) {
      // Commit the read of the current record (it is logged) and refuse after the transaction.
      return {
        conflict: await readStudent(records, studentId, 'show-current-after-conflict'),
      };
    }
    await records.log([studentId], 'student-profile', 'update', 'edit-profile');
    return { updated: await readStudent(records, studentId, 'edit-profile') };
  });
  if ('conflict' in outcome) {
    throw new ConflictError(
      'Someone else changed this student since you opened it. Review the current record and try again.',
      outcome.conflict,
    );
  }
  return outcome.updated;
}
