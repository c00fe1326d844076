import type { Call } from '../http/call.ts';
import { withStudentRecords } from '../access/student-records.ts';
import { mayCreateStudents } from '../access/policy.ts';
import { ForbiddenError, InvalidInputError, NotFoundError } from '../errors.ts';
import { isUniqueViolation } from '../db/sql-errors.ts';
import type { CreateStudentInput, StudentDetail } from './schemas.ts';
import { readStudent } from './get-student.ts';

/** Adds a student to the actor's district (district administrators and chairpersons). */
export async function createStudent(call: Call, input: CreateStudentInput): Promise<StudentDetail> {
  if (!mayCreateStudents(call.actor))
    throw new ForbiddenError(
      'Only district administrators and committee chairpersons add students.',
    );
  return withStudentRecords(call, async (records) => {
    let id: string;
    try {
      ({ id } = await records.tx
        .insertInto('students')
        .values({
          district_id: call.actor.districtId,
          student_number: input.studentNumber,
          legal_first_name: input.legalFirstName,
          legal_last_name: input.legalLastName,
          preferred_name: input.preferredName ?? null,
          date_of_birth: input.dateOfBirth,
          level: input.level,
          grade: input.level === 'preschool' ? null : (input.grade ?? null),
          native_language: input.nativeLanguage,
          homeless: input.homeless ?? false,
          ward_of_state: input.wardOfState ?? false,
          classification: input.classification ?? null,
        })
        .returning('id')
        .executeTakeFirstOrThrow());
    } catch (error) {
      if (isUniqueViolation(error, 'students_number')) {
        throw new InvalidInputError([
          { path: 'studentNumber', message: 'another student already has this student id' },
        ]);
      }
      throw error;
    }
    await records.log([id], 'student-profile', 'create', 'add-student');
    try {
      return await readStudent(records, id, 'add-student');
    } catch (error) {
      // The creator would hold no relationship to the new student (a CSE chairperson adding a
      // preschool child, a school's committee adding a student not enrolled there): refuse
      // the whole write rather than create a record its author cannot see.
      if (error instanceof NotFoundError) {
        throw new ForbiddenError('You can add only students your committee serves.');
      }
      throw error;
    }
  });
}
