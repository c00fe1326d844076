import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { todayInNewYork } from '../clock.ts';
import { buildApp } from '../http/app.ts';
import { signInAs } from '../testing/sign-in.ts';
import { testConfig } from '../testing/test-config.ts';
import type { Database } from '../db/database.ts';
import { inDistrict } from '../db/tenant.ts';
import { listDeadlines } from '../timelines/list-deadlines.ts';
import { listNotifications } from '../distribution/list-notifications.ts';
import { listEscalations } from '../escalations/list-escalations.ts';
import { escalationsQuery } from '../escalations/schemas.ts';
import type { Call } from '../http/call.ts';
import { listDelivery } from '../services/list-delivery.ts';
import { dashboardQuery } from '../services/schemas.ts';
import { openTestDatabase } from '../testing/test-database.ts';
import { demoFixtures, type DemoFixtures } from './demo-fixtures.ts';
import { DEMO_ACCOUNTS, type DemoAccountName } from './generate-demo-staff.ts';
import { DEMO_CASE_STAGES, DEMO_SEED_REQUEST_ID, staffActor } from './seed-demo-cases.ts';
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
  'implementer_assignments',
  'iep_reviews',
  'review_requests',
  'service_sessions',
  'escalations',
  'staff_notifications',
  'email_outbox',
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

/** A use-case call as a demo account, outside the seed's request. */
async function callAs(name: Exclude<DemoAccountName, 'parent'>): Promise<Call> {
  const staff = await read((tx) =>
    tx
      .selectFrom('accounts')
      .innerJoin('staff', 'staff.account_id', 'accounts.id')
      .select([
        'accounts.id as accountId',
        'accounts.email',
        'staff.id as staffId',
        'staff.full_name as fullName',
        'staff.roles',
      ])
      .where('accounts.email', '=', DEMO_ACCOUNTS[name].email)
      .executeTakeFirstOrThrow(),
  );
  return {
    ctx: { database, config: testConfig() },
    actor: staffActor(fixtures.districtId, staff),
    requestId: 'test-demo',
  };
}

/** Reads in the demo district under row-level security, as the application does. */
const read = <T>(work: Parameters<typeof inDistrict<T>>[2]): Promise<T> =>
  inDistrict(database.db, fixtures.districtId, work);

test('the seed gives eight students a case, one per stage, and says which', async (t) => {
  t.diagnostic(`seeding the district with its cases took ${Math.round(seedMs)} ms`);
  assert.equal(fixtures.caseStudentIds.length, DEMO_CASE_STAGES.length);
  const levels = await read((tx) =>
    tx.selectFrom('students').select('level').where('id', 'in', fixtures.caseStudentIds).execute(),
  );
  assert.equal(levels.filter((s) => s.level === 'preschool').length, 3);
  // Of the demo teacher's school, whose students the access tests use as they are, only the
  // completed school-age case: its IEP is the demo teacher's (seed-demo-distribution.ts).
  const atTeacherSchool = [
    ...fixtures.implementedStudentIds,
    ...fixtures.unimplementedStudentIds,
  ].filter((id) => fixtures.caseStudentIds.includes(id));
  assert.equal(atTeacherSchool.length, 1);
  assert.ok(fixtures.implementedStudentIds.includes(atTeacherSchool[0]!));
});

test('every seeding step is in the access log, in the demo-seed request: the cases as the demo chairpersons, their IEPs as the schools', async () => {
  const rows = await read((tx) =>
    tx
      .selectFrom('access_log')
      .select(['actor_account_id', 'student_id', 'outcome', 'record_type'])
      .where('request_id', '=', DEMO_SEED_REQUEST_ID)
      .execute(),
  );
  assert.ok(rows.length > 0);
  assert.ok(rows.every((r) => r.outcome === 'allowed'));
  const chairs = new Set([fixtures.accounts.chair.accountId, fixtures.accounts.cpse.accountId]);
  const cases = rows.filter((r) => chairs.has(r.actor_account_id));
  assert.deepEqual(new Set(cases.map((r) => r.student_id)), new Set(fixtures.caseStudentIds));
  for (const type of ['referral', 'consent', 'evaluation', 'meeting', 'iep', 'notice'])
    assert.ok(
      cases.some((r) => r.record_type === type),
      `the log shows ${type} records`,
    );
  // The distribution story: the completed cases only, as the staff of their schools.
  const story = rows.filter((r) => !chairs.has(r.actor_account_id));
  const iepStudents = await read((tx) => tx.selectFrom('ieps').select('student_id').execute());
  assert.deepEqual(
    new Set(story.map((r) => r.student_id)),
    new Set(iepStudents.map((r) => r.student_id)),
  );
  for (const name of ['principal', 'teacher', 'provider', 'para'] as const)
    assert.ok(
      story.some((r) => r.actor_account_id === fixtures.accounts[name].accountId),
      name,
    );
  for (const type of ['implementer-assignment', 'iep-review', 'service-session', 'escalation'])
    assert.ok(
      story.some((r) => r.record_type === type),
      `the log shows ${type} records`,
    );
});

test("the CSE chairperson's dashboard lists overdue, due-soon and met deadlines", async () => {
  const all = await listDeadlines(await callAs('chair'), { status: 'all', limit: 500 });
  assert.equal(all.problems.length, 0);
  const status = (rule: string, wanted: string) =>
    all.items.filter((i) => i.rule === rule && i.status === wanted);
  assert.equal(status('initial-evaluation-to-services', 'overdue').length, 1);
  assert.equal(status('initial-evaluation-to-services', 'met').length, 1);
  assert.ok(all.items.some((i) => i.rule === 'initial-evaluation-to-services' && i.dueSoon));
  assert.ok(all.items.some((i) => i.rule === 'referral-admin-meeting'));
  assert.ok(all.items.every((i) => i.committee === 'cse'));

  const attention = await listDeadlines(await callAs('chair'), { status: 'attention', limit: 500 });
  assert.ok(attention.items.some((i) => i.status === 'overdue'));
});

test("the CPSE chairperson's dashboard lists the overdue meeting and the met preschool deadlines", async () => {
  const all = await listDeadlines(await callAs('cpse'), { status: 'all', limit: 500 });
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
    const schoolAge = await read((tx) =>
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

test("the completed cases' IEPs: implementers, reviews, a paraprofessional's request, sessions, a service not started and its open escalation", async () => {
  const assignments = await read((tx) =>
    tx
      .selectFrom('implementer_assignments')
      .select(['student_id', 'staff_id', 'iep_id', 'role', 'services'])
      .where('iep_id', 'is not', null)
      .execute(),
  );
  const ieps = await read((tx) => tx.selectFrom('ieps').select(['id', 'student_id']).execute());
  assert.equal(ieps.length, 2);
  assert.ok(
    assignments.every((a) => ieps.some((i) => i.id === a.iep_id && i.student_id === a.student_id)),
  );
  const role = (name: 'teacher' | 'provider' | 'para') =>
    assignments.find((a) => a.staff_id === fixtures.accounts[name].staffId)?.role;
  assert.equal(role('teacher'), 'classroom-teacher');
  assert.equal(role('provider'), 'related-service-provider');
  assert.equal(role('para'), 'paraprofessional');
  const schoolAgeId = assignments.find(
    (a) => a.staff_id === fixtures.accounts.teacher.staffId,
  )!.student_id;
  const preschoolId = ieps.find((i) => i.student_id !== schoolAgeId)!.student_id;
  assert.ok(
    assignments.some((a) => a.student_id === preschoolId && a.role === 'classroom-teacher'),
  );

  const reviews = await read((tx) =>
    tx.selectFrom('iep_reviews').select(['student_id', 'confirmed_at']).execute(),
  );
  assert.equal(reviews.length, 2);
  assert.equal(reviews.filter((r) => r.confirmed_at !== null).length, 1);
  const teacherSees = await listNotifications(await callAs('teacher'));
  assert.ok(
    teacherSees.items.some((n) => n.kind === 'review-requested' && n.studentId === schoolAgeId),
  );

  // The provider's sessions of the school-age case, none today or later. How many depends on
  // the school days since the IEP started (none when it started over the summer), so only
  // their shape is checked: a make-up makes up the missed session.
  const sessions = await read((tx) =>
    tx
      .selectFrom('service_sessions')
      .select([
        'id',
        'student_id',
        'provider_staff_id',
        'status',
        'session_date',
        'makes_up_session_id',
      ])
      .execute(),
  );
  assert.ok(
    sessions.every(
      (s) =>
        s.student_id === schoolAgeId &&
        s.provider_staff_id === fixtures.accounts.provider.staffId &&
        s.session_date < asOf,
    ),
  );
  const missed = sessions.filter((s) => s.status === 'missed').map((s) => s.id);
  assert.ok(missed.length <= 1);
  for (const makeUp of sessions.filter((s) => s.status === 'make-up'))
    assert.deepEqual([makeUp.makes_up_session_id], missed);

  const dashboard = await listDelivery(await callAs('cpse'), dashboardQuery.parse({}));
  const notStarted = dashboard.items.find(
    (i) => i.studentId === preschoolId && i.code === 'services-not-started',
  );
  assert.ok(notStarted, 'the delivery dashboard shows the service not started');
  const open = await listEscalations(await callAs('cpse'), escalationsQuery.parse({}));
  assert.deepEqual(
    open.escalations.map((e) => [e.studentId, e.problem, e.service?.id]),
    [[preschoolId, 'services-not-started', notStarted.serviceId]],
  );
});

test('a second seed run changes nothing', async () => {
  const before = await counts();
  const again = await seedDemoDistrict(database, { password, asOf });
  assert.deepEqual(again, { districtId: fixtures.districtId, created: false });
  assert.deepEqual(await counts(), before);
});
