import type { Call } from '../http/call.ts';
import type { StudentRecords } from '../access/student-records.ts';
import type { Purpose } from '../access/access-log.ts';
import { withStudentRecords } from '../access/student-records.ts';
import { NotFoundError } from '../errors.ts';
import type { StudentDetail } from './schemas.ts';
import { summaryColumns, toSummary } from './present.ts';

/** One student's profile, guardians and enrollment, if the actor holds a relationship. */
export async function getStudent(call: Call, input: { studentId: string }): Promise<StudentDetail> {
  return withStudentRecords(call, (records) =>
    readStudent(records, input.studentId, 'view-student'),
  );
}

/** Reads and logs a student's record inside an open records scope (shared by the writes). */
export async function readStudent(
  records: StudentRecords,
  studentId: string,
  purpose: Purpose,
): Promise<StudentDetail> {
  const grant = await records.grant(studentId, 'student-profile', 'read', purpose);
  const { tx } = records;
  const student = await tx
    .selectFrom('students as s')
    .where('s.id', '=', studentId)
    .select([...summaryColumns, 's.native_language', 's.homeless', 's.ward_of_state', 's.version'])
    .executeTakeFirst();
  if (!student) throw new NotFoundError('student');
  const guardians = await tx
    .selectFrom('student_guardians as sg')
    .innerJoin('guardians as g', (j) =>
      j.onRef('g.district_id', '=', 'sg.district_id').onRef('g.id', '=', 'sg.guardian_id'),
    )
    .where('sg.student_id', '=', studentId)
    .select([
      'g.id',
      'g.full_name',
      'sg.relationship',
      'g.email',
      'g.phone',
      'g.address',
      'g.preferred_language',
      'g.notice_delivery',
      'sg.educational_authority',
      'sg.authority_limit',
      'g.version',
    ])
    .orderBy('g.full_name')
    .execute();
  const enrollments = await tx
    .selectFrom('enrollments as e')
    .innerJoin('sites as site', (j) =>
      j.onRef('site.district_id', '=', 'e.district_id').onRef('site.id', '=', 'e.site_id'),
    )
    .where('e.student_id', '=', studentId)
    .select(['e.id', 'e.site_id', 'site.name', 'e.starts_on', 'e.ends_on'])
    .orderBy('e.starts_on', 'desc')
    .execute();
  await records.log([studentId], ['student-profile', 'guardians'], 'read', purpose);
  return {
    ...toSummary(student),
    nativeLanguage: student.native_language,
    homeless: student.homeless,
    wardOfState: student.ward_of_state,
    version: student.version,
    guardians: guardians.map((g) => ({
      id: g.id,
      fullName: g.full_name,
      relationship: g.relationship,
      email: g.email,
      phone: g.phone,
      address: g.address,
      preferredLanguage: g.preferred_language,
      noticeDelivery: g.notice_delivery,
      educationalAuthority: g.educational_authority,
      authorityLimit: g.authority_limit,
      version: g.version,
    })),
    enrollments: enrollments.map((e) => ({
      id: e.id,
      siteId: e.site_id,
      siteName: e.name,
      startsOn: e.starts_on,
      endsOn: e.ends_on,
    })),
    abilities: grant.abilities,
  };
}
