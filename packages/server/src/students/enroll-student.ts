import type { Call } from '../http/call.ts';
import { withStudentRecords } from '../access/student-records.ts';
import { ForbiddenError, InvalidInputError } from '../errors.ts';
import type { EnrollmentInput, StudentDetail } from './schemas.ts';
import { readStudent } from './get-student.ts';

/** Enrolls a student at a site of the district (a school, pre-K center or program). */
export async function enrollStudent(
  call: Call,
  input: EnrollmentInput & { studentId: string },
): Promise<StudentDetail> {
  return withStudentRecords(call, async (records) => {
    const grant = await records.grant(input.studentId, 'enrollment', 'create', 'enroll-student');
    if (!grant.abilities.editEnrollment) {
      records.deny(input.studentId, 'enrollment', 'create', 'enroll-student');
      throw new ForbiddenError('You may view this student but not change their enrollment.');
    }
    const site = await records.tx
      .selectFrom('sites')
      .where('id', '=', input.siteId)
      .select('id')
      .executeTakeFirst();
    if (!site)
      throw new InvalidInputError([{ path: 'siteId', message: 'no such site in this district' }]);
    await records.tx
      .insertInto('enrollments')
      .values({
        district_id: call.actor.districtId,
        student_id: input.studentId,
        site_id: input.siteId,
        starts_on: input.startsOn,
        ends_on: input.endsOn ?? null,
      })
      .execute();
    await records.log([input.studentId], 'enrollment', 'create', 'enroll-student');
    return readStudent(records, input.studentId, 'enroll-student');
  });
}
