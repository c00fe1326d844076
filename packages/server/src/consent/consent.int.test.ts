import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../http/app.ts';
import type { Database } from '../db/database.ts';
import { openTestDatabase } from '../testing/test-database.ts';
import { testConfig } from '../testing/test-config.ts';
import type { Fixture } from '../testing/fixtures.ts';
import { createFixture, fixturePassword, fixtureTotpSecret } from '../testing/fixtures.ts';
import type { TestSession } from '../testing/sign-in.ts';
import { signInAs } from '../testing/sign-in.ts';
import type { ConsentView } from './schemas.ts';

let database: Database;
let app: FastifyInstance;
let fixture: Fixture;
let chair: TestSession;
let teacher: TestSession;
let parent: TestSession;
let privacy: TestSession;

before(async () => {
  database = await openTestDatabase();
  fixture = await createFixture(database);
  app = await buildApp({ database, config: testConfig() });
  chair = await signInAs(app, fixture.accounts.chairperson.email, fixturePassword);
  teacher = await signInAs(app, fixture.accounts.teacher.email, fixturePassword);
  parent = await signInAs(app, fixture.accounts.parent.email, fixturePassword);
  privacy = await signInAs(
    app,
    fixture.accounts['privacy-officer'].email,
    fixturePassword,
    fixtureTotpSecret,
  );
});
after(async () => {
  await app?.close();
  await database?.close();
});

type Detail = { consent: ConsentView; mayManage: boolean };
type Problem = {
  message: string;
  citation?: string;
  fields?: { path: string }[];
  current?: ConsentView;
};

const base = (studentId = fixture.students.own) => `/api/students/${studentId}/consents`;
const post = (url: string, session: TestSession, payload: object) =>
  app.inject({ method: 'POST', url, headers: session.headers, payload });
const get = (url: string, session: TestSession) =>
  app.inject({ method: 'GET', url, headers: session.headers });

async function request(type: string, extra: object = {}, studentId = fixture.students.own) {
  const response = await post(base(studentId), chair, {
    type,
    requestedOn: '2025-10-01',
    method: 'mail',
    ...extra,
  });
  assert.equal(response.statusCode, 201, response.body);
  return response.json<Detail>().consent;
}
const answer = (consent: ConsentView, body: object, session = chair) =>
  post(`${base(consent.studentId)}/${consent.id}/responses`, session, {
    version: consent.version,
    ...body,
  });
const eventsOf = (studentId: string) =>
  database.db
    .selectFrom('case_events')
    .where('student_id', '=', studentId)
    .select(['type', 'occurred_on', 'source', 'source_id', 'voided_at', 'void_reason'])
    .execute();

describe('consent for the initial evaluation', () => {
  test('requested, then granted in writing: the case event is recorded on the consent date and the access log has each step', async () => {
    const studentId = fixture.students.sameSchool;
    const consent = await request('initial-evaluation', {}, studentId);
    assert.equal(consent.state, 'requested');
    assert.deepEqual(consent.next, ['granted', 'refused']);
    const granted = await answer(consent, { state: 'granted', on: '2025-10-06', written: true });
    assert.equal(granted.statusCode, 200, granted.body);
    const detail = granted.json<Detail>().consent;
    assert.equal(detail.state, 'granted');
    assert.deepEqual(
      detail.history.map((h) => [h.state, h.on]),
      [
        ['requested', '2025-10-01'],
        ['granted', '2025-10-06'],
      ],
    );
    assert.deepEqual(detail.next, ['revoked']);
    const events = await eventsOf(studentId);
    assert.deepEqual(
      events.map((e) => [e.type, e.occurred_on, e.source, e.source_id, e.voided_at]),
      [['consent-initial-evaluation', '2025-10-06', 'consent', consent.id, null]],
    );
    const log = (await get(`/api/students/${studentId}/access-log`, privacy))
      .json<{ items: { recordType: string; action: string; purpose: string; outcome: string }[] }>()
      .items.filter((i) => i.recordType === 'consent')
      .map((i) => `${i.action} ${i.purpose} ${i.outcome}`);
    assert.ok(log.includes('create request-consent allowed'), log.join('\n'));
    assert.ok(log.includes('update record-consent-response allowed'), log.join('\n'));
  });

  test('a granted consent for the initial evaluation stays in force: asking again is a conflict', async () => {
    const response = await post(base(fixture.students.sameSchool), chair, {
      type: 'initial-evaluation',
      requestedOn: '2025-10-07',
      method: 'mail',
    });
    assert.equal(response.statusCode, 409);
    const problem = response.json<{ error: Problem }>().error;
    assert.match(problem.message, /already granted this consent and it is in force/);
    assert.equal(problem.current?.state, 'granted');
  });

  test('consent not in writing is refused with the PSN definition, and nothing is recorded', async () => {
    const consent = await request('initial-evaluation');
    const response = await answer(consent, { state: 'granted', on: '2025-10-06' });
    assert.equal(response.statusCode, 422);
    const problem = response.json<{ error: Problem }>().error;
    assert.match(problem.message, /agrees in writing/);
    assert.match(problem.citation!, /PSN, Parental Consent - Definition/);
    assert.deepEqual(
      problem.fields?.map((f) => f.path),
      ['written'],
    );
    const after = (await get(`${base()}/${consent.id}`, chair)).json<Detail>().consent;
    assert.equal(after.state, 'requested');
    assert.equal(after.version, consent.version);
  });

  test('a second request while one awaits an answer is a conflict showing the pending one', async () => {
    const response = await post(base(), chair, {
      type: 'initial-evaluation',
      requestedOn: '2025-10-02',
      method: 'phone',
    });
    assert.equal(response.statusCode, 409);
    const problem = response.json<{ error: Problem }>().error;
    assert.match(problem.message, /already awaiting the parent's answer/);
    assert.equal(problem.current?.state, 'requested');
  });

  test('a stale answer is a conflict with the current consent', async () => {
    const consent = (await get(base(), chair))
      .json<{ items: ConsentView[] }>()
      .items.find((c) => c.type === 'initial-evaluation' && c.state === 'requested')!;
    const first = await answer(consent, { state: 'refused', on: '2025-10-03' });
    assert.equal(first.statusCode, 200, first.body);
    const stale = await answer(consent, { state: 'granted', on: '2025-10-04', written: true });
    assert.equal(stale.statusCode, 409);
    assert.equal(stale.json<{ error: Problem }>().error.current?.state, 'refused');
  });

  test('revoked before the evaluation began: the consent event is voided with the reason', async () => {
    const studentId = fixture.students.otherSchool;
    const admin = await signInAs(
      app,
      fixture.accounts['district-admin'].email,
      fixturePassword,
      fixtureTotpSecret,
    );
    const created = await post(base(studentId), admin, {
      type: 'initial-evaluation',
      requestedOn: '2025-10-01',
      method: 'in-person',
    });
    const consent = created.json<Detail>().consent;
    const granted = (
      await answer(consent, { state: 'granted', on: '2025-10-02', written: true }, admin)
    ).json<Detail>().consent;
    const unwritten = await answer(granted, { state: 'revoked', on: '2025-10-03' }, admin);
    assert.equal(unwritten.statusCode, 422);
    assert.match(unwritten.json<{ error: Problem }>().error.message, /in writing/);
    const revoked = await answer(
      granted,
      { state: 'revoked', on: '2025-10-03', written: true },
      admin,
    );
    assert.equal(revoked.statusCode, 200, revoked.body);
    assert.equal(revoked.json<Detail>().consent.revocation.retroactive, false);
    const [event] = await eventsOf(studentId);
    assert.ok(event?.voided_at, 'the event is voided');
    assert.match(event.void_reason ?? '', /before the evaluation began/);
  });
});

describe('reasonable efforts and no response', () => {
  test('no response is refused until an effort is logged, then recorded; a reevaluation may then proceed', async () => {
    const consent = await request('reevaluation');
    const refused = await answer(consent, { state: 'no-response', on: '2025-10-20' });
    assert.equal(refused.statusCode, 422);
    assert.match(
      refused.json<{ error: Problem }>().error.citation!,
      /Documentation of reasonable efforts/,
    );
    const effort = await post(`${base()}/${consent.id}/efforts`, chair, {
      kind: 'call',
      on: '2025-10-08',
      madeBy: 'CSE chairperson',
      result: 'No answer; left a voicemail',
    });
    assert.equal(effort.statusCode, 201, effort.body);
    const logged = effort.json<Detail>().consent;
    assert.deepEqual(
      logged.efforts.map((e) => [e.kind, e.on, e.result]),
      [['call', '2025-10-08', 'No answer; left a voicemail']],
    );
    const recorded = await answer(logged, { state: 'no-response', on: '2025-10-20' });
    assert.equal(recorded.statusCode, 200, recorded.body);
    assert.equal(recorded.json<Detail>().consent.state, 'no-response');
  });

  test('an effort before the request, or on an answered request, is refused', async () => {
    const consent = await request('public-benefits');
    const early = await post(`${base()}/${consent.id}/efforts`, chair, {
      kind: 'visit',
      on: '2025-09-01',
      madeBy: 'Social worker',
      result: 'Nobody home',
    });
    assert.equal(early.statusCode, 400);
    await answer(consent, { state: 'granted', on: '2025-10-02', written: true });
    const late = await post(`${base()}/${consent.id}/efforts`, chair, {
      kind: 'visit',
      on: '2025-10-05',
      madeBy: 'Social worker',
      result: 'Nobody home',
    });
    assert.equal(late.statusCode, 422);
    assert.match(late.json<{ error: Problem }>().error.message, /already answered/);
  });
});

describe('each consent on its own', () => {
  test('refusing consent for services never blocks another consent', async () => {
    const studentId = fixture.students.own;
    const services = await request('initial-services', {}, studentId);
    const refused = await answer(services, { state: 'refused', on: '2025-10-02' });
    assert.equal(refused.statusCode, 200);
    const disclosure = await request(
      'disclosure',
      {
        recipientKind: 'transition-agency',
        recipientName: 'State vocational rehabilitation agency',
        informationDisclosed: 'Transition plan',
      },
      studentId,
    );
    const granted = await answer(disclosure, { state: 'granted', on: '2025-10-03', written: true });
    assert.equal(granted.statusCode, 200, granted.body);
    const insurance = await request('private-insurance', { insuranceUse: 'OT claims, fall term' });
    assert.equal(insurance.insuranceUse, 'OT claims, fall term');
    const list = (await get(base(), chair)).json<{ items: ConsentView[] }>().items;
    const stateOf = (id: string) => list.find((c) => c.id === id)?.state;
    assert.equal(stateOf(services.id), 'refused');
    assert.equal(stateOf(disclosure.id), 'granted');
    assert.equal(stateOf(insurance.id), 'requested');
  });

  test('revoking consent for services says plainly that services stop and due process cannot override', async () => {
    const studentId = fixture.students.sameSchool;
    const services = await request('initial-services', {}, studentId);
    const granted = (
      await answer(services, { state: 'granted', on: '2025-10-02', written: true })
    ).json<Detail>().consent;
    const revoked = (
      await answer(granted, { state: 'revoked', on: '2025-11-02', written: true })
    ).json<Detail>().consent;
    assert.deepEqual(revoked.revocation, {
      servicesStop: true,
      noOverrideByDueProcess: true,
      retroactive: false,
      citation: revoked.revocation.citation,
    });
    assert.match(revoked.revocation.citation, /Revocation of parental consent/);
    const again = await answer(revoked, { state: 'granted', on: '2025-11-03', written: true });
    assert.equal(again.statusCode, 422);
    assert.match(again.json<{ error: Problem }>().error.message, /new consent request/);
  });

  test('a disclosure names its recipient and what is disclosed; other types do not', async () => {
    const missing = await post(base(), chair, {
      type: 'disclosure',
      requestedOn: '2025-10-01',
      method: 'mail',
    });
    assert.equal(missing.statusCode, 400);
    const paths = missing
      .json<{ error: Problem }>()
      .error.fields!.map((f) => f.path)
      .sort();
    assert.deepEqual(paths, ['informationDisclosed', 'recipientKind', 'recipientName']);
    const stray = await post(base(), chair, {
      type: 'reevaluation',
      requestedOn: '2025-10-01',
      method: 'mail',
      insuranceUse: 'x',
    });
    assert.equal(stray.statusCode, 400);
  });

  test('the public-benefits notification is recorded and the next one is due a year later', async () => {
    const response = await post(`${base()}/public-benefits-notifications`, chair, {
      notifiedOn: '2025-09-15',
      method: 'mail',
    });
    assert.equal(response.statusCode, 201, response.body);
    const list = response.json<{ publicBenefits: { nextDueOn: string } }>();
    assert.equal(list.publicBenefits.nextDueOn, '2026-09-15');
  });
});

describe('who may do what', () => {
  test('a teacher of the student reads consents but may not record one; the refusal is logged', async () => {
    assert.equal((await get(base(), teacher)).statusCode, 200);
    const refused = await post(base(), teacher, {
      type: 'reevaluation',
      requestedOn: '2025-10-01',
      method: 'mail',
    });
    assert.equal(refused.statusCode, 403);
    const denied = await database.db
      .selectFrom('access_log')
      .where('actor_account_id', '=', fixture.accounts.teacher.accountId)
      .where('record_type', '=', 'consent')
      .where('outcome', '=', 'denied')
      .select(['action', 'purpose'])
      .execute();
    assert.deepEqual(denied, [{ action: 'create', purpose: 'request-consent' }]);
  });

  test("the parent reads their child's consents, and not another child's", async () => {
    const own = await get(base(), parent);
    assert.equal(own.statusCode, 200);
    assert.equal(own.json<{ mayManage: boolean }>().mayManage, false);
    assert.equal((await get(base(fixture.students.sameSchool), parent)).statusCode, 404);
  });

  test('a date that has not come yet is refused', async () => {
    const response = await post(base(), chair, {
      type: 'reevaluation',
      requestedOn: '2999-01-01',
      method: 'mail',
    });
    assert.equal(response.statusCode, 400);
    assert.deepEqual(
      response.json<{ error: Problem }>().error.fields?.map((f) => f.path),
      ['requestedOn'],
    );
  });
});

describe('the consent pages', () => {
  const form = (url: string, session: TestSession, fields: Record<string, string>) =>
    app.inject({
      method: 'POST',
      url,
      headers: { cookie: session.cookie, 'content-type': 'application/x-www-form-urlencoded' },
      payload: new URLSearchParams({ ...fields, _csrf: session.csrfToken }).toString(),
    });

  test('the list renders its forms for the chairperson, and a form missing its type is shown again with the error', async () => {
    const page = await get(`/students/${fixture.students.own}/consents`, chair);
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /<h1>Consents: /);
    assert.match(page.body, /id="consent-form"/);
    const invalid = await form(`/students/${fixture.students.own}/consents`, chair, {
      requestedOn: '2025-10-01',
      method: 'mail',
    });
    assert.equal(invalid.statusCode, 400);
    assert.match(invalid.body, /Choose what the consent is for\./);
  });

  test('a refused answer re-renders the consent with the reason and its source', async () => {
    const consent = await request('reevaluation', {}, fixture.students.sameSchool);
    const url = `/students/${consent.studentId}/consents/${consent.id}/responses`;
    const refused = await form(url, chair, {
      state: 'no-response',
      on: '2025-10-09',
      version: String(consent.version),
    });
    assert.equal(refused.statusCode, 422);
    assert.match(refused.body, /This step is not allowed now/);
    assert.match(refused.body, /Documentation of reasonable efforts/);
    const granted = await form(url, chair, {
      state: 'granted',
      on: '2025-10-09',
      written: 'true',
      version: String(consent.version),
    });
    assert.equal(granted.statusCode, 303);
    const detail = await get(granted.headers.location as string, chair);
    assert.match(detail.body, /The answer was recorded\./);
  });

  test('a parent sees the consents page without forms; in Spanish too', async () => {
    const page = await get(`/students/${fixture.students.own}/consents?lang=es`, parent);
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /Consentimientos: /);
    assert.doesNotMatch(page.body, /id="consent-form"/);
  });
});
