import type { Database } from '../db/database.ts';
import { hashPassword } from '../auth/password-hash.ts';
import type { Fixture, FixtureRole } from '../testing/fixtures.ts';
import { fixturePassword } from '../testing/fixtures.ts';
import { insertServedIep, testService } from './test-support.ts';

/**
 * Children for group session tests and access rows, set up directly in the database (which
 * bypasses row-level security, so every row names the fixture's district). A child is enrolled
 * at School A with a final IEP (speech, in effect from `takesEffectOn`), the fixture's staff of
 * `implementers` assigned to implement the whole of it, and, when `parentEmail` is given, a
 * parent account of their own (signing in with the fixture's password). Not used by the product.
 */
export async function insertGroupChild(
  db: Database['db'],
  fixture: Fixture,
  options: {
    studentNumber: string;
    takesEffectOn: string;
    implementers: readonly FixtureRole[];
    parentEmail?: string;
  },
): Promise<{ studentId: string; serviceId: string; iepId: string }> {
  const districtId = fixture.districtId;
  const n = options.studentNumber;
  const student = await db
    .insertInto('students')
    .values({
      district_id: districtId,
      student_number: n,
      legal_first_name: `First${n}`,
      legal_last_name: `Last${n}`,
      date_of_birth: '2016-05-06',
      level: 'school-age',
      grade: '4',
      native_language: 'en',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('enrollments')
    .values({
      district_id: districtId,
      student_id: student.id,
      site_id: fixture.siteA,
      starts_on: '2020-09-01',
    })
    .execute();
  const { iepId, serviceIds } = await insertServedIep(db, student.id, options.takesEffectOn, [
    testService(options.takesEffectOn, { groupSize: 3 }),
  ]);
  for (const role of options.implementers) {
    await db
      .insertInto('implementer_assignments')
      .values({
        district_id: districtId,
        student_id: student.id,
        staff_id: fixture.accounts[role].staffId!,
        starts_on: '2020-09-01',
      })
      .execute();
  }
  if (options.parentEmail) {
    const account = await db
      .insertInto('accounts')
      .values({
        district_id: districtId,
        email: options.parentEmail,
        kind: 'parent',
        password_hash: await hashPassword(fixturePassword),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const guardian = await db
      .insertInto('guardians')
      .values({ district_id: districtId, full_name: `Parent Of ${n}`, account_id: account.id })
      .returning('id')
      .executeTakeFirstOrThrow();
    await db
      .insertInto('student_guardians')
      .values({
        district_id: districtId,
        student_id: student.id,
        guardian_id: guardian.id,
        relationship: 'father',
      })
      .execute();
  }
  return { studentId: student.id, serviceId: serviceIds[0]!, iepId };
}
