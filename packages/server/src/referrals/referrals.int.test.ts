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
import type { ReferralView } from './schemas.ts';
import { referralBodies } from './access.rows.ts';

let database: Database;
let app: FastifyInstance;
let fixture: Fixture;
let chair: TestSession;
let admin: TestSession;
let teacher: TestSession;
let parent: TestSession;

before(async () => {
  database = await openTestDatabase();
  fixture = await createFixture(database);
  app = await buildApp({ database, config: testConfig() });
  chair = await signInAs(app, fixture.accounts.chairperson.email, fixturePassword);
  admin = await signInAs(
    app,
    fixture.accounts['district-admin'].email,
    fixturePassword,
    fixtureTotpSecret,
  );
  teacher = await signInAs(app, fixture.accounts.teacher.email, fixturePassword);
  parent = await signInAs(app, fixture.accounts.parent.email, fixturePassword);
});
after(async () => {
  await app?.close();
  await database?.close();
});

type Detail = { referral: ReferralView; mayManage: boolean };
type Problem = {
  message: string;
  citation?: string;
  fields?: { path: string }[];
  current?: ReferralView;
};

const base = (studentId: string) => `/api/students/${studentId}/referrals`;
const send = (method: 'POST' | 'PUT', url: string, session: TestSession, payload: object) =>
  app.inject({ method, url, headers: session.headers, payload });
const get = (url: string, session: TestSession) =>
  app.inject({ method: 'GET', url, headers: session.headers });
const problem = (response: { json: <T>() => T }) => response.json<{ error: Problem }>().error;
const eventsOf = (studentId: string) =>
  database.db
    .selectFrom('case_events')
    .where('student_id', '=', studentId)
    .where('type', '=', 'referral-received')
    .select(['occurred_on', 'source', 'source_id', 'voided_at'])
    .execute();
/** Closes a student's open referrals (directly), so a test can record a new one. */
const closeReferrals = (studentId: string) =>
  database.db
    .updateTable('referrals')
    .set({ status: 'withdrawn' })
    .where('student_id', '=', studentId)
    .where('status', '=', 'open')
    .execute();

async function create(studentId: string, body: object = referralBodies.create, session = admin) {
  const response = await send('POST', base(studentId), session, body);
  assert.equal(response.statusCode, 201, response.body);
  return response.json<Detail>().referral;
}

describe('recording a referral', () => {
  test('a staff referral with its interventions is received the day it is submitted, recording referral-received, and is logged', async () => {
    const studentId = fixture.students.sameSchool;
    const referral = await create(studentId, referralBodies.create, chair);
    assert.equal(referral.status, 'open');
    assert.equal(referral.receivedOn, '2025-09-02');
    assert.deepEqual(
      referral.interventions.map((i) => [i.intervention, i.tier, i.startsOn, i.endsOn, i.outcome]),
      [['Small-group phonics', 2, '2025-02-03', '2025-06-13', 'Limited progress']],
    );
    assert.deepEqual(await eventsOf(studentId), [
      { occurred_on: '2025-09-02', source: 'referral', source_id: referral.id, voided_at: null },
    ]);
    const log = await database.db
      .selectFrom('access_log')
      .where('student_id', '=', studentId)
      .where('record_type', '=', 'referral')
      .select(['action', 'purpose', 'outcome'])
      .execute();
    assert.ok(
      log.some((r) => r.action === 'create' && r.purpose === 'record-referral'),
      JSON.stringify(log),
    );
  });

  test('a second referral while one is open is a conflict showing the open one', async () => {
    const response = await send('POST', base(fixture.students.sameSchool), chair, {
      ...referralBodies.create,
      referrerKind: 'parent',
    });
    assert.equal(response.statusCode, 409);
    assert.match(problem(response).message, /already has an open referral/);
    assert.equal(problem(response).current?.status, 'open');
  });

  test('a staff referral says which interventions were tried, or why none were', async () => {
    const { interventions: _, ...bare } = referralBodies.create;
    void _;
    const response = await send('POST', base(fixture.students.own), chair, bare);
    assert.equal(response.statusCode, 400);
    assert.deepEqual(
      problem(response).fields?.map((f) => f.path),
      ['noInterventionsReason'],
    );
    const withReason = await create(
      fixture.students.own,
      { ...bare, noInterventionsReason: 'Transferred from out of state last week' },
      chair,
    );
    assert.equal(withReason.noInterventionsReason, 'Transferred from out of state last week');
    await closeReferrals(fixture.students.own);
  });

  test('a student under 18 cannot refer themself (PLAN)', async () => {
    const response = await send('POST', base(fixture.students.own), chair, {
      referrerKind: 'adult-student',
      referrerName: 'The student',
      reason: 'Asks for an evaluation',
      submittedOn: '2025-09-02',
    });
    assert.equal(response.statusCode, 422);
    assert.match(problem(response).message, /only once they are 18/);
    assert.match(problem(response).citation ?? '', /PLAN, CSE referral process/);
  });
});

describe('a request routed to the designee', () => {
  test("a physician's request waits for the designee; referring makes it received that day", async () => {
    const studentId = fixture.students.otherSchool;
    const request = await create(studentId, {
      referrerKind: 'physician',
      referrerName: 'Dr. Example',
      reason: 'Attention concerns',
      submittedOn: '2025-09-01',
    });
    assert.equal(request.status, 'awaiting-designee');
    assert.equal(request.receivedOn, null);
    assert.deepEqual(await eventsOf(studentId), []);
    const url = `${base(studentId)}/${request.id}/designee-decision`;
    const decided = await send('POST', url, admin, {
      designeeName: 'Director of pupil services',
      decision: 'refer',
      decidedOn: '2025-09-05',
      version: request.version,
    });
    assert.equal(decided.statusCode, 200, decided.body);
    const referral = decided.json<Detail>().referral;
    assert.equal(referral.status, 'open');
    assert.equal(referral.receivedOn, '2025-09-05');
    assert.deepEqual(
      (await eventsOf(studentId)).map((e) => e.occurred_on),
      ['2025-09-05'],
    );
    const again = await send('POST', url, admin, {
      designeeName: 'Director of pupil services',
      decision: 'not-refer',
      decidedOn: '2025-09-06',
      version: referral.version,
    });
    assert.equal(again.statusCode, 422);
    assert.match(problem(again).message, /has been decided/);
    const stale = await send('POST', url, admin, {
      designeeName: 'Director',
      decision: 'refer',
      decidedOn: '2025-09-06',
      version: request.version,
    });
    assert.equal(stale.statusCode, 409);
    assert.equal(problem(stale).current?.version, referral.version);
    await closeReferrals(studentId);
  });

  test('a designee who does not refer closes the request without a case event', async () => {
    const studentId = fixture.students.otherSchool;
    const request = await create(studentId, {
      referrerKind: 'public-agency',
      referrerName: 'County agency',
      reason: 'Concerns',
      submittedOn: '2025-10-01',
    });
    const decided = await send(
      'POST',
      `${base(studentId)}/${request.id}/designee-decision`,
      admin,
      {
        designeeName: 'Director',
        decision: 'not-refer',
        decidedOn: '2025-10-03',
        version: request.version,
      },
    );
    assert.equal(decided.json<Detail>().referral.status, 'declined-by-designee');
    assert.equal((await eventsOf(studentId)).length, 1, 'only the earlier referral');
  });
});

describe("the building administrator's meeting and the withdrawal agreement", () => {
  let referral: ReferralView;
  const studentId = () => fixture.students.own;
  const url = (path: string) => `${base(studentId())}/${referral.id}/${path}`;

  test('the meeting is requested after the referral is received', async () => {
    referral = await create(
      studentId(),
      { ...referralBodies.create, referrerKind: 'parent' },
      chair,
    );
    const early = await send('PUT', url('admin-meeting'), chair, {
      requestedOn: '2025-09-01',
      version: referral.version,
    });
    assert.equal(early.statusCode, 422);
    assert.match(problem(early).message, /after the referral is received/);
  });

  test('a withdrawal needs the meeting held first', async () => {
    const response = await send('POST', url('withdrawal'), chair, {
      ...referralBodies.withdrawal,
      version: referral.version,
    });
    assert.equal(response.statusCode, 422);
    assert.match(problem(response).message, /Record the meeting as held first/);
  });

  test("the agreement is in the parent's native language", async () => {
    const held = await send('PUT', url('admin-meeting'), chair, {
      requestedOn: '2025-09-04',
      heldOn: '2025-09-09',
      version: referral.version,
    });
    assert.equal(held.statusCode, 200, held.body);
    referral = held.json<Detail>().referral;
    const response = await send('POST', url('withdrawal'), chair, {
      ...referralBodies.withdrawal,
      language: 'zh',
      version: referral.version,
    });
    assert.equal(response.statusCode, 422);
    assert.deepEqual(
      problem(response).fields?.map((f) => f.path),
      ['language'],
    );
  });

  test('the agreement withdraws the referral, keeps its services and copies, and is filed as a PDF', async () => {
    const response = await send('POST', url('withdrawal'), chair, {
      ...referralBodies.withdrawal,
      services: [
        { service: 'Academic intervention services in reading', duration: '12 weeks' },
        { service: 'Speech and language improvement services', duration: '1 semester' },
      ],
      studentCopyOn: '2025-09-10',
      version: referral.version,
    });
    assert.equal(response.statusCode, 201, response.body);
    const withdrawn = response.json<Detail>().referral;
    assert.equal(withdrawn.status, 'withdrawn');
    assert.equal(withdrawn.adminMeeting.outcome, 'withdraw-referral');
    assert.equal(withdrawn.withdrawal?.services.length, 2);
    assert.equal(withdrawn.withdrawal?.studentCopyOn, '2025-09-10');
    const document = await database.db
      .selectFrom('documents')
      .where('id', '=', withdrawn.withdrawal.documentId!)
      .select(['kind', 'language', 'source', 'source_id', 'sha256', 'content'])
      .executeTakeFirstOrThrow();
    assert.equal(document.kind, 'referral-withdrawal-agreement');
    assert.equal(document.source_id, withdrawn.id);
    assert.equal(document.language, 'en');
    assert.match(document.sha256, /^[0-9a-f]{64}$/);
    assert.equal(Buffer.from(document.content).subarray(0, 5).toString(), '%PDF-');
    // The received referral stays a fact on the case.
    assert.equal(
      (await eventsOf(studentId())).filter((e) => e.source_id === withdrawn.id).length,
      1,
    );
    const added = await send('POST', url('interventions'), chair, {
      ...referralBodies.intervention,
      version: withdrawn.version,
    });
    assert.equal(added.statusCode, 422);
    assert.match(problem(added).message, /withdrawn by written agreement/);
  });
});

describe('who may do what', () => {
  test('a teacher of the student reads referrals but may not record one; a parent reads their own child’s', async () => {
    assert.equal((await get(base(fixture.students.own), teacher)).statusCode, 200);
    const refused = await send('POST', base(fixture.students.own), teacher, referralBodies.create);
    assert.equal(refused.statusCode, 403);
    const own = await get(base(fixture.students.own), parent);
    assert.equal(own.statusCode, 200);
    assert.equal(own.json<{ mayManage: boolean }>().mayManage, false);
    assert.equal((await get(base(fixture.students.sameSchool), parent)).statusCode, 404);
  });
});

describe('the referral pages', () => {
  const form = (url: string, session: TestSession, fields: Record<string, string>) =>
    app.inject({
      method: 'POST',
      url,
      headers: { cookie: session.cookie, 'content-type': 'application/x-www-form-urlencoded' },
      payload: new URLSearchParams({ ...fields, _csrf: session.csrfToken }).toString(),
    });

  test('a referral recorded by form lands on its page; a bad tier is shown again on its field', async () => {
    const studentId = fixture.students.own;
    const url = `/students/${studentId}/referrals`;
    const fields = {
      referrerKind: 'district-staff',
      referrerName: 'Grade 4 teacher',
      reason: 'Reading',
      submittedOn: '2025-10-01',
      intervention: 'Phonics group',
      startsOn: '2025-03-01',
    };
    const invalid = await form(url, chair, { ...fields, tier: '7' });
    assert.equal(invalid.statusCode, 400);
    assert.match(invalid.body, /Choose tier 1, 2 or 3\./);
    assert.match(invalid.body, /id="referral-tier"[^>]*aria-invalid="true"/);
    const created = await form(url, chair, { ...fields, tier: '1' });
    assert.equal(created.statusCode, 303, created.body);
    const page = await get(created.headers.location as string, chair);
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /The referral was recorded\./);
    assert.match(page.body, /Phonics group/);
    assert.match(page.body, /id="meeting-form"/);
  });

  test('the list is readable by the parent without the form, in Spanish', async () => {
    const page = await get(`/students/${fixture.students.own}/referrals?lang=es`, parent);
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /Remisiones: /);
    assert.doesNotMatch(page.body, /id="referral-form"/);
  });
});
