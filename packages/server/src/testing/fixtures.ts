import type { Database } from '../db/database.ts';
import type { StaffRole } from '../db/schema.ts';
import { staffRoles } from '../db/schema.ts';
import { inDistrict } from '../db/tenant.ts';
import type { Tx } from '../db/tenant.ts';
import { hashPassword } from '../auth/password-hash.ts';

/**
 * A small world for access tests: two districts; in the first, two schools (A and B); one
 * account for each role with the relationships the access policy knows; and four students
 * as seen from those accounts:
 *   own             enrolled at A; every relationship-holder of the district holds one to them
 *   sameSchool      enrolled at A; nobody is assigned to implement their IEP, no guardian account
 *   otherSchool     enrolled at B
 *   otherDistrict   enrolled in the second district
 */
export const fixturePassword = 'a long fixture passphrase for tests';

/**
 * District administrators and privacy officers must use a second factor: their fixture
 * accounts have this one enrolled (base32, as the sign-in module stores it).
 */
export const fixtureTotpSecret = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
export const rolesWithSecondFactor: readonly FixtureRole[] = ['district-admin', 'privacy-officer'];

export type FixtureRole = StaffRole | 'parent';
export const fixtureRoles: readonly FixtureRole[] = [...staffRoles, 'parent'];

export type StudentRelation = 'own' | 'sameSchool' | 'otherSchool' | 'otherDistrict';
export const studentRelations: readonly StudentRelation[] = [
  'own',
  'sameSchool',
  'otherSchool',
  'otherDistrict',
];

export interface Fixture {
  districtId: string;
  otherDistrictId: string;
  siteA: string;
  siteB: string;
  students: Record<StudentRelation, string>;
  /** A guardian of each student (for `own`, the parent account's guardian row). */
  guardians: Record<StudentRelation, string>;
  /** Each student's current enrollment. */
  enrollments: Record<StudentRelation, string>;
  accounts: Record<FixtureRole, { accountId: string; email: string; staffId: string | null }>;
}

export async function createFixture(database: Database): Promise<Fixture> {
  const { db } = database;
  const passwordHash = await hashPassword(fixturePassword);
  const [district, otherDistrict] = await db
    .insertInto('districts')
    .values([{ name: 'Fixture District', profile: 'nyc' }, { name: 'Other District' }])
    .returning('id')
    .execute();
  const districtId = district!.id;
  const otherDistrictId = otherDistrict!.id;
  const suffix = districtId.slice(0, 8);

  const student = (d: string, n: string, level: 'school-age' | 'preschool' = 'school-age') => ({
    district_id: d,
    student_number: n,
    legal_first_name: `First${n}`,
    legal_last_name: `Last${n}`,
    date_of_birth: '2016-03-04',
    level,
    grade: level === 'preschool' ? null : '4',
    native_language: 'en',
  });

  const addGuardian = async (
    tx: Tx,
    d: string,
    studentId: string,
    name: string,
    accountId: string | null = null,
  ) => {
    const g = await tx
      .insertInto('guardians')
      .values({ district_id: d, full_name: name, account_id: accountId })
      .returning('id')
      .executeTakeFirstOrThrow();
    await tx
      .insertInto('student_guardians')
      .values({ district_id: d, student_id: studentId, guardian_id: g.id, relationship: 'mother' })
      .execute();
    return g.id;
  };

  const otherDistrict_ = await inDistrict(db, otherDistrictId, async (tx) => {
    const site = await tx
      .insertInto('sites')
      .values({ district_id: otherDistrictId, name: 'Far School', kind: 'district-school' })
      .returning('id')
      .executeTakeFirstOrThrow();
    const s = await tx
      .insertInto('students')
      .values(student(otherDistrictId, 'X1'))
      .returning('id')
      .executeTakeFirstOrThrow();
    const e = await tx
      .insertInto('enrollments')
      .values({
        district_id: otherDistrictId,
        student_id: s.id,
        site_id: site.id,
        starts_on: '2020-09-01',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return {
      studentId: s.id,
      enrollmentId: e.id,
      guardianId: await addGuardian(tx, otherDistrictId, s.id, 'Far Parent'),
    };
  });

  return inDistrict(db, districtId, async (tx) => {
    const [siteA, siteB] = await tx
      .insertInto('sites')
      .values([
        { district_id: districtId, name: 'School A', kind: 'district-school' },
        { district_id: districtId, name: 'School B', kind: 'district-school' },
      ])
      .returning('id')
      .execute();
    const [own, sameSchool, otherSchool] = await tx
      .insertInto('students')
      .values([student(districtId, 'A1'), student(districtId, 'A2'), student(districtId, 'B1')])
      .returning('id')
      .execute();
    const [ownEnrollment, sameSchoolEnrollment, otherSchoolEnrollment] = await tx
      .insertInto('enrollments')
      .values([
        {
          district_id: districtId,
          student_id: own!.id,
          site_id: siteA!.id,
          starts_on: '2020-09-01',
        },
        {
          district_id: districtId,
          student_id: sameSchool!.id,
          site_id: siteA!.id,
          starts_on: '2020-09-01',
        },
        {
          district_id: districtId,
          student_id: otherSchool!.id,
          site_id: siteB!.id,
          starts_on: '2020-09-01',
        },
      ])
      .returning('id')
      .execute();
    let parentGuardian = '';

    const accounts = {} as Fixture['accounts'];
    for (const role of fixtureRoles) {
      const email = `${role}.${suffix}@fixture.test`;
      const account = await tx
        .insertInto('accounts')
        .values({
          district_id: districtId,
          email,
          kind: role === 'parent' ? 'parent' : 'staff',
          password_hash: passwordHash,
          ...(rolesWithSecondFactor.includes(role) && {
            totp_secret: fixtureTotpSecret,
            totp_enabled_at: new Date(),
          }),
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      let staffId: string | null = null;
      if (role === 'parent') {
        parentGuardian = await addGuardian(tx, districtId, own!.id, 'Parent Of Own', account.id);
      } else {
        const staff = await tx
          .insertInto('staff')
          .values({
            district_id: districtId,
            account_id: account.id,
            full_name: `Fixture ${role}`,
            roles: [role],
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        staffId = staff.id;
        // Every staff member works at School A; the program leader leads it.
        await tx
          .insertInto('staff_sites')
          .values({ district_id: districtId, staff_id: staffId, site_id: siteA!.id })
          .execute();
        if (role === 'chairperson' || role === 'committee-member') {
          await tx
            .insertInto('committee_memberships')
            .values({
              district_id: districtId,
              staff_id: staffId,
              committee: 'cse',
              site_id: siteA!.id,
            })
            .execute();
        }
        if (
          role === 'teacher' ||
          role === 'provider' ||
          role === 'seit' ||
          role === 'paraprofessional'
        ) {
          await tx
            .insertInto('implementer_assignments')
            .values({
              district_id: districtId,
              student_id: own!.id,
              staff_id: staffId,
              starts_on: '2020-09-01',
            })
            .execute();
        }
      }
      accounts[role] = { accountId: account.id, email, staffId };
    }
    return {
      districtId,
      otherDistrictId,
      siteA: siteA!.id,
      siteB: siteB!.id,
      students: {
        own: own!.id,
        sameSchool: sameSchool!.id,
        otherSchool: otherSchool!.id,
        otherDistrict: otherDistrict_.studentId,
      },
      guardians: {
        own: parentGuardian,
        sameSchool: await addGuardian(tx, districtId, sameSchool!.id, 'Guardian Of A2'),
        otherSchool: await addGuardian(tx, districtId, otherSchool!.id, 'Guardian Of B1'),
        otherDistrict: otherDistrict_.guardianId,
      },
      enrollments: {
        own: ownEnrollment!.id,
        sameSchool: sameSchoolEnrollment!.id,
        otherSchool: otherSchoolEnrollment!.id,
        otherDistrict: otherDistrict_.enrollmentId,
      },
      accounts,
    };
  });
}
