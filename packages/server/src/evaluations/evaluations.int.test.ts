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
import { insertConsent } from './test-records.ts';
import type { EvaluationDetail, EvaluationList, IeeRequestView } from './schemas.ts';

let database: Database;
let app: FastifyInstance;
let fixture: Fixture;
let chair: TestSession;
let admin: TestSession;
let teacher: TestSession;

before(async () => {
  database = await openTestDatabase();
  fixture = await createFixture(database);
  app = await buildApp({ database, config: testConfig() });
  chair = await signInAs(app, fixture.accounts.chairperson.email, fixturePassword);
  teacher = await signInAs(app, fixture.accounts.teacher.email, fixturePassword);
  admin = await signInAs(
    app,
    fixture.accounts['district-admin'].email,
    fixturePassword,
    fixtureTotpSecret,
  );
});
after(async () => {
  await app?.close();
  await database?.close();
});

const send = (method: 'GET' | 'POST' | 'PATCH', url: string, s: TestSession, payload?: object) =>
  app.inject({ method, url, headers: s.headers, ...(payload ? { payload } : {}) });

/** A new school-age (or preschool) student of school A, so each test starts from a clean case. */
async function newStudent(level: 'school-age' | 'preschool' = 'school-age'): Promise<string> {
  const student = await database.db
    .insertInto('students')
    .values({
      district_id: fixture.districtId,
      student_number: `EV-${Math.random().toString(36).slice(2, 10)}`,
      legal_first_name: 'Eva',
      legal_last_name: 'Luation',
      date_of_birth: level === 'preschool' ? '2023-01-15' : '2012-03-04',
      level,
      grade: level === 'preschool' ? null : '8',
      native_language: 'en',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await database.db
    .insertInto('enrollments')
    .values({
      district_id: fixture.districtId,
      student_id: student.id,
      site_id: fixture.siteA,
      starts_on: '2020-09-01',
    })
    .execute();
  return student.id;
}

const eventsOf = async (studentId: string) =>
  (
    await database.db
      .selectFrom('case_events')
      .where('student_id', '=', studentId)
      .where('voided_at', 'is', null)
      .select(['type', 'occurred_on', 'details'])
      .orderBy('recorded_at')
      .execute()
  ).map((e) => ({ type: e.type, on: e.occurred_on }));

const logOf = async (studentId: string) =>
  database.db
    .selectFrom('access_log')
    .where('student_id', '=', studentId)
    .where('record_type', '=', 'evaluation')
    .select(['action', 'purpose', 'outcome'])
    .orderBy('seq')
    .execute();

const initialPlan = {
  kind: 'initial',
  components: [
    { component: 'psychological-evaluation', evaluator: 'Dr. Ana Park' },
    { component: 'social-history' },
    { component: 'review-of-existing-data' },
  ],
};

describe('planning an evaluation', () => {
  test('a first evaluation without the parent consent is refused, citing the PSN', async () => {
    const studentId = await newStudent();
    const response = await send(
      'POST',
      `/api/students/${studentId}/evaluations`,
      chair,
      initialPlan,
    );
    assert.equal(response.statusCode, 422);
    const error = response.json<{ error: { code: string; message: string; citation: string } }>()
      .error;
    assert.equal(error.code, 'refused');
    assert.match(error.message, /has not given consent for the initial evaluation/);
    assert.match(error.citation, /^PSN/);
    const count = await database.db
      .selectFrom('evaluations')
      .where('student_id', '=', studentId)
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    assert.equal(Number(count.n), 0, 'nothing was written');
  });

  test('a refused consent refuses the evaluation too', async () => {
    const studentId = await newStudent();
    await insertConsent(database, studentId, 'initial-evaluation', 'refused');
    const response = await send(
      'POST',
      `/api/students/${studentId}/evaluations`,
      chair,
      initialPlan,
    );
    assert.equal(response.statusCode, 422);
    assert.match(response.json<{ error: { message: string } }>().error.message, /refused consent/);
  });

  test('reviewing existing data and tests given to all children need no consent (PSN, Other consent requirements)', async () => {
    const studentId = await newStudent();
    const response = await send('POST', `/api/students/${studentId}/evaluations`, chair, {
      kind: 'initial',
      components: [
        { component: 'review-of-existing-data' },
        { component: 'test-given-to-all-children' },
      ],
    });
    assert.equal(response.statusCode, 201, response.body);
    const evaluation = response.json<EvaluationDetail>();
    assert.deepEqual(
      evaluation.components.map((c) => [c.component, c.needsConsent]),
      [
        ['review-of-existing-data', false],
        ['test-given-to-all-children', false],
      ],
    );
    // Adding a component that needs consent is still refused.
    const added = await send(
      'POST',
      `/api/students/${studentId}/evaluations/${evaluation.id}/components`,
      chair,
      { component: 'speech-language' },
    );
    assert.equal(added.statusCode, 422);
  });

  test('a vocational assessment is refused for a student under 12', async () => {
    const studentId = await newStudent('preschool');
    await insertConsent(database, studentId, 'initial-evaluation');
    const response = await send('POST', `/api/students/${studentId}/evaluations`, admin, {
      kind: 'initial',
      components: [{ component: 'vocational-assessment' }],
    });
    assert.equal(response.statusCode, 422);
    assert.match(response.body, /12 and older/);
  });

  test('a teacher may read evaluations but not plan one', async () => {
    const studentId = fixture.students.own;
    const response = await send('POST', `/api/students/${studentId}/evaluations`, teacher, {
      kind: 'initial',
      components: [{ component: 'review-of-existing-data' }],
    });
    assert.equal(response.statusCode, 403);
    assert.equal(
      (await send('GET', `/api/students/${studentId}/evaluations`, teacher)).statusCode,
      200,
    );
    const denied = await database.db
      .selectFrom('access_log')
      .where('student_id', '=', studentId)
      .where('purpose', '=', 'plan-evaluation')
      .where('outcome', '=', 'denied')
      .select('action')
      .execute();
    assert.ok(denied.length >= 1, 'the refusal is in the record of access');
  });
});

describe('an initial evaluation from plan to eligibility', () => {
  test('with consent: plan, reports, completion, eligibility; events and access log rows', async () => {
    const studentId = await newStudent();
    await insertConsent(database, studentId, 'initial-evaluation');
    const planned = await send(
      'POST',
      `/api/students/${studentId}/evaluations`,
      chair,
      initialPlan,
    );
    assert.equal(planned.statusCode, 201, planned.body);
    let evaluation = planned.json<EvaluationDetail>();
    assert.equal(evaluation.kind, 'initial');
    assert.equal(evaluation.components.length, 3);

    for (const component of evaluation.components) {
      const done = await send(
        'PATCH',
        `/api/students/${studentId}/evaluations/${evaluation.id}/components/${component.id}`,
        chair,
        {
          version: component.version,
          status: 'completed',
          reportOn: '2026-10-01',
          summary: 'Findings recorded.',
        },
      );
      assert.equal(done.statusCode, 200, done.body);
      evaluation = done.json<EvaluationDetail>();
    }
    // A stale component version is a conflict with the current evaluation.
    const stale = await send(
      'PATCH',
      `/api/students/${studentId}/evaluations/${evaluation.id}/components/${evaluation.components[0]!.id}`,
      chair,
      { version: 1, summary: 'Other text' },
    );
    assert.equal(stale.statusCode, 409);
    assert.ok(stale.json<{ error: { current: EvaluationDetail } }>().error.current.components);

    const completed = await send(
      'POST',
      `/api/students/${studentId}/evaluations/${evaluation.id}/complete`,
      chair,
      { version: evaluation.version, completedOn: '2026-10-02' },
    );
    assert.equal(completed.statusCode, 200, completed.body);
    evaluation = completed.json<EvaluationDetail>();
    assert.equal(evaluation.completedOn, '2026-10-02');

    const preschoolLabel = await send(
      'POST',
      `/api/students/${studentId}/evaluations/${evaluation.id}/eligibility`,
      chair,
      {
        version: evaluation.version,
        eligible: true,
        classification: 'preschool-student-with-a-disability',
        decidedOn: '2026-10-10',
      },
    );
    assert.equal(preschoolLabel.statusCode, 422, 'a school-age student is classified by type');

    const eligible = await send(
      'POST',
      `/api/students/${studentId}/evaluations/${evaluation.id}/eligibility`,
      chair,
      {
        version: evaluation.version,
        eligible: true,
        classification: 'learning-disability',
        decidedOn: '2026-10-10',
      },
    );
    assert.equal(eligible.statusCode, 200, eligible.body);
    assert.equal(eligible.json<EvaluationDetail>().classification, 'learning-disability');
    const profile = await database.db
      .selectFrom('students')
      .where('id', '=', studentId)
      .select('classification')
      .executeTakeFirstOrThrow();
    assert.equal(profile.classification, 'learning-disability', 'the profile carries it');

    assert.deepEqual(await eventsOf(studentId), [
      { type: 'evaluation-completed', on: '2026-10-02' },
    ]);
    const log = await logOf(studentId);
    assert.ok(log.some((r) => r.action === 'create' && r.purpose === 'plan-evaluation'));
    assert.ok(log.some((r) => r.action === 'update' && r.purpose === 'record-evaluation-report'));
    assert.ok(log.some((r) => r.action === 'update' && r.purpose === 'determine-eligibility'));

    const list = await send('GET', `/api/students/${studentId}/evaluations`, chair);
    assert.equal(list.json<EvaluationList>().items.length, 1);
    const reads = await logOf(studentId);
    assert.ok(reads.some((r) => r.action === 'read' && r.purpose === 'view-evaluations'));
  });

  test('an evaluation with open components cannot be completed', async () => {
    const studentId = await newStudent();
    await insertConsent(database, studentId, 'initial-evaluation');
    const evaluation = (
      await send('POST', `/api/students/${studentId}/evaluations`, chair, initialPlan)
    ).json<EvaluationDetail>();
    const response = await send(
      'POST',
      `/api/students/${studentId}/evaluations/${evaluation.id}/complete`,
      chair,
      { version: evaluation.version, completedOn: '2026-10-02' },
    );
    assert.equal(response.statusCode, 422);
    assert.match(response.body, /psychological-evaluation/);
  });

  test("a preschool child's first appointment is the first-evaluation-appointment event, moved when it changes", async () => {
    const studentId = await newStudent('preschool');
    await insertConsent(database, studentId, 'initial-evaluation');
    let evaluation = (
      await send('POST', `/api/students/${studentId}/evaluations`, admin, {
        kind: 'initial',
        components: [{ component: 'speech-language' }, { component: 'physical-therapy' }],
      })
    ).json<EvaluationDetail>();
    const [speech, pt] = evaluation.components;
    const url = (c: { id: string }) =>
      `/api/students/${studentId}/evaluations/${evaluation.id}/components/${c.id}`;
    evaluation = (
      await send('PATCH', url(speech!), admin, {
        version: speech!.version,
        status: 'scheduled',
        appointmentOn: '2026-10-14',
      })
    ).json<EvaluationDetail>();
    const response = await send('PATCH', url(pt!), admin, {
      version: pt!.version,
      appointmentOn: '2026-10-09',
    });
    assert.equal(response.statusCode, 200, response.body);
    assert.deepEqual(await eventsOf(studentId), [
      { type: 'first-evaluation-appointment', on: '2026-10-09' },
    ]);
    const level = evaluation.level;
    assert.equal(level, 'preschool');
  });
});

describe('a reevaluation', () => {
  test('proceeds when the parent did not respond to reasonable efforts, and records the request date', async () => {
    const studentId = await newStudent();
    await insertConsent(database, studentId, 'reevaluation', 'no-response');
    const response = await send('POST', `/api/students/${studentId}/evaluations`, chair, {
      kind: 'reevaluation',
      requestedOn: '2026-09-15',
      components: [{ component: 'educational' }],
    });
    assert.equal(response.statusCode, 201, response.body);
    assert.deepEqual(await eventsOf(studentId), [
      { type: 'reevaluation-requested', on: '2026-09-15' },
    ]);
  });

  test('is refused when the parent refused consent', async () => {
    const studentId = await newStudent();
    await insertConsent(database, studentId, 'reevaluation', 'refused');
    const response = await send('POST', `/api/students/${studentId}/evaluations`, chair, {
      kind: 'reevaluation',
      requestedOn: '2026-09-15',
      components: [{ component: 'educational' }],
    });
    assert.equal(response.statusCode, 422);
  });

  test('needs the day the request was received', async () => {
    const studentId = await newStudent();
    const response = await send('POST', `/api/students/${studentId}/evaluations`, chair, {
      kind: 'reevaluation',
      components: [{ component: 'review-of-existing-data' }],
    });
    assert.equal(response.statusCode, 400);
  });
});

describe('independent educational evaluations', () => {
  test('one request at public expense per evaluation; the answer and the days open are recorded', async () => {
    const studentId = await newStudent();
    const evaluation = (
      await send('POST', `/api/students/${studentId}/evaluations`, chair, {
        kind: 'initial',
        components: [{ component: 'review-of-existing-data' }],
      })
    ).json<EvaluationDetail>();
    const first = await send('POST', `/api/students/${studentId}/iee-requests`, chair, {
      evaluationId: evaluation.id,
      receivedOn: '2026-10-05',
      disagreement: 'The parent disagrees with the findings.',
    });
    assert.equal(first.statusCode, 201, first.body);
    const request = first.json<IeeRequestView>();
    assert.equal(request.response, null);
    assert.ok(request.daysOpen >= 0);

    const second = await send('POST', `/api/students/${studentId}/iee-requests`, chair, {
      evaluationId: evaluation.id,
      receivedOn: '2026-10-06',
    });
    assert.equal(second.statusCode, 422);
    const error = second.json<{ error: { message: string; citation: string } }>().error;
    assert.match(error.message, /only one at public expense/);
    assert.match(error.citation, /^PSN, Independent Educational Evaluations/);

    const early = await send(
      'POST',
      `/api/students/${studentId}/iee-requests/${request.id}/response`,
      chair,
      {
        version: request.version,
        response: 'due-process-complaint-filed',
        respondedOn: '2026-10-01',
      },
    );
    assert.equal(early.statusCode, 422, 'an answer before the request is refused');

    const answered = await send(
      'POST',
      `/api/students/${studentId}/iee-requests/${request.id}/response`,
      chair,
      {
        version: request.version,
        response: 'due-process-complaint-filed',
        respondedOn: '2026-10-12',
      },
    );
    assert.equal(answered.statusCode, 200, answered.body);
    const view = answered.json<IeeRequestView>();
    assert.equal(view.response, 'due-process-complaint-filed');
    assert.equal(view.daysOpen, 7);

    const again = await send(
      'POST',
      `/api/students/${studentId}/iee-requests/${request.id}/response`,
      chair,
      { version: request.version, response: 'iee-at-public-expense', respondedOn: '2026-10-13' },
    );
    assert.equal(again.statusCode, 409, 'a stale answer is a conflict');

    const list = (
      await send('GET', `/api/students/${studentId}/evaluations`, chair)
    ).json<EvaluationList>();
    assert.equal(list.ieeRequests.length, 1);
    const log = await logOf(studentId);
    assert.ok(log.some((r) => r.purpose === 'record-iee-request' && r.action === 'create'));
    assert.ok(log.some((r) => r.purpose === 'respond-to-iee-request' && r.action === 'update'));
  });

  test('a request about another student evaluation is invalid', async () => {
    const studentId = await newStudent();
    const response = await send('POST', `/api/students/${studentId}/iee-requests`, chair, {
      evaluationId: '00000000-0000-4000-8000-000000000abc',
      receivedOn: '2026-10-05',
    });
    assert.equal(response.statusCode, 400);
  });
});
