import { randomUUID } from 'node:crypto';
import type { Database } from '../db/database.ts';
import type { StaffRole } from '../db/schema.ts';
import type { ImplementerRole } from '../db/tables/distribution.ts';
import { hashPassword } from '../auth/password-hash.ts';
import { completeIepContent, districtOf, insertIep } from '../iep/test-support.ts';

/**
 * Records the distribution tests and access rows set up directly in the database (database.db
 * bypasses row-level security, so every row names its own district). Not used by the product.
 */

/** A staff member working at `siteId`, with an account that can sign in with `password`. */
export async function insertStaff(
  db: Database['db'],
  districtId: string,
  options: { roles: StaffRole[]; siteId?: string; password?: string; name?: string },
): Promise<{ staffId: string; accountId: string; email: string }> {
  const email = `staff-${randomUUID()}@fixture.test`;
  const account = await db
    .insertInto('accounts')
    .values({
      district_id: districtId,
      email,
      kind: 'staff',
      password_hash: options.password ? await hashPassword(options.password) : null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const staff = await db
    .insertInto('staff')
    .values({
      district_id: districtId,
      account_id: account.id,
      full_name: options.name ?? `Staff ${email.slice(6, 14)}`,
      roles: options.roles,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  if (options.siteId) {
    await db
      .insertInto('staff_sites')
      .values({ district_id: districtId, staff_id: staff.id, site_id: options.siteId })
      .execute();
  }
  return { staffId: staff.id, accountId: account.id, email };
}

/** An assignment of `staffId` to implement the IEP (the whole of it unless `services` name parts). */
export async function insertAssignment(
  db: Database['db'],
  input: {
    studentId: string;
    iepId: string;
    staffId: string;
    role: ImplementerRole;
    services?: string[];
    startsOn?: string;
  },
): Promise<string> {
  const row = await db
    .insertInto('implementer_assignments')
    .values({
      district_id: await districtOf(db, input.studentId),
      student_id: input.studentId,
      staff_id: input.staffId,
      iep_id: input.iepId,
      role: input.role,
      whole_iep: !input.services?.length,
      services: input.services ?? [],
      starts_on: input.startsOn ?? '2020-09-01',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** A review of the IEP's version in effect with the assignment's implementer, not yet confirmed. */
export async function insertReview(
  db: Database['db'],
  input: {
    studentId: string;
    iepId: string;
    versionId: string;
    assignmentId: string;
    reviewedBy: string;
    kind?: 'leader-with-implementer' | 'teacher-with-paraprofessional';
  },
): Promise<string> {
  const row = await db
    .insertInto('iep_reviews')
    .values({
      district_id: await districtOf(db, input.studentId),
      student_id: input.studentId,
      iep_id: input.iepId,
      iep_version_id: input.versionId,
      assignment_id: input.assignmentId,
      kind: input.kind ?? 'leader-with-implementer',
      reviewed_on: '2026-11-20',
      reviewed_by: input.reviewedBy,
      responsibilities: 'Explained the goals and the accommodations.',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** The second service of `studentWithIep`'s IEP, besides the 12:1:1 special class. */
export const speechService = {
  program: 'related-service' as const,
  service: 'Speech-language therapy',
};

/**
 * A new school-age student enrolled at `siteId`, with a final IEP of two services (a 12:1:1
 * special class and speech-language therapy) that starts on `implementationDate`.
 */
export async function studentWithIep(
  db: Database['db'],
  where: { districtId: string; siteId: string },
  implementationDate: string,
): Promise<{ studentId: string; iepId: string; versionId: string; name: string }> {
  const number = randomUUID().slice(0, 8);
  const student = await db
    .insertInto('students')
    .values({
      district_id: where.districtId,
      student_number: `D-${number}`,
      legal_first_name: `Dist${number}`,
      legal_last_name: 'Student',
      date_of_birth: '2016-03-04',
      level: 'school-age',
      grade: '4',
      native_language: 'en',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('enrollments')
    .values({
      district_id: where.districtId,
      student_id: student.id,
      site_id: where.siteId,
      starts_on: '2020-09-01',
    })
    .execute();
  const base = completeIepContent();
  const classService = base.services[0]!;
  const { iepId, versionId } = await insertIep(db, student.id, {
    status: 'final',
    content: {
      ...base,
      services: [
        classService,
        { ...classService, ...speechService, frequency: 2, period: 'week', durationMinutes: 30 },
      ],
    },
    dates: { projectedImplementationDate: implementationDate },
  });
  return { studentId: student.id, iepId, versionId, name: `Student, Dist${number}` };
}
