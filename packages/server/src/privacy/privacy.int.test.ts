import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { buildApp } from '../http/app.ts';
import type { Database } from '../db/database.ts';
import { inDistrict } from '../db/tenant.ts';
import { openTestDatabase } from '../testing/test-database.ts';
import { testConfig } from '../testing/test-config.ts';
import type { Fixture } from '../testing/fixtures.ts';
import { createFixture } from '../testing/fixtures.ts';
import type { TestSession } from '../testing/sign-in.ts';
import { signInAsRole } from '../testing/sign-in.ts';
import { storeTestCalendar } from '../services/test-support.ts';
import { insertAmendmentRequest } from '../amendments/test-support.ts';
import type { AccessLogCheck, PrivacyWorkspace } from './schemas.ts';

/**
 * The privacy officer's workspace (34 CFR 300.623): the open requests with their deadlines, the
 * employee listing, and the check of the district's record of access, which names the first
 * altered row of this district's chain and ignores other districts'.
 */
let database: Database;
let app: FastifyInstance;
let fixture: Fixture;
let officer: TestSession;
let awaitingDecision: string;
let awaitingHearing: string;

before(async () => {
  database = await openTestDatabase();
  fixture = await createFixture(database);
  await storeTestCalendar(database.db, fixture.districtId);
  app = await buildApp({ database, config: testConfig() });
  officer = await signInAsRole(app, fixture, 'privacy-officer');
  const parent = await signInAsRole(app, fixture, 'parent');
  const asked = await app.inject({
    method: 'POST',
    url: `/api/students/${fixture.students.own}/records-requests`,
    headers: parent.headers,
    payload: { inspect: true, explanations: false, copies: true },
  });
  assert.equal(asked.statusCode, 201, asked.body);
  awaitingDecision = await insertAmendmentRequest(database.db, fixture.students.own, 'requested');
  awaitingHearing = await insertAmendmentRequest(
    database.db,
    fixture.students.sameSchool,
    'hearing-requested',
  );
  await insertAmendmentRequest(database.db, fixture.students.own, 'hearing-kept');
  const disclosed = await app.inject({
    method: 'POST',
    url: `/api/students/${fixture.students.own}/disclosures`,
    headers: officer.headers,
    payload: {
      disclosedOn: asked.json<{ receivedOn: string }>().receivedOn,
      partyKind: 'participating-agency-official',
      partyName: 'Regional BOCES',
      purpose: 'Providing the related services in the IEP.',
      recordTypes: ['iep'],
      description: 'The IEP.',
      forPartB: true,
    },
  });
  assert.equal(disclosed.statusCode, 201, disclosed.body);
});
after(async () => {
  await app?.close();
  await database?.close();
});

const get = (url: string) => app.inject({ method: 'GET', url, headers: officer.headers });

/** As an attacker with the owner's rights would: the append-only trigger off for one change. */
async function alterRow(districtId: string, seq: number): Promise<void> {
  await database.db.transaction().execute(async (tx) => {
    await sql`alter table access_log disable trigger access_log_immutable`.execute(tx);
    await sql`update access_log set purpose = 'covering tracks'
      where district_id = ${districtId} and seq = ${seq}`.execute(tx);
    await sql`alter table access_log enable trigger access_log_immutable`.execute(tx);
  });
}

describe("the privacy officer's workspace", () => {
  test('lists the open request with its due date and counts the employee listing', async () => {
    const response = await get('/api/privacy/workspace');
    assert.equal(response.statusCode, 200, response.body);
    const workspace = response.json<PrivacyWorkspace>();
    const [request] = workspace.openRequests;
    assert.equal(workspace.openRequests.length, 1);
    assert.equal(request?.studentId, fixture.students.own);
    assert.match(request?.due ?? '', /^\d{4}-\d{2}-\d{2}$/);
    const employees = await get('/api/records/employees');
    assert.equal(workspace.employeesListed, employees.json<{ items: unknown[] }>().items.length);
    assert.ok(workspace.employeesListed > 0);
    assert.deepEqual([workspace.destructionPending, workspace.destructionDone], [0, 0]);
  });

  test('lists the amendment requests waiting on the district, not those decided, and the latest disclosure', async () => {
    const workspace = (await get('/api/privacy/workspace')).json<PrivacyWorkspace>();
    assert.deepEqual(
      workspace.openAmendments.map((a) => [a.id, a.status, a.decisionDue !== null]).sort(),
      [
        [awaitingDecision, 'requested', true],
        [awaitingHearing, 'hearing-requested', false],
      ].sort(),
    );
    assert.deepEqual(
      workspace.recentDisclosures.map((d) => [d.studentId, d.partyName]),
      [[fixture.students.own, 'Regional BOCES']],
    );
  });

  test('the page links the request, the lists and the check', async () => {
    const response = await get('/privacy');
    assert.equal(response.statusCode, 200);
    assert.match(response.body, new RegExp(`/students/${fixture.students.own}/records-requests`));
    for (const href of ['/records/employees', '/records/types', '/records/notice'])
      assert.ok(response.body.includes(`href="${href}"`), href);
    assert.ok(response.body.includes('href="/privacy/access-log-check"'));
    assert.ok(response.body.includes(`#amendment-${awaitingDecision}`));
    assert.ok(response.body.includes('href="/destruction"'));
    assert.match(response.body, /Regional BOCES/);
  });
});

describe("the check of the district's record of access", () => {
  test('a whole chain is reported whole, with the rows it verified', async () => {
    const response = await get('/api/privacy/access-log-check');
    assert.equal(response.statusCode, 200, response.body);
    const check = response.json<AccessLogCheck>();
    assert.equal(check.intact, true);
    assert.equal(check.brokenAt, null);
    assert.ok(check.rows > 0);
  });

  test("another district's altered row is not this district's break", async () => {
    await inDistrict(database.db, fixture.otherDistrictId, (tx) =>
      sql`insert into access_log (district_id, request_id, actor_account_id, actor_role,
            student_id, record_type, action, purpose, outcome)
          values (${fixture.otherDistrictId}, 'other-1', ${fixture.accounts.teacher.accountId},
            'teacher', ${fixture.students.otherDistrict}, 'student-profile', 'read',
            'view-student', 'allowed')`.execute(tx),
    );
    const [first] = (
      await sql<{ seq: number }>`select min(seq) as seq from access_log
        where district_id = ${fixture.otherDistrictId}`.execute(database.db)
    ).rows;
    await alterRow(fixture.otherDistrictId, Number(first!.seq));
    const check = (await get('/api/privacy/access-log-check')).json<AccessLogCheck>();
    assert.equal(check.intact, true);
  });

  test('an altered row of this district is named, on the page too', async () => {
    await alterRow(fixture.districtId, 1);
    const check = (await get('/api/privacy/access-log-check')).json<AccessLogCheck>();
    assert.deepEqual([check.intact, check.brokenAt?.seq], [false, 1]);
    const page = await get('/privacy/access-log-check');
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /The record of access has been altered/);
  });
});
