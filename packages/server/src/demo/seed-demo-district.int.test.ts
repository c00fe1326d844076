import assert from 'node:assert/strict';
import { staffRoles } from '../db/schema.ts';
import { after, before, test } from 'node:test';
import { sql } from 'kysely';
import { verifyPassword } from '../auth/password-hash.ts';
import type { Database } from '../db/database.ts';
import { inDistrict } from '../db/tenant.ts';
import { ageOn } from './dates.ts';
import { demoFixtures, type DemoFixtures } from './demo-fixtures.ts';
import {
  AGE_BANDS,
  ageBandOf,
  PRESCHOOL_CLASSIFICATION,
  SCHOOL_AGE_CLASSIFICATIONS,
} from './district-plan.ts';
import { DEMO_TEACHER_CASELOAD } from './generate-demo-district.ts';
import { DEMO_ACCOUNTS } from './generate-demo-staff.ts';
import { seedDemoDistrict } from './seed-demo-district.ts';
import { openTestDatabase } from '../testing/test-database.ts';

const password = 'demo-password-for-tests';
const asOf = '2026-11-24';

let database: Database;
let districtId: string;
let fixtures: DemoFixtures;

before(async () => {
  database = await openTestDatabase();
});
after(async () => {
  await database.close();
});

/** Reads in the demo district under row-level security, as the application does. */
const read = <T>(work: Parameters<typeof inDistrict<T>>[2]): Promise<T> =>
  inDistrict(database.db, districtId, work);

async function counts(): Promise<Record<string, number>> {
  const tables = [
    'accounts',
    'sites',
    'staff',
    'staff_sites',
    'committee_memberships',
    'students',
    'guardians',
    'student_guardians',
    'enrollments',
    'implementer_assignments',
  ] as const;
  const result: Record<string, number> = {};
  for (const table of tables) {
    const row = await database.db
      .selectFrom(table)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    result[table] = Number(row.n);
  }
  const districts = await database.db
    .selectFrom('districts')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  result.districts = Number(districts.n);
  return result;
}

test('two racing calls create the demo district once, in well under 10 seconds', async (t) => {
  const started = performance.now();
  const results = await Promise.all([
    seedDemoDistrict(database, { password, asOf }),
    seedDemoDistrict(database, { password, asOf }),
  ]);
  t.diagnostic(`seeding took ${Math.round(performance.now() - started)} ms`);
  assert.deepEqual(results.map((r) => r.created).sort(), [false, true]);
  assert.equal(results[0]?.districtId, results[1]?.districtId);
  districtId = results[0]?.districtId ?? '';
  assert.ok(performance.now() - started < 10_000);
  const district = await database.db
    .selectFrom('districts')
    .selectAll()
    .where('id', '=', districtId)
    .executeTakeFirstOrThrow();
  assert.equal(district.profile, 'nyc');
  assert.equal(district.demo, true);
  fixtures = await demoFixtures(database);
});

test('students: about 280 school-age and 30 preschool, every classification and age band', async () => {
  const students = await read((tx) => tx.selectFrom('students').selectAll().execute());
  const schoolAge = students.filter((s) => s.level === 'school-age');
  const preschool = students.filter((s) => s.level === 'preschool');
  assert.ok(schoolAge.length >= 260 && schoolAge.length <= 300, `${schoolAge.length} school-age`);
  assert.ok(preschool.length >= 25 && preschool.length <= 35, `${preschool.length} preschool`);
  assert.deepEqual(
    new Set(schoolAge.map((s) => s.classification)),
    new Set(SCHOOL_AGE_CLASSIFICATIONS),
  );
  assert.ok(
    preschool.every((s) => s.classification === PRESCHOOL_CLASSIFICATION && s.grade === null),
  );
  assert.deepEqual(
    new Set(schoolAge.map((s) => ageBandOf(ageOn(s.date_of_birth, asOf)))),
    new Set(AGE_BANDS),
  );
  assert.deepEqual(new Set(preschool.map((s) => ageOn(s.date_of_birth, asOf))), new Set([3, 4]));
  assert.equal(new Set(students.map((s) => s.student_number)).size, students.length);
  assert.deepEqual(
    new Set(students.map((s) => s.native_language)),
    new Set(['en', 'es', 'zh', 'bn', 'ar', 'ru', 'ht', 'ur', 'ko']),
  );
  assert.ok(students.some((s) => s.homeless) && students.some((s) => s.ward_of_state));
});

test('every student has a guardian with educational authority and an enrollment', async () => {
  const missing = await read((tx) =>
    tx
      .selectFrom('students')
      .select('students.id')
      .where((eb) =>
        eb.or([
          eb.not(
            eb.exists(
              eb
                .selectFrom('enrollments')
                .select('id')
                .whereRef('enrollments.student_id', '=', 'students.id'),
            ),
          ),
          eb.not(
            eb.exists(
              eb
                .selectFrom('student_guardians')
                .select('guardian_id')
                .whereRef('student_guardians.student_id', '=', 'students.id')
                .where('educational_authority', '=', true),
            ),
          ),
        ]),
      )
      .execute(),
  );
  assert.deepEqual(missing, []);
  const limits = await read((tx) =>
    tx
      .selectFrom('student_guardians')
      .select('authority_limit')
      .where('authority_limit', 'is not', null)
      .execute(),
  );
  assert.ok(limits.length > 0);
});

test('every staff role is present; only the demo accounts can sign in', async () => {
  const roles = await read((tx) =>
    sql<{ role: string }>`select distinct unnest(roles) as role from staff`.execute(tx),
  );
  assert.deepEqual(new Set(roles.rows.map((r) => r.role)), new Set(staffRoles));
  const withPassword = await read((tx) =>
    tx.selectFrom('accounts').select('email').where('password_hash', 'is not', null).execute(),
  );
  assert.deepEqual(
    new Set(withPassword.map((a) => a.email)),
    new Set(Object.values(DEMO_ACCOUNTS).map((a) => a.email)),
  );
});

test('the nine demo accounts have their roles, and the password verifies', async () => {
  for (const [name, expected] of Object.entries(DEMO_ACCOUNTS)) {
    const account = await read((tx) =>
      tx
        .selectFrom('accounts')
        .leftJoin('staff', 'staff.account_id', 'accounts.id')
        .select(['accounts.kind', 'accounts.password_hash', 'staff.roles'])
        .where('accounts.email', '=', expected.email)
        .executeTakeFirstOrThrow(),
    );
    assert.equal(account.kind, expected.kind, name);
    if (expected.role)
      assert.ok(account.roles?.includes(expected.role), `${name} is ${expected.role}`);
    else assert.equal(account.roles, null);
    assert.ok(await verifyPassword(account.password_hash ?? '', password), name);
  }
  const memberships = await read((tx) =>
    tx
      .selectFrom('committee_memberships')
      .select(['staff_id', 'committee', 'site_id'])
      .where('staff_id', 'in', [
        fixtures.accounts.chair.staffId ?? '',
        fixtures.accounts.cpse.staffId ?? '',
      ])
      .execute(),
  );
  assert.deepEqual(
    new Set(
      memberships.map(
        (m) =>
          `${m.staff_id === fixtures.accounts.chair.staffId ? 'chair' : 'cpse'}:${m.committee}:${m.site_id}`,
      ),
    ),
    new Set(['chair:cse:null', 'cpse:cpse:null']),
  );
  const principalSites = await read((tx) =>
    tx
      .selectFrom('staff_sites')
      .select('site_id')
      .where('staff_id', '=', fixtures.accounts.principal.staffId ?? '')
      .execute(),
  );
  assert.deepEqual(
    principalSites.map((s) => s.site_id),
    [fixtures.teacherSiteId],
  );
});

test('the demo teacher implements some students of their school and not others', async () => {
  // Their caseload, and the completed school-age case's IEP (seed-demo-distribution.ts).
  assert.equal(fixtures.implementedStudentIds.length, DEMO_TEACHER_CASELOAD + 1);
  assert.ok(fixtures.unimplementedStudentIds.length > 0);
  const atSchool = await read((tx) =>
    tx
      .selectFrom('enrollments')
      .select('student_id')
      .where('site_id', '=', fixtures.teacherSiteId)
      .execute(),
  );
  const enrolled = new Set(atSchool.map((e) => e.student_id));
  assert.ok(fixtures.implementedStudentIds.every((id) => enrolled.has(id)));
  for (const helper of ['provider', 'para'] as const) {
    const theirs = await read((tx) =>
      tx
        .selectFrom('implementer_assignments')
        .select('student_id')
        .where('staff_id', '=', fixtures.accounts[helper].staffId ?? '')
        .execute(),
    );
    assert.ok(
      theirs.some((a) => fixtures.implementedStudentIds.includes(a.student_id)),
      `${helper} shares students`,
    );
  }
});

test("the demo parent is the guardian, with authority, of children at the teacher's school", async () => {
  assert.ok(fixtures.parentChildIds.length >= 1 && fixtures.parentChildIds.length <= 2);
  const enrollments = await read((tx) =>
    tx
      .selectFrom('enrollments')
      .select('site_id')
      .where('student_id', 'in', fixtures.parentChildIds)
      .execute(),
  );
  assert.ok(enrollments.every((e) => e.site_id === fixtures.teacherSiteId));
});

test('a second call finds the demo district and changes nothing', async () => {
  const before = await counts();
  const again = await seedDemoDistrict(database, {
    password: 'another password',
    asOf: '2027-01-05',
  });
  assert.deepEqual(again, { districtId, created: false });
  assert.deepEqual(await counts(), before);
});
