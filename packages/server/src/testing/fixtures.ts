import type { Database } from '../db/database.ts';
import type { StaffRole } from '../db/schema.ts';
import { staffRoles } from '../db/schema.ts';
import { inDistrict } from '../db/tenant.ts';
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
export const studentRelations: readonly StudentRelation[] = ['own', 'sameSchool', 'otherSchool', 'otherDistrict'];

export interface Fixture {
  districtId: string;
  otherDistrictId: string;
  siteA: string;
  siteB: string;
  students: Record<StudentRelation, string>;
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

  const otherDistrictStudent = await inDistrict(db, otherDistrictId, async (tx) => {
    const site = await tx.insertInto('sites').values({ district_id: otherDistrictId, name: 'Far School', kind: 'district-school' }).returning('id').executeTakeFirstOrThrow();
    const s = await tx.insertInto('students').values(student(otherDistrictId, 'X1')).returning('id').executeTakeFirstOrThrow();
    await tx.insertInto('enrollments').values({ district_id: otherDistrictId, student_id: s.id, site_id: site.id, starts_on: '2020-09-01' }).execute();
    return s.id;
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
    await tx
      .insertInto('enrollments')
      .values([
        { district_id: districtId, student_id: own!.id, site_id: siteA!.id, starts_on: '2020-09-01' },
        { district_id: districtId, student_id: sameSchool!.id, site_id: siteA!.id, starts_on: '2020-09-01' },
        { district_id: districtId, student_id: otherSchool!.id, site_id: siteB!.id, starts_on: '2020-09-01' },
      ])
      .execute();

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
          ...(rolesWithSecondFactor.includes(role) && { totp_secret: fixtureTotpSecret, totp_enabled_at: new Date() }),
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      let staffId: string | null = null;
      if (role === 'parent') {
        const guardian = await tx
          .insertInto('guardians')
          .values({ district_id: districtId, full_name: 'Parent Of Own', account_id: account.id })
          .returning('id')
          .executeTakeFirstOrThrow();
        await tx
          .insertInto('student_guardians')
          .values({ district_id: districtId, student_id: own!.id, guardian_id: guardian.id, relationship: 'mother' })
          .execute();
      } else {
        const staff = await tx
          .insertInto('staff')
          .values({ district_id: districtId, account_id: account.id, full_name: `Fixture ${role}`, roles: [role] })
          .returning('id')
          .executeTakeFirstOrThrow();
        staffId = staff.id;
        // Every staff member works at School A; the program leader leads it.
        await tx.insertInto('staff_sites').values({ district_id: districtId, staff_id: staffId, site_id: siteA!.id }).execute();
        if (role === 'chairperson' || role === 'committee-member') {
          await tx.insertInto('committee_memberships').values({ district_id: districtId, staff_id: staffId, committee: 'cse', site_id: siteA!.id }).execute();
        }
        if (role === 'teacher' || role === 'provider' || role === 'seit' || role === 'paraprofessional') {
          await tx
            .insertInto('implementer_assignments')
            .values({ district_id: districtId, student_id: own!.id, staff_id: staffId, starts_on: '2020-09-01' })
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
      students: { own: own!.id, sameSchool: sameSchool!.id, otherSchool: otherSchool!.id, otherDistrict: otherDistrictStudent },
      accounts,
    };
  });
}
