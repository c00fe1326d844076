import type { Call } from '../http/call.ts';
import { withStudentRecords } from '../access/student-records.ts';
import { ForbiddenError, InvalidInputError, NotFoundError } from '../errors.ts';
import type { StudentDetail } from './schemas.ts';
import { readStudent } from './get-student.ts';

/**
 * Ends a student's enrollment at a site on a date. From the day after, the site's program
 * leader no longer reaches the student through it (the access policy reads current
 * enrollments).
 */
export async function endEnrollment(
  call: Call,
  input: { studentId: string; enrollmentId: string; endsOn: string },
): Promise<StudentDetail> {
  return withStudentRecords(call, async (records) => {
    const grant = await records.grant(input.studentId, 'enrollment', 'update', 'end-enrollment');
    if (!grant.abilities.editEnrollment) {
      records.deny(input.studentId, 'enrollment', 'update', 'end-enrollment');
      throw new ForbiddenError('You may view this student but not change their enrollment.');
    }
    const enrollment = await records.tx
      .selectFrom('enrollments')
      .where('id', '=', input.enrollmentId)
      .where('student_id', '=', input.studentId)
      .select(['starts_on'])
      .executeTakeFirst();
    if (!enrollment) throw new NotFoundError('enrollment');
    if (input.endsOn < enrollment.starts_on) {
      throw new InvalidInputError([
        {
          path: 'endsOn',
          message: `must be on or after the enrollment's start, ${enrollment.starts_on}`,
        },
      ]);
    }
    await records.tx
      .updateTable('enrollments')
      .set({ ends_on: input.endsOn })
      .where('id', '=', input.enrollmentId)
      .execute();
    await records.log([input.studentId], 'enrollment', 'update', 'end-enrollment');
    return readStudent(records, input.studentId, 'end-enrollment');
  });
}
