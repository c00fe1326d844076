import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { todayInNewYork } from '../clock.ts';
import { buildApp } from '../http/app.ts';
import { signInAs } from '../testing/sign-in.ts';
import { testConfig } from '../testing/test-config.ts';
import type { Database } from '../db/database.ts';
import { inDistrict } from '../db/tenant.ts';
import { listDeadlines } from '../timelines/list-deadlines.ts';
import { openTestDatabase } from '../testing/test-database.ts';
import { demoFixtures, type DemoFixtures } from './demo-fixtures.ts';
import { DEMO_ACCOUNTS } from './generate-demo-staff.ts';
import { DEMO_CASE_STAGES, DEMO_SEED_REQUEST_ID } from './seed-demo-cases.ts';
import { seedDemoDistrict } from './seed-demo-district.ts';

// The use cases date-check against New York's today, so the seed counts back from it too.
const asOf = todayInNewYork();
const password = 'demo-password-for-tests';

let database: Database;
let fixtures: DemoFixtures;
let seedMs = 0;

before(async () => {
  database = await openTestDatabase();
  const started = performance.now();
  const seeded = await seedDemoDistrict(database, { password, asOf });
  seedMs = performance.now() - started;
  assert.equal(seeded.created, true);
  fixtures = await demoFixtures(database);
});
after(async () => {
  await database.close();
});

const caseTables = [
  'referrals',
  'referral_interventions',
  'consents',
  'consent_states',
  'consent_efforts',
  'evaluations',
  'evaluation_components',
  'meetings',
  'meeting_members',
  'ieps',
  'iep_versions',
  'notices',
  'documents',
  'case_events',
  'access_log',
] as const;

async function counts(): Promise<Record<string, number>> {
  const result: Record<string, number> = {};
  for (const table of caseTables) {
    const row = await database.db
      .selectFrom(table)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    result[table] = Number(row.n);
  }
  return result;
}

const callAs = (name: 'chair' | 'cpse') => {
  const account = fixtures.accounts[name];
  return {
    ctx: { database, config: testConfig() },
    actor: {
      accountId: account.accountId,
      districtId: fixtures.districtId,
      kind: 'staff' as const,
      staffId: account.staffId,
      roles: ['chairperson' as const],
      displayName: name,
      email: DEMO_ACCOUNTS[name].email,
      secondFactor: false,
    },
    requestId: 'test-dashboard',
  };
};

test('the seed gives eight students a case, one per stage, and says which', async (t) => {
  t.diagnostic(`seeding the district with its cases took ${Math.round(seedMs)} ms`);
  assert.equal(fixtures.caseStudentIds.length, DEMO_CASE_STAGES.length);
  const levels = await inDistrict(database.db, fixtures.districtId, (tx) =>
    tx.selectFrom('students').select('level').where('id', 'in', fixtures.caseStudentIds).execute(),
  );
  assert.equal(levels.filter((s) => s.level === 'preschool').length, 3);
  // None of the students the access tests use as they are.
  for (const id of [...fixtures.implementedStudentIds, ...fixtures.unimplementedStudentIds])
    assert.ok(!fixtures.caseStudentIds.includes(id));
});

test('every seeding step is in the access log as the demo chairpersons, in the demo-seed request', async () => {
  const rows = await inDistrict(database.db, fixtures.districtId, (tx) =>
    tx
      .selectFrom('access_log')
      .select(['actor_account_id', 'student_id', 'outcome', 'record_type'])
      .where('request_id', '=', DEMO_SEED_REQUEST_ID)
      .execute(),
  );
  assert.ok(rows.length > 0);
  assert.ok(rows.every((r) => r.outcome === 'allowed'));
  assert.deepEqual(
    new Set(rows.map((r) => r.actor_account_id)),
    new Set([fixtures.accounts.chair.accountId, fixtures.accounts.cpse.accountId]),
  );
  assert.deepEqual(new Set(rows.map((r) => r.student_id)), new Set(fixtures.caseStudentIds));
  for (const type of ['referral', 'consent', 'evaluation', 'meeting', 'iep', 'notice'])
    assert.ok(
      rows.some((r) => r.record_type === type),
      `the log shows ${type} records`,
    );
});

test("the CSE chairperson's dashboard lists overdue, due-soon and met deadlines", async () => {
  const all = await listDeadlines(callAs('chair'), { status: 'all', limit: 500 });
  assert.equal(all.problems.length, 0);
  const status = (rule: string, wanted: string) =>
    all.items.filter((i) => i.rule === rule && i.status === wanted);
  assert.equal(status('initial-evaluation-to-services', 'overdue').length, 1);
  assert.equal(status('initial-evaluation-to-services', 'met').length, 1);
  assert.ok(all.items.some((i) => i.rule === 'initial-evaluation-to-services' && i.dueSoon));
  assert.ok(all.items.some((i) => i.rule === 'referral-admin-meeting'));
  assert.ok(all.items.every((i) => i.committee === 'cse'));

  const attention = await listDeadlines(callAs('chair'), { status: 'attention', limit: 500 });
  assert.ok(attention.items.some((i) => i.status === 'overdue'));
});

test("the CPSE chairperson's dashboard lists the overdue meeting and the met preschool deadlines", async () => {
  const all = await listDeadlines(callAs('cpse'), { status: 'all', limit: 500 });
  const of = (rule: string, wanted: string) =>
    all.items.filter((i) => i.rule === rule && i.status === wanted).length;
  assert.equal(of('cpse-meeting', 'overdue'), 1);
  for (const rule of ['preschool-evaluation', 'cpse-meeting', 'preschool-services'])
    assert.ok(of(rule, 'met') >= 1, `${rule} met`);
  assert.ok(all.items.every((i) => i.committee === 'cpse'));
});

test('the chairperson signed in to the demo sees the cases on /deadlines and the student page', async () => {
  const app = await buildApp({ database, config: testConfig({ demo: true }) });
  try {
    const session = await signInAs(app, DEMO_ACCOUNTS.chair.email, password);
    const dashboard = await app.inject({ url: '/deadlines', headers: session.headers });
    assert.equal(dashboard.statusCode, 200);
    assert.match(dashboard.body, /initial-evaluation-to-services/);
    const schoolAge = await inDistrict(database.db, fixtures.districtId, (tx) =>
      tx
        .selectFrom('students')
        .select('id')
        .where('id', 'in', fixtures.caseStudentIds)
        .where('level', '=', 'school-age')
        .execute(),
    );
    assert.equal(schoolAge.length, 5);
    for (const { id } of schoolAge) {
      const page = await app.inject({ url: `/students/${id}`, headers: session.headers });
      assert.equal(page.statusCode, 200);
      assert.match(page.body, /referral-admin-meeting|initial-evaluation-to-services|psn-annual/);
    }
  } finally {
    await app.close();
  }
});

test('a second seed run changes nothing', async () => {
  const before = await counts();
  const again = await seedDemoDistrict(database, { password, asOf });
  assert.deepEqual(again, { districtId: fixtures.districtId, created: false });
  assert.deepEqual(await counts(), before);
});
