import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { FastifyInstance } from 'fastify';
import { isoDate, parseIsoDate, type Day } from '@continuum/rules/calendar/index.ts';
import { buildApp } from '../http/app.ts';
import type { Database } from '../db/database.ts';
import { openTestDatabase } from '../testing/test-database.ts';
import { testConfig } from '../testing/test-config.ts';
import type { Fixture } from '../testing/fixtures.ts';
import { createFixture, fixturePassword } from '../testing/fixtures.ts';
import type { TestSession } from '../testing/sign-in.ts';
import { signInAs, signInAsRole } from '../testing/sign-in.ts';
import { todayInNewYork } from '../clock.ts';
import { inDistrict } from '../db/tenant.ts';
import type { GroupView, StudentDelivery } from './schemas.ts';
import { insertServedIep, schoolDaysAgo, storeTestCalendar, testService } from './test-support.ts';
import { insertGroupChild } from './group-test-support.ts';

/**
 * Group sessions and the records on more than one child (34 CFR 300.615). Child A is the
 * fixture's `own` student (the fixture parent's child; the provider implements the whole IEP,
 * speech individually); child B is another child of the provider's caseload with a parent
 * account of their own; child C is at the same school but not on the provider's caseload.
 */

let database: Database;
let app: FastifyInstance;
let fixture: Fixture;
let provider: TestSession;
let parentA: TestSession;
let parentB: TestSession;
let privacyOfficer: TestSession;
let paraprofessional: TestSession;
let a: { studentId: string; serviceId: string };
let b: { studentId: string; serviceId: string };
let c: { studentId: string; serviceId: string };
const takesEffectOn = schoolDaysAgo(30);
const parentBEmail = 'parent.of.b@fixture.test';
/** B's identifiers, distinctive enough that finding one in a page can only be a leak. */
const bNumber = 'GRPB4471';

before(async () => {
  database = await openTestDatabase();
  fixture = await createFixture(database);
  const { db } = database;
  await storeTestCalendar(db, fixture.districtId);
  const served = await insertServedIep(db, fixture.students.own, takesEffectOn, [
    testService(takesEffectOn),
  ]);
  a = { studentId: fixture.students.own, serviceId: served.serviceIds[0]! };
  b = await insertGroupChild(db, fixture, {
    studentNumber: bNumber,
    takesEffectOn,
    implementers: ['provider'],
    parentEmail: parentBEmail,
  });
  c = await insertGroupChild(db, fixture, {
    studentNumber: 'GRPC5582',
    takesEffectOn,
    implementers: [],
  });
  app = await buildApp({ database, config: testConfig() });
  provider = await signInAsRole(app, fixture, 'provider');
  parentA = await signInAsRole(app, fixture, 'parent');
  parentB = await signInAs(app, parentBEmail, fixturePassword);
  privacyOfficer = await signInAsRole(app, fixture, 'privacy-officer');
  paraprofessional = await signInAsRole(app, fixture, 'paraprofessional');
});
after(async () => {
  await app?.close();
  await database?.close();
});

const group = (members: { studentId: string; serviceId: string }[], over: object = {}) => ({
  date: schoolDaysAgo(1),
  status: 'delivered',
  minutes: 30,
  location: 'Speech room',
  note: `Articulation game with FirstA1 and First${bNumber}.`,
  members: members.map((m) => ({ studentId: m.studentId, serviceId: m.serviceId })),
  ...over,
});
const post = (who: TestSession, url: string, payload: object) =>
  app.inject({ method: 'POST', url, headers: who.headers, payload });
const get = (who: TestSession, url: string) =>
  app.inject({ method: 'GET', url, headers: who.headers });
const count = async (table: 'service_sessions' | 'session_groups') =>
  Number(
    (
      await database.db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );
const fieldsOf = (body: string) =>
  (JSON.parse(body) as { error: { fields: { path: string }[] } }).error.fields.map((f) => f.path);

/** Everything that identifies a child or their sessions, none of which another child's reader may see. */
const identifiers = (
  child: { studentId: string },
  number: string,
  sessionIds: readonly string[],
) => [child.studentId, `First${number}`, `Last${number}`, number, ...sessionIds];

let logged: GroupView;
const memberOf = (studentId: string) => logged.members.find((m) => m.studentId === studentId)!;

describe('logging a group session', () => {
  test('the provider logs one session for two children on their caseload', async () => {
    const response = await post(provider, '/api/group-sessions', group([a, b]));
    assert.equal(response.statusCode, 201, response.body);
    logged = response.json<GroupView>();
    assert.deepEqual(logged.members.map((m) => m.studentName).sort(), [
      'LastA1, FirstA1',
      `Last${bNumber}, First${bNumber}`,
    ]);
    assert.equal(logged.providerName, 'Fixture provider');
    const rows = await database.db
      .selectFrom('service_sessions')
      .where('group_id', '=', logged.id)
      .select(['student_id', 'group_size', 'note'])
      .execute();
    assert.equal(rows.length, 2);
    assert.ok(
      rows.every((r) => r.group_size === 2 && r.note === ''),
      'the size follows the members; the group note stays on the group',
    );
  });

  test('a group larger than a child’s IEP allows is logged and flagged', async () => {
    const read = (
      await get(provider, `/api/students/${a.studentId}/service-delivery`)
    ).json<StudentDelivery>();
    const speech = read.services.find((s) => s.id === a.serviceId)!;
    assert.ok(speech.violations.some((v) => v.check === 'related-service-group-size'));
  });

  test('a child the provider may not log for refuses the whole group, naming that row', async () => {
    const before = [await count('service_sessions'), await count('session_groups')];
    const response = await post(provider, '/api/group-sessions', group([a, c, b]));
    assert.equal(response.statusCode, 422, response.body);
    assert.deepEqual(fieldsOf(response.body), ['members.1.studentId']);
    assert.ok(!response.body.includes('GRPC5582'), 'the refusal names the row, not the child');
    assert.deepEqual([await count('service_sessions'), await count('session_groups')], before);
  });

  test('the rules of a session alone hold for each child: a date ahead is refused for every row', async () => {
    const before = await count('service_sessions');
    const ahead = isoDate(((parseIsoDate(todayInNewYork()) as Day) + 1) as Day);
    const response = await post(provider, '/api/group-sessions', group([a, b], { date: ahead }));
    assert.equal(response.statusCode, 422, response.body);
    assert.deepEqual(fieldsOf(response.body), ['members.0.date', 'members.1.date']);
    assert.equal(await count('service_sessions'), before, 'nothing was written');
  });

  test('a service that is not the child’s, a lone child, or a child twice is invalid', async () => {
    const wrong = await post(
      provider,
      '/api/group-sessions',
      group([a, { studentId: b.studentId, serviceId: a.serviceId }]),
    );
    assert.equal(wrong.statusCode, 400, wrong.body);
    assert.deepEqual(fieldsOf(wrong.body), ['members.1.serviceId']);
    const alone = await post(provider, '/api/group-sessions', group([a]));
    assert.equal(alone.statusCode, 400);
    const twice = await post(provider, '/api/group-sessions', group([a, a]));
    assert.equal(twice.statusCode, 400);
    assert.deepEqual(fieldsOf(twice.body), ['members.1.studentId']);
  });

  test('staff who deliver nothing and parents may not log groups', async () => {
    for (const who of [parentA, paraprofessional, privacyOfficer]) {
      const response = await post(who, '/api/group-sessions', group([a, b]));
      assert.equal(response.statusCode, 403, response.body);
    }
  });
});

describe('records on more than one child (34 CFR 300.615)', () => {
  const bSecrets = () => identifiers(b, bNumber, [memberOf(b.studentId).sessionId, logged.id]);
  const aSecrets = () => identifiers(a, 'A1', [memberOf(a.studentId).sessionId, logged.id]);
  const leaks = (body: string, secrets: readonly string[]) =>
    secrets.filter((s) => body.includes(s));

  test("A's parent reads A's services, API and page: the group is 'with 1 other child', B nowhere", async () => {
    const api = await get(parentA, `/api/students/${a.studentId}/service-delivery`);
    assert.equal(api.statusCode, 200, api.body);
    const own = api
      .json<StudentDelivery>()
      .sessions.find((s) => s.id === memberOf(a.studentId).sessionId)!;
    assert.deepEqual(own.group, { otherChildren: 1, groupId: null });
    assert.deepEqual(leaks(api.body, bSecrets()), []);
    assert.ok(!api.body.includes('Articulation game'), "the group's note is not A's record");
    const page = await get(parentA, `/students/${a.studentId}/services`);
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /with 1 other child/);
    assert.deepEqual(leaks(page.body, bSecrets()), []);
  });

  test("B's parent likewise sees nothing of A", async () => {
    const api = await get(parentB, `/api/students/${b.studentId}/service-delivery`);
    assert.equal(api.statusCode, 200, api.body);
    assert.deepEqual(leaks(api.body, aSecrets()), []);
    const page = await get(parentB, `/students/${b.studentId}/services`);
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /with 1 other child/);
    assert.deepEqual(leaks(page.body, aSecrets()), []);
  });

  test("A's parent finds neither B's student nor the group log", async () => {
    for (const url of [
      `/api/students/${b.studentId}/service-delivery`,
      `/students/${b.studentId}/services`,
      `/api/students/${a.studentId}/group-sessions/${logged.id}`,
      `/students/${a.studentId}/group-sessions/${logged.id}`,
      `/api/students/${b.studentId}/group-sessions/${logged.id}`,
    ]) {
      const response = await get(parentA, url);
      assert.equal(response.statusCode, 404, url);
      // The page may repeat the address asked for (its language links); nothing else of B's.
      const asked = bSecrets().filter((secret) => !url.includes(secret));
      assert.deepEqual(leaks(response.body, asked), [], url);
    }
    const voided = await post(
      parentA,
      `/api/students/${a.studentId}/group-sessions/${logged.id}/void`,
      { reason: 'no' },
    );
    assert.equal(voided.statusCode, 404);
  });

  test('the provider sees both children in the group log, and links to it from each child', async () => {
    const api = await get(provider, `/api/students/${a.studentId}/group-sessions/${logged.id}`);
    assert.equal(api.statusCode, 200, api.body);
    assert.equal(api.json<GroupView>().members.length, 2);
    assert.equal(api.json<GroupView>().canVoid, true);
    const page = await get(provider, `/students/${b.studentId}/group-sessions/${logged.id}`);
    assert.equal(page.statusCode, 200);
    assert.ok(page.body.includes(`First${bNumber}`) && page.body.includes('FirstA1'));
    const read = (
      await get(provider, `/api/students/${a.studentId}/service-delivery`)
    ).json<StudentDelivery>();
    const own = read.sessions.find((s) => s.id === memberOf(a.studentId).sessionId)!;
    assert.deepEqual(own.group, { otherChildren: 1, groupId: logged.id });
    const logs = await database.db
      .selectFrom('access_log')
      .where('purpose', '=', 'view-session-group')
      .where('outcome', '=', 'allowed')
      .select('student_id')
      .execute();
    assert.deepEqual(
      logs.map((l) => l.student_id).sort(),
      [a.studentId, b.studentId, a.studentId, b.studentId].sort(),
      'each read of the log is logged for every child in it',
    );
  });

  test("the privacy officer reads the group log; A's record shows A's part only", async () => {
    const api = await get(
      privacyOfficer,
      `/api/students/${a.studentId}/group-sessions/${logged.id}`,
    );
    assert.equal(api.statusCode, 200, api.body);
    assert.equal(api.json<GroupView>().canVoid, false);
    const page = await get(privacyOfficer, `/students/${a.studentId}/services`);
    assert.deepEqual(
      leaks(page.body, bSecrets().slice(0, 5)),
      [],
      "the child's page is the child's record, whoever reads it",
    );
  });

  test('a paraprofessional who reaches A but not B finds no group', async () => {
    const response = await get(
      paraprofessional,
      `/api/students/${a.studentId}/group-sessions/${logged.id}`,
    );
    assert.equal(response.statusCode, 404);
  });
});

describe('voiding a group session', () => {
  test("a child's session in a group is voided only with the group", async () => {
    const alone = await post(
      provider,
      `/api/students/${a.studentId}/service-sessions/${memberOf(a.studentId).sessionId}/void`,
      { reason: 'wrong child' },
    );
    assert.equal(alone.statusCode, 409, alone.body);
    const voided = await post(
      provider,
      `/api/students/${a.studentId}/group-sessions/${logged.id}/void`,
      { reason: 'logged on the wrong day' },
    );
    assert.equal(voided.statusCode, 200, voided.body);
    assert.equal(voided.json<GroupView>().voided?.reason, 'logged on the wrong day');
    const members = await database.db
      .selectFrom('service_sessions')
      .where('group_id', '=', logged.id)
      .select(['voided_at', 'void_reason'])
      .execute();
    assert.ok(
      members.every((m) => m.voided_at !== null && m.void_reason === 'logged on the wrong day'),
    );
    const again = await post(
      provider,
      `/api/students/${b.studentId}/group-sessions/${logged.id}/void`,
      { reason: 'again' },
    );
    assert.equal(again.statusCode, 409);
  });

  test('the privacy officer reaches both children but may not void (403)', async () => {
    const fresh = (await post(provider, '/api/group-sessions', group([a, b]))).json<GroupView>();
    const response = await post(
      privacyOfficer,
      `/api/students/${a.studentId}/group-sessions/${fresh.id}/void`,
      { reason: 'no' },
    );
    assert.equal(response.statusCode, 403, response.body);
  });
});

describe('defense in depth', () => {
  test('row-level security keeps groups to their district, and the app may not delete one', async () => {
    const mine = await inDistrict(database.db, fixture.districtId, (tx) =>
      tx.selectFrom('session_groups').select('id').execute(),
    );
    assert.ok(mine.length >= 1);
    const theirs = await inDistrict(database.db, fixture.otherDistrictId, (tx) =>
      tx.selectFrom('session_groups').select('id').execute(),
    );
    assert.deepEqual(theirs, []);
    await assert.rejects(
      inDistrict(database.db, fixture.districtId, (tx) =>
        tx.deleteFrom('session_groups').where('id', '=', mine[0]!.id).execute(),
      ),
      /permission denied/,
    );
  });
});

describe('the group session pages', () => {
  const form = (who: TestSession, url: string, fields: Record<string, string>) =>
    app.inject({
      method: 'POST',
      url,
      headers: { cookie: who.cookie, 'content-type': 'application/x-www-form-urlencoded' },
      payload: new URLSearchParams({ _csrf: who.csrfToken, ...fields }).toString(),
    });
  const groupForm = (over: Record<string, string> = {}) => ({
    date: schoolDaysAgo(2),
    status: 'delivered',
    minutes: '30',
    location: '',
    note: '',
    'member.0.studentId': a.studentId,
    'member.0.serviceId': a.serviceId,
    'member.0.note': 'Named ten pictures.',
    'member.1.studentId': b.studentId,
    'member.1.serviceId': b.serviceId,
    'member.1.note': '',
    ...over,
  });

  test("the form offers the provider's caseload, and logs a group", async () => {
    const page = await get(provider, '/group-sessions/new');
    assert.equal(page.statusCode, 200);
    assert.ok(page.body.includes('LastA1, FirstA1') && page.body.includes(`First${bNumber}`));
    assert.ok(!page.body.includes('GRPC5582'), 'a child off the caseload is not offered');
    const sent = await form(provider, '/group-sessions', groupForm());
    assert.equal(sent.statusCode, 303, sent.body);
    const location = String(sent.headers.location);
    assert.match(
      location,
      new RegExp(`^/students/${a.studentId}/group-sessions/[0-9a-f-]+\\?done=logged$`),
    );
    const shown = await get(provider, location);
    assert.equal(shown.statusCode, 200);
    assert.match(shown.body, /The group session is logged/);
    assert.ok(shown.body.includes('Named ten pictures.'));
    // A's own note is on A's record; B's parent never sees it.
    const bPage = await get(parentB, `/students/${b.studentId}/services`);
    assert.ok(!bPage.body.includes('Named ten pictures.'));
    const aPage = await get(parentA, `/students/${a.studentId}/services`);
    assert.ok(aPage.body.includes('Named ten pictures.'));
  });

  test('problems are shown at the form and at the child’s row, and nothing is written', async () => {
    const before = await count('service_sessions');
    const one = await form(provider, '/group-sessions', groupForm({ 'member.1.serviceId': '' }));
    assert.equal(one.statusCode, 400);
    assert.match(one.body, /Choose a service for at least two children/);
    const ahead = isoDate(((parseIsoDate(todayInNewYork()) as Day) + 1) as Day);
    const late = await form(provider, '/group-sessions', groupForm({ date: ahead }));
    assert.equal(late.statusCode, 422);
    assert.ok(late.body.includes('href="#group-member-0-serviceId"'));
    assert.ok(late.body.includes('href="#group-member-1-serviceId"'));
    // A child off the caseload, sent by hand: refused whole, at that child's row.
    const notOurs = await form(
      provider,
      '/group-sessions',
      groupForm({ 'member.1.studentId': c.studentId, 'member.1.serviceId': c.serviceId }),
    );
    assert.equal(notOurs.statusCode, 422);
    assert.ok(notOurs.body.includes('href="#group-member-1-serviceId"'));
    assert.equal(await count('service_sessions'), before);
  });

  test('the provider voids a group from its page', async () => {
    const fresh = (await post(provider, '/api/group-sessions', group([a, b]))).json<GroupView>();
    const url = `/students/${b.studentId}/group-sessions/${fresh.id}`;
    const empty = await form(provider, `${url}/void`, { reason: '' });
    assert.equal(empty.statusCode, 400);
    const voided = await form(provider, `${url}/void`, { reason: 'Logged twice.' });
    assert.equal(voided.statusCode, 303);
    const page = await get(provider, String(voided.headers.location));
    assert.match(
      page.body,
      /each child&#x27;s session in it are voided|each child's session in it are voided/,
    );
  });
});
