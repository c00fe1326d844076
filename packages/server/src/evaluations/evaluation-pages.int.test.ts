import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../http/app.ts';
import type { Database } from '../db/database.ts';
import { openTestDatabase } from '../testing/test-database.ts';
import { testConfig } from '../testing/test-config.ts';
import type { Fixture } from '../testing/fixtures.ts';
import { createFixture, fixturePassword } from '../testing/fixtures.ts';
import type { TestSession } from '../testing/sign-in.ts';
import { signInAs } from '../testing/sign-in.ts';
import { insertConsent, insertEvaluation, insertIeeRequest } from './test-records.ts';

let database: Database;
let app: FastifyInstance;
let fixture: Fixture;
let chair: TestSession;
let teacher: TestSession;

before(async () => {
  database = await openTestDatabase();
  fixture = await createFixture(database);
  app = await buildApp({ database, config: testConfig() });
  chair = await signInAs(app, fixture.accounts.chairperson.email, fixturePassword);
  teacher = await signInAs(app, fixture.accounts.teacher.email, fixturePassword);
});
after(async () => {
  await app?.close();
  await database?.close();
});

const page = (url: string, s: TestSession) =>
  app.inject({ method: 'GET', url, headers: { cookie: s.cookie } });
const post = (url: string, s: TestSession, fields: Record<string, string | string[]>) => {
  const body = new URLSearchParams();
  for (const [k, v] of Object.entries({ ...fields, _csrf: s.csrfToken }))
    for (const value of [v].flat()) body.append(k, value);
  return app.inject({
    method: 'POST',
    url,
    headers: { cookie: s.cookie, 'content-type': 'application/x-www-form-urlencoded' },
    payload: body.toString(),
  });
};

describe('the evaluation pages', () => {
  test('a first evaluation without consent is refused on the form, with the reason and the PSN', async () => {
    const studentId = fixture.students.sameSchool;
    const response = await post(`/students/${studentId}/evaluations`, chair, {
      kind: 'initial',
      components: ['psychological-evaluation', 'review-of-existing-data'],
    });
    assert.equal(response.statusCode, 422);
    assert.match(response.body, /has not given consent for the initial evaluation/);
    assert.match(response.body, /Source: PSN/);
    assert.match(response.body, /<title>Error: /);
    assert.match(
      response.body,
      /checked=""[^>]*value="psychological-evaluation"|value="psychological-evaluation"[^>]*checked=""/,
    );
  });

  test('with consent, planning redirects to the evaluation, whose page offers each component form', async () => {
    const studentId = fixture.students.own;
    await insertConsent(database, studentId, 'initial-evaluation');
    const response = await post(`/students/${studentId}/evaluations`, chair, {
      kind: 'initial',
      components: ['psychological-evaluation', 'social-history'],
    });
    assert.equal(response.statusCode, 303, response.body);
    const location = String(response.headers.location);
    assert.match(location, /\/evaluations\/[0-9a-f-]{36}\?done=planned$/);
    const detail = await page(location, chair);
    assert.equal(detail.statusCode, 200);
    assert.match(detail.body, /The evaluation is planned/);
    assert.match(detail.body, /Psychological evaluation/);
    assert.match(detail.body, /Save Social history/);
    const spanish = await page(`${location}&lang=es`, chair);
    assert.match(spanish.body, /Evaluación psicológica/);
  });

  test('a form with no components shows the field error', async () => {
    const response = await post(`/students/${fixture.students.own}/evaluations`, chair, {
      kind: 'initial',
    });
    assert.equal(response.statusCode, 400);
    assert.match(response.body, /Choose at least one component/);
  });

  test('a second IEE request for the same evaluation is refused on the page', async () => {
    const studentId = fixture.students.own;
    const { evaluationId } = await insertEvaluation(database, studentId, { completed: true });
    const first = await post(
      `/students/${studentId}/evaluations/${evaluationId}/iee-requests`,
      chair,
      {
        receivedOn: '2026-10-05',
      },
    );
    assert.equal(first.statusCode, 303, first.body);
    const second = await post(
      `/students/${studentId}/evaluations/${evaluationId}/iee-requests`,
      chair,
      { receivedOn: '2026-10-06' },
    );
    assert.equal(second.statusCode, 422);
    assert.match(second.body, /only one at public expense/);
  });

  test('the list shows each IEE request with its days open and, to a teacher, no forms', async () => {
    const studentId = fixture.students.own;
    const { evaluationId } = await insertEvaluation(database, studentId, { completed: true });
    await insertIeeRequest(database, studentId, evaluationId);
    const forChair = await page(`/students/${studentId}/evaluations`, chair);
    assert.match(forChair.body, /Record the answer/);
    const forTeacher = await page(`/students/${studentId}/evaluations`, teacher);
    assert.equal(forTeacher.statusCode, 200);
    assert.match(forTeacher.body, /Awaiting the district/);
    assert.doesNotMatch(forTeacher.body, /Plan the evaluation/);
  });
});
