import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { hashPassword } from '../auth/password-hash.ts';
import type { Database } from '../db/database.ts';
import { inDistrict, type Tx } from '../db/tenant.ts';
import { generateDemoDistrict, type DemoDistrict } from './generate-demo-district.ts';
import { insertDemoCalendar } from './demo-calendar.ts';
import { seedDemoCases } from './seed-demo-cases.ts';
import { seedDemoDistribution } from './seed-demo-distribution.ts';
import { insertDemoEscalationRoutes } from '../escalations/demo-routes.ts';

export interface SeedDemoOptions {
  /** The password of the nine demo accounts (DEMO_ACCOUNTS). */
  password: string;
  /** Today's date (YYYY-MM-DD): students' ages and grades are as of this date. */
  asOf: string;
  /** Another seed gives another (equally valid) district; the default is DEMO_SEED. */
  seed?: number;
}

/**
 * Creates the synthetic demo district once: a second call finds it (districts.demo) and
 * returns created: false without changing anything.
 *
 * Two transactions, because the districts row is inserted as the connection's own role
 * (continuum_app may only read districts) while the tenant rows go through inDistrict under
 * row-level security. The first takes a table lock, so of two racing calls exactly one creates
 * the district; the other returns created: false, possibly before the first has committed the
 * tenant rows (they appear at once, in one transaction). If the tenant transaction fails, the
 * empty district row is removed so the next call tries again.
 *
 * Only the nine demo accounts can sign in: they share one argon2 hash of `password` (hashing
 * is slow). The other generated staff have accounts without a password.
 */
export async function seedDemoDistrict(
  database: Database,
  options: SeedDemoOptions,
): Promise<{ districtId: string; created: boolean }> {
  const existing = await findDemoDistrictId(database);
  if (existing) {
    // A district seeded before it had a calendar or escalation routes gets them; what is
    // already there is kept.
    await inDistrict(database.db, existing, async (tx) => {
      await insertDemoCalendar(tx, existing);
      await insertDemoEscalationRoutes(tx, existing);
    });
    return { districtId: existing, created: false };
  }

  const district = generateDemoDistrict(options);
  const passwordHash = await hashPassword(options.password);
  const claim = await database.db.transaction().execute(async (tx) => {
    // SHARE ROW EXCLUSIVE conflicts with itself: racing seeders take turns here.
    await sql`lock table districts in share row exclusive mode`.execute(tx);
    const raced = await tx
      .selectFrom('districts')
      .select('id')
      .where('demo', '=', true)
      .executeTakeFirst();
    if (raced) return { districtId: raced.id, created: false };
    const row = await tx
      .insertInto('districts')
      .values({ name: district.name, profile: district.profile, demo: true })
      .returning('id')
      .executeTakeFirstOrThrow();
    return { districtId: row.id, created: true };
  });
  if (!claim.created) return claim;

  try {
    await inDistrict(database.db, claim.districtId, async (tx) => {
      await insertDistrict(tx, claim.districtId, district, passwordHash);
      await insertDemoCalendar(tx, claim.districtId);
      await insertDemoEscalationRoutes(tx, claim.districtId);
    });
  } catch (error) {
    await database.db.deleteFrom('districts').where('id', '=', claim.districtId).execute();
    throw error;
  }
  // A few cases at different stages, through the modules' use cases (seed-demo-cases.ts), and
  // the distribution and delivery of their final IEPs (seed-demo-distribution.ts).
  const cases = await seedDemoCases(database, { districtId: claim.districtId, asOf: options.asOf });
  await seedDemoDistribution(database, { districtId: claim.districtId, asOf: options.asOf, cases });
  return claim;
}

/** The demo district's id, if it has been seeded (read as the connection's own role). */
export async function findDemoDistrictId(database: Database): Promise<string | undefined> {
  const row = await database.db
    .selectFrom('districts')
    .select('id')
    .where('demo', '=', true)
    .executeTakeFirst();
  return row?.id;
}

/** Fresh ids for keys, so rows can reference each other before any insert. */
function idsFor(keys: Iterable<string>): (key: string) => string {
  const ids = new Map<string, string>();
  for (const key of keys) ids.set(key, randomUUID());
  return (key) => {
    const id = ids.get(key);
    if (!id) throw new Error(`demo seed: nothing generated for ${key}`);
    return id;
  };
}

/** One multi-row insert per table. */
async function insertDistrict(
  tx: Tx,
  districtId: string,
  d: DemoDistrict,
  passwordHash: string,
): Promise<void> {
  const parentEmails = d.guardians.flatMap((g) => (g.accountEmail ? [g.accountEmail] : []));
  const accountId = idsFor([...d.staff.map((s) => s.email), ...parentEmails]);
  const siteId = idsFor(d.sites.map((s) => s.key));
  const staffId = idsFor(d.staff.map((s) => s.email));
  const studentId = idsFor(d.students.map((s) => s.studentNumber));
  const guardianId = idsFor(d.guardians.map((g) => g.key));
  const district_id = districtId;

  await tx
    .insertInto('accounts')
    .values([
      ...d.staff.map((s) => ({
        id: accountId(s.email),
        district_id,
        email: s.email,
        kind: 'staff' as const,
        password_hash: s.signIn ? passwordHash : null,
      })),
      ...parentEmails.map((email) => ({
        id: accountId(email),
        district_id,
        email,
        kind: 'parent' as const,
        password_hash: passwordHash,
      })),
    ])
    .execute();
  await tx
    .insertInto('sites')
    .values(
      d.sites.map((s) => ({
        id: siteId(s.key),
        district_id,
        name: s.name,
        kind: s.kind,
        address: s.address,
      })),
    )
    .execute();
  await tx
    .insertInto('staff')
    .values(
      d.staff.map((s) => ({
        id: staffId(s.email),
        district_id,
        account_id: accountId(s.email),
        full_name: s.fullName,
        title: s.title,
        roles: s.roles,
      })),
    )
    .execute();
  await tx
    .insertInto('staff_sites')
    .values(
      d.staff.flatMap((s) =>
        s.siteKeys.map((key) => ({
          district_id,
          staff_id: staffId(s.email),
          site_id: siteId(key),
        })),
      ),
    )
    .execute();
  await tx
    .insertInto('committee_memberships')
    .values(
      d.staff.flatMap((s) =>
        s.committees.map((m) => ({
          district_id,
          staff_id: staffId(s.email),
          committee: m.committee,
          site_id: m.siteKey === null ? null : siteId(m.siteKey),
        })),
      ),
    )
    .execute();
  await tx
    .insertInto('students')
    .values(
      d.students.map((s) => ({
        id: studentId(s.studentNumber),
        district_id,
        student_number: s.studentNumber,
        legal_first_name: s.firstName,
        legal_last_name: s.lastName,
        date_of_birth: s.dateOfBirth,
        level: s.level,
        grade: s.grade,
        native_language: s.nativeLanguage,
        homeless: s.homeless,
        ward_of_state: s.wardOfState,
        classification: s.classification,
      })),
    )
    .execute();
  await tx
    .insertInto('guardians')
    .values(
      d.guardians.map((g) => ({
        id: guardianId(g.key),
        district_id,
        full_name: g.fullName,
        email: g.email,
        phone: g.phone,
        address: g.address,
        preferred_language: g.preferredLanguage,
        account_id: g.accountEmail ? accountId(g.accountEmail) : null,
      })),
    )
    .execute();
  await tx
    .insertInto('student_guardians')
    .values(
      d.guardianLinks.map((l) => ({
        district_id,
        student_id: studentId(l.studentNumber),
        guardian_id: guardianId(l.guardianKey),
        relationship: l.relationship,
        educational_authority: l.educationalAuthority,
        authority_limit: l.authorityLimit,
      })),
    )
    .execute();
  await tx
    .insertInto('enrollments')
    .values(
      d.students.map((s) => ({
        district_id,
        student_id: studentId(s.studentNumber),
        site_id: siteId(s.siteKey),
        starts_on: s.startsOn,
      })),
    )
    .execute();
  await tx
    .insertInto('implementer_assignments')
    .values(
      d.assignments.map((a) => ({
        district_id,
        student_id: studentId(a.studentNumber),
        staff_id: staffId(a.staffEmail),
        responsibility: a.responsibility,
        starts_on: a.startsOn,
      })),
    )
    .execute();
}
