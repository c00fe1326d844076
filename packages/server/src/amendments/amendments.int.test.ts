import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { isoDate, parseIsoDate, type Day } from '@continuum/rules/calendar/index.ts';
import {
  AMENDMENT_STATES,
  RECORDS_CITATIONS,
  checkAmendmentStep,
  mayAddStatement,
} from '@continuum/rules/records/index.ts';
import type { AmendmentStep } from '@continuum/rules/records/index.ts';
import { buildApp } from '../http/app.ts';
import type { Database } from '../db/database.ts';
import { inDistrict } from '../db/tenant.ts';
import { todayInNewYork } from '../clock.ts';
import { openTestDatabase } from '../testing/test-database.ts';
import { testConfig } from '../testing/test-config.ts';
import type { Fixture } from '../testing/fixtures.ts';
import { createFixture } from '../testing/fixtures.ts';
import type { TestSession } from '../testing/sign-in.ts';
import { signInAsRole } from '../testing/sign-in.ts';
import { withStudentRecords } from '../access/student-records.ts';
import type { Call } from '../http/call.ts';
import { statementsAttachedTo } from './statements.ts';
import { DECISION_DAYS } from './present.ts';
import type { AmendmentView, StudentAmendments } from './schemas.ts';
import { insertAmendmentRequest } from './test-support.ts';

/**
 * Amendment of records at a parent's request (34 CFR 300.618-300.621), through the API: the
 * whole path (asked, refused with the hearing right, hearing requested, kept, statement placed
 * and disclosed with its record), the rules' refusals of illegal steps with their passages, and
 * the parent of another child finding nothing.
 */
const today = todayInNewYork();
const inDays = (n: number) => isoDate(((parseIsoDate(today) as Day) + n) as Day);

let database: Database;
let app: FastifyInstance;
let fixture: Fixture;
let parent: TestSession;
let officer: TestSession;
let chair: TestSession;
let teacher: TestSession;

before(async () => {
  database = await openTestDatabase();
  fixture = await createFixture(database);
  // The parent reads Spanish and has an address: the notices are queued to it, in Spanish.
  await inDistrict(database.db, fixture.districtId, (tx) =>
    tx
      .updateTable('guardians')
      .set({ email: 'parent.own@fixture.test', preferred_language: 'es' })
      .where('id', '=', fixture.guardians.own)
      .execute(),
  );
  app = await buildApp({ database, config: testConfig() });
  parent = await signInAsRole(app, fixture, 'parent');
  officer = await signInAsRole(app, fixture, 'privacy-officer');
  chair = await signInAsRole(app, fixture, 'chairperson');
  teacher = await signInAsRole(app, fixture, 'teacher');
});
after(async () => {
  await app?.close();
  await database?.close();
});

const post = (s: TestSession, url: string, payload: object) =>
  app.inject({ method: 'POST', url, headers: s.headers, payload });
const list = async (s: TestSession, studentId: string) =>
  app.inject({ method: 'GET', url: `/api/students/${studentId}/amendments`, headers: s.headers });
const refusalOf = (body: string) =>
  (JSON.parse(body) as { error: { citation: string; message: string } }).error;
const outboxOf = (requestId: string) =>
  inDistrict(database.db, fixture.districtId, (tx) =>
    tx
      .selectFrom('email_outbox')
      .where('amendment_request_id', '=', requestId)
      .select(['to_address', 'subject', 'status'])
      .orderBy('created_at')
      .execute(),
  );
const ask = {
  recordType: 'evaluation',
  information: 'The reading score on page 3 of the psychological evaluation.',
  reason: 'inaccurate',
  changeRequested: 'Report the score from the retest in March.',
};

describe('a request refused, heard and kept, with the statement attached to its record', () => {
  const base = () => `/api/students/${fixture.students.own}/amendments`;
  let id = '';

  test('the parent asks for their own child: received today, online, decision due in the reasonable period', async () => {
    const response = await post(parent, base(), ask);
    assert.equal(response.statusCode, 201, response.body);
    const request = response.json<AmendmentView>();
    id = request.id;
    assert.deepEqual(
      [request.guardianId, request.receivedOn, request.channel, request.status],
      [fixture.guardians.own, today, 'online', 'requested'],
    );
    assert.equal(request.decisionDue, inDays(DECISION_DAYS));
    assert.deepEqual(request.actions, ['withdraw']);
  });

  test("the district's fields are not the parent's to send", async () => {
    const response = await post(parent, base(), { ...ask, receivedOn: today });
    assert.equal(response.statusCode, 400);
    assert.match(response.body, /receivedOn/);
  });

  test('a hearing before a refusal, and a statement before a hearing kept the information, are refused with the passage', async () => {
    const hearing = await post(parent, `${base()}/${id}/hearing-request`, {});
    assert.equal(hearing.statusCode, 422, hearing.body);
    assert.equal(refusalOf(hearing.body).citation, RECORDS_CITATIONS.hearing);
    const statement = await post(parent, `${base()}/${id}/statements`, { statement: 'No.' });
    assert.equal(statement.statusCode, 422, statement.body);
    assert.equal(refusalOf(statement.body).citation, RECORDS_CITATIONS.hearingResult);
  });

  test('the parent, the chairperson and a teacher do not decide (403)', async () => {
    const decision = { decision: 'refused', decidedOn: today, refusalReason: 'Accurate.' };
    for (const s of [parent, chair, teacher]) {
      const response = await post(s, `${base()}/${id}/decision`, decision);
      assert.equal(response.statusCode, 403, response.body);
    }
  });

  test('a refusal needs its reason; it tells the parent of the right to a hearing, by e-mail in their language', async () => {
    const missing = await post(officer, `${base()}/${id}/decision`, {
      decision: 'refused',
      decidedOn: today,
    });
    assert.equal(missing.statusCode, 400);
    assert.match(missing.body, /refusalReason/);
    const future = await post(officer, `${base()}/${id}/decision`, {
      decision: 'refused',
      decidedOn: inDays(1),
      refusalReason: 'Accurate.',
    });
    assert.equal(future.statusCode, 400);
    const response = await post(officer, `${base()}/${id}/decision`, {
      decision: 'refused',
      decidedOn: today,
      refusalReason: 'The score reported is the one measured at the evaluation.',
    });
    assert.equal(response.statusCode, 200, response.body);
    const refused = response.json<AmendmentView>();
    assert.equal(refused.status, 'refused');
    assert.deepEqual(refused.notices, ['refusal-and-hearing-right']);
    assert.equal(refused.emailStatus, 'queued');
    assert.equal(refused.decisionDue, null);
    const [email] = await outboxOf(id);
    assert.equal(email?.to_address, 'parent.own@fixture.test');
    assert.match(email?.subject ?? '', /Se negó/);
    const seen = (await list(parent, fixture.students.own)).json<StudentAmendments>();
    assert.deepEqual(seen.requests[0]?.actions, ['request-hearing']);
  });

  test('the parent requests the hearing; the officer records it kept; the parent is told of the statement right', async () => {
    const hearing = await post(parent, `${base()}/${id}/hearing-request`, {});
    assert.equal(hearing.statusCode, 200, hearing.body);
    assert.equal(hearing.json<AmendmentView>().hearingRequestedOn, today);
    const early = await post(officer, `${base()}/${id}/hearing-outcome`, {
      outcome: 'kept',
      heldOn: inDays(-1),
      heardBy: 'Assistant Superintendent',
      decidedOn: today,
      summary: 'The score was reported as measured.',
    });
    assert.equal(early.statusCode, 400, early.body);
    assert.match(early.body, /heldOn/);
    const kept = await post(officer, `${base()}/${id}/hearing-outcome`, {
      outcome: 'kept',
      heldOn: today,
      heardBy: 'Assistant Superintendent',
      decidedOn: today,
      summary: 'The score was reported as measured.',
    });
    assert.equal(kept.statusCode, 200, kept.body);
    const view = kept.json<AmendmentView>();
    assert.equal(view.status, 'hearing-kept');
    assert.deepEqual(view.notices, ['refusal-and-hearing-right', 'statement-right']);
    assert.equal((await outboxOf(id)).length, 2);
    const seen = (await list(parent, fixture.students.own)).json<StudentAmendments>();
    assert.deepEqual(seen.requests[0]?.actions, ['add-statement']);
  });

  test('the statement is placed, attached to the record the request challenged, and disclosed with it only', async () => {
    const response = await post(parent, `${base()}/${id}/statements`, {
      statement: 'I disagree: the retest in March showed a higher score.',
    });
    assert.equal(response.statusCode, 201, response.body);
    const [statement] = response.json<AmendmentView>().statements;
    assert.equal(statement?.recordType, 'evaluation');
    assert.equal(statement?.receivedOn, today);
    const chairRead = (await list(chair, fixture.students.own)).json<StudentAmendments>();
    assert.equal(chairRead.requests[0]?.statements.length, 1);
    assert.deepEqual(chairRead.requests[0]?.actions, []);

    const call: Call = {
      ctx: { database, config: testConfig() },
      requestId: randomUUID(),
      actor: {
        accountId: fixture.accounts['privacy-officer'].accountId,
        districtId: fixture.districtId,
        kind: 'staff',
        staffId: fixture.accounts['privacy-officer'].staffId,
        roles: ['privacy-officer'],
        displayName: 'Officer',
        email: fixture.accounts['privacy-officer'].email,
        secondFactor: false,
      },
    };
    const [withEvaluation, withIep] = await withStudentRecords(call, async (records) => {
      const grant = await records.grant(fixture.students.own, 'evaluation', 'read', 'view-student');
      return [
        await statementsAttachedTo(records, grant, ['evaluation', 'iep'], 'view-student'),
        await statementsAttachedTo(records, grant, ['iep'], 'view-student'),
      ];
    });
    assert.deepEqual(
      withEvaluation.map((s) => s.statement),
      ['I disagree: the retest in March showed a higher score.'],
    );
    assert.deepEqual(withIep, []);
  });

  test('the application may never change or remove a statement (kept as long as the record)', async () => {
    await assert.rejects(
      inDistrict(database.db, fixture.districtId, (tx) =>
        tx.updateTable('amendment_statements').set({ statement: 'changed' }).execute(),
      ),
      /permission denied/,
    );
    await assert.rejects(
      inDistrict(database.db, fixture.districtId, (tx) =>
        tx.deleteFrom('amendment_statements').execute(),
      ),
      /permission denied/,
    );
  });
});

describe('illegal steps and other children', () => {
  test('a hearing request on an amended request is refused with the passage, and nothing changes', async () => {
    const id = await insertAmendmentRequest(database.db, fixture.students.own, 'amended');
    const url = `/api/students/${fixture.students.own}/amendments/${id}/hearing-request`;
    const response = await post(parent, url, {});
    assert.equal(response.statusCode, 422, response.body);
    assert.equal(refusalOf(response.body).citation, RECORDS_CITATIONS.hearing);
    const seen = (await list(officer, fixture.students.own)).json<StudentAmendments>();
    assert.equal(seen.requests.find((r) => r.id === id)?.status, 'amended');
  });

  test('an amendment after the hearing records what was changed and the written notice', async () => {
    const id = await insertAmendmentRequest(
      database.db,
      fixture.students.sameSchool,
      'hearing-requested',
    );
    const url = `/api/students/${fixture.students.sameSchool}/amendments/${id}/hearing-outcome`;
    const outcome = {
      outcome: 'amended',
      heldOn: today,
      heardBy: 'Assistant Superintendent',
      decidedOn: today,
      summary: 'The retest is the measured score.',
    };
    const missing = await post(officer, url, outcome);
    assert.equal(missing.statusCode, 400);
    const response = await post(officer, url, { ...outcome, amendmentMade: 'Score corrected.' });
    assert.equal(response.statusCode, 200, response.body);
    assert.deepEqual(response.json<AmendmentView>().notices, [
      'refusal-and-hearing-right',
      'amended-after-hearing',
    ]);
    const again = await post(officer, url, { ...outcome, amendmentMade: 'Score corrected.' });
    assert.equal(again.statusCode, 422);
    assert.equal(refusalOf(again.body).citation, RECORDS_CITATIONS.hearingResult);
  });

  test('the parent of another child finds no such student (404), reading or writing', async () => {
    const other = fixture.students.sameSchool;
    const id = await insertAmendmentRequest(database.db, other, 'refused');
    assert.equal((await list(parent, other)).statusCode, 404);
    assert.equal((await post(parent, `/api/students/${other}/amendments`, ask)).statusCode, 404);
    const hearing = await post(
      parent,
      `/api/students/${other}/amendments/${id}/hearing-request`,
      {},
    );
    assert.equal(hearing.statusCode, 404);
    const page = await app.inject({
      method: 'GET',
      url: `/students/${other}/amendments`,
      headers: parent.headers,
    });
    assert.equal(page.statusCode, 404);
    // Nor through their own child's URL: a request of another child is not found there.
    const crossed = await post(
      parent,
      `/api/students/${fixture.students.own}/amendments/${id}/hearing-request`,
      {},
    );
    assert.equal(crossed.statusCode, 404);
  });

  // The rules take the age of 18 from the PSN's consent passage (300.622), the only one naming it.
  test('the officer records a request from a student under 18: refused with the passage', async () => {
    const response = await post(
      officer,
      `/api/students/${fixture.students.otherSchool}/amendments`,
      {
        ...ask,
        requester: 'student',
        receivedOn: today,
        channel: 'paper',
      },
    );
    assert.equal(response.statusCode, 422, response.body);
    assert.equal(refusalOf(response.body).citation, RECORDS_CITATIONS.disclosure);
  });

  test('the page shows the hearing right in Spanish, and an illegal step with its passage', async () => {
    const id = await insertAmendmentRequest(database.db, fixture.students.own, 'refused');
    const page = await app.inject({
      method: 'GET',
      url: `/students/${fixture.students.own}/amendments`,
      headers: { ...parent.headers, 'accept-language': 'es' },
    });
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /Usted tiene derecho a una audiencia/);
    assert.match(page.body, new RegExp(`/amendments/${id}/hearing-request`));
    const form = await app.inject({
      method: 'POST',
      url: `/students/${fixture.students.own}/amendments/${id}/statements`,
      headers: { cookie: parent.cookie, 'content-type': 'application/x-www-form-urlencoded' },
      payload: new URLSearchParams({ statement: 'Too early.', _csrf: parent.csrfToken }).toString(),
    });
    assert.equal(form.statusCode, 422, form.body.slice(0, 300));
    assert.ok(form.body.includes('34 CFR 300.620'));
  });
});

describe('every step from every state: written exactly when the rules allow it, else 422 and unchanged', () => {
  const heard = { heldOn: today, heardBy: 'Hearing official', decidedOn: today, summary: 'Heard.' };
  const steps: { path: string; to: AmendmentStep | 'statement'; body: object; ok: number }[] = [
    {
      path: 'decision',
      to: 'refused',
      body: { decision: 'refused', decidedOn: today, refusalReason: 'Accurate.' },
      ok: 200,
    },
    {
      path: 'decision',
      to: 'amended',
      body: { decision: 'amended', decidedOn: today, amendmentMade: 'Corrected.' },
      ok: 200,
    },
    { path: 'hearing-request', to: 'hearing-requested', body: { requestedOn: today }, ok: 200 },
    { path: 'hearing-outcome', to: 'hearing-kept', body: { outcome: 'kept', ...heard }, ok: 200 },
    {
      path: 'hearing-outcome',
      to: 'hearing-amended',
      body: { outcome: 'amended', amendmentMade: 'Corrected.', ...heard },
      ok: 200,
    },
    { path: 'withdrawn', to: 'withdrawn', body: { withdrawnOn: today }, ok: 200 },
    {
      path: 'statements',
      to: 'statement',
      body: { statement: 'I disagree.', receivedOn: today, channel: 'paper' },
      ok: 201,
    },
  ];
  for (const from of AMENDMENT_STATES)
    for (const step of steps) {
      const allowed =
        step.to === 'statement'
          ? mayAddStatement(from).allowed
          : checkAmendmentStep({ from, fromOn: today, to: step.to, on: today }).allowed;
      test(`${step.path} (${step.to}) from ${from}: ${allowed ? 'recorded' : 'refused'}`, async () => {
        const studentId = fixture.students.otherSchool;
        const id = await insertAmendmentRequest(database.db, studentId, from);
        const url = `/api/students/${studentId}/amendments/${id}/${step.path}`;
        const response = await post(officer, url, step.body);
        assert.equal(response.statusCode, allowed ? step.ok : 422, response.body);
        const after = (await list(officer, studentId))
          .json<StudentAmendments>()
          .requests.find((r) => r.id === id);
        const expected = allowed && step.to !== 'statement' ? step.to : from;
        assert.equal(after?.status, expected);
        assert.equal(after?.statements.length, allowed && step.to === 'statement' ? 1 : 0);
      });
    }
});
