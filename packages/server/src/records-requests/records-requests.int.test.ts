import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { FastifyInstance } from 'fastify';
import { isoDate, parseIsoDate, type Day } from '@continuum/rules/calendar/index.ts';
import { RECORDS_CITATIONS } from '@continuum/rules/records/index.ts';
import { buildApp } from '../http/app.ts';
import type { Database } from '../db/database.ts';
import { todayInNewYork } from '../clock.ts';
import { openTestDatabase } from '../testing/test-database.ts';
import { testConfig } from '../testing/test-config.ts';
import type { Fixture } from '../testing/fixtures.ts';
import { createFixture } from '../testing/fixtures.ts';
import type { TestSession } from '../testing/sign-in.ts';
import { signInAsRole } from '../testing/sign-in.ts';
import { storeTestCalendar } from '../services/test-support.ts';
import type { CaseTimeline } from '../timelines/schemas.ts';
import type { OpenRecordsRequests, RecordsRequestView, StudentRecordsRequests } from './schemas.ts';

/**
 * Requests to inspect and review (34 CFR 300.613), through the API: the deadline is the rules
 * engine's `records-inspection` (its own tests pin the 45 days and the meeting); here, that the
 * request records the event it counts from, and the provision meets it.
 */
const today = todayInNewYork();
const todayDay = parseIsoDate(today) as Day;
const inDays = (n: number) => isoDate((todayDay + n) as Day);

let database: Database;
let app: FastifyInstance;
let fixture: Fixture;
let parent: TestSession;
let officer: TestSession;

before(async () => {
  database = await openTestDatabase();
  fixture = await createFixture(database);
  await storeTestCalendar(database.db, fixture.districtId);
  app = await buildApp({ database, config: testConfig() });
  parent = await signInAsRole(app, fixture, 'parent');
  officer = await signInAsRole(app, fixture, 'privacy-officer');
});
after(async () => {
  await app?.close();
  await database?.close();
});

const ask = (studentId: string, s: TestSession, payload: object) =>
  app.inject({
    method: 'POST',
    url: `/api/students/${studentId}/records-requests`,
    headers: s.headers,
    payload,
  });
const inspectionDeadlines = async (studentId: string) => {
  const response = await app.inject({
    method: 'GET',
    url: `/api/students/${studentId}/timeline`,
    headers: officer.headers,
  });
  assert.equal(response.statusCode, 200, response.body);
  return response.json<CaseTimeline>().deadlines.filter((d) => d.rule === 'records-inspection');
};
const asks = { inspect: true, explanations: true, copies: false };

describe('a parent asks for their own child', () => {
  test('the request is recorded today and the records are due 45 calendar days later', async () => {
    const response = await ask(fixture.students.own, parent, asks);
    assert.equal(response.statusCode, 201, response.body);
    const request = response.json<RecordsRequestView>();
    assert.deepEqual(
      [request.requester, request.guardianId, request.receivedOn, request.channel, request.status],
      ['parent', fixture.guardians.own, today, 'online', 'requested'],
    );
    const [deadline] = await inspectionDeadlines(fixture.students.own);
    assert.equal(deadline?.due, inDays(45));
    assert.equal(deadline?.status, 'open');
  });

  test("the district's fields are not the parent's to send", async () => {
    const response = await ask(fixture.students.own, parent, { ...asks, receivedOn: today });
    assert.equal(response.statusCode, 400);
    assert.match(response.body, /receivedOn/);
  });

  test('another child is not found (no relationship), and nothing is recorded', async () => {
    const response = await ask(fixture.students.sameSchool, parent, asks);
    assert.equal(response.statusCode, 404);
    const other = await ask(fixture.students.otherDistrict, parent, asks);
    assert.equal(other.statusCode, 404);
  });
});

describe('the privacy officer records a request received on paper', () => {
  const studentId = () => fixture.students.sameSchool;
  const paper = () => ({
    ...asks,
    copies: true,
    requester: 'parent',
    guardianId: fixture.guardians.sameSchool,
    receivedOn: today,
    channel: 'paper',
  });

  test('a meeting scheduled before the 45 days brings the deadline to the day before it', async () => {
    await database.db
      .insertInto('case_events')
      .values({
        district_id: fixture.districtId,
        student_id: studentId(),
        type: 'meeting-scheduled',
        occurred_on: inDays(10),
        details: JSON.stringify({ meeting: 'iep' }),
        source: 'meeting',
        source_id: null,
        recorded_by: fixture.accounts.chairperson.accountId,
      })
      .execute();
    const response = await ask(studentId(), officer, paper());
    assert.equal(response.statusCode, 201, response.body);
    const [deadline] = await inspectionDeadlines(studentId());
    assert.equal(deadline?.due, inDays(9));
  });

  test('the open list shows it with its due date; marking it provided meets the deadline', async () => {
    const list = await app.inject({
      method: 'GET',
      url: '/api/records-requests',
      headers: officer.headers,
    });
    assert.equal(list.statusCode, 200, list.body);
    const open = list.json<OpenRecordsRequests>().items;
    const item = open.find((i) => i.studentId === studentId());
    assert.equal(item?.due, inDays(9));
    assert.equal(open.find((i) => i.studentId === fixture.students.own)?.due, inDays(45));

    const url = `/api/students/${studentId()}/records-requests/${item?.id}/provided`;
    const body = { providedOn: today, how: 'Inspected at the district office; copies given.' };
    const provided = await app.inject({
      method: 'POST',
      url,
      headers: officer.headers,
      payload: body,
    });
    assert.equal(provided.statusCode, 200, provided.body);
    assert.equal(provided.json<RecordsRequestView>().status, 'provided');
    const [deadline] = await inspectionDeadlines(studentId());
    assert.equal(deadline?.status, 'met');
    const again = await app.inject({
      method: 'POST',
      url,
      headers: officer.headers,
      payload: body,
    });
    assert.equal(again.statusCode, 409);
  });

  test('a withdrawn request owes no deadline', async () => {
    const studentId = fixture.students.otherSchool;
    const response = await ask(studentId, officer, {
      ...paper(),
      guardianId: fixture.guardians.otherSchool,
      channel: 'phone',
    });
    assert.equal(response.statusCode, 201, response.body);
    const id = response.json<RecordsRequestView>().id;
    const withdrawn = await app.inject({
      method: 'POST',
      url: `/api/students/${studentId}/records-requests/${id}/withdrawn`,
      headers: officer.headers,
      payload: { withdrawnOn: today },
    });
    assert.equal(withdrawn.statusCode, 200, withdrawn.body);
    assert.deepEqual(await inspectionDeadlines(studentId), []);
  });

  test('a recorded limit that removes the parent’s authority refuses the request, with the citation', async () => {
    await database.db
      .updateTable('student_guardians')
      .set({ educational_authority: false, authority_limit: 'Divorce decree: no authority' })
      .where('guardian_id', '=', fixture.guardians.sameSchool)
      .execute();
    const response = await ask(studentId(), officer, paper());
    assert.equal(response.statusCode, 422, response.body);
    const body = response.json<{ error: { citation: string; message: string } }>().error;
    assert.equal(body.citation, RECORDS_CITATIONS.access);
    assert.match(body.message, /divorce limit/);
    const list = await app.inject({
      method: 'GET',
      url: `/api/students/${studentId()}/records-requests`,
      headers: officer.headers,
    });
    assert.equal(list.json<StudentRecordsRequests>().requests.length, 1);
  });

  test('the page shows the refusal with its passage, in Spanish too; the open list shows the due date', async () => {
    const form = await app.inject({
      method: 'POST',
      url: `/students/${studentId()}/records-requests`,
      headers: { cookie: officer.cookie, 'content-type': 'application/x-www-form-urlencoded' },
      payload: new URLSearchParams({
        requester: 'parent',
        guardianId: fixture.guardians.sameSchool,
        receivedOn: today,
        channel: 'in-person',
        inspect: 'true',
        _csrf: officer.csrfToken,
      }).toString(),
    });
    assert.equal(form.statusCode, 422);
    assert.ok(form.body.includes('34 CFR 300.613'));
    const page = await app.inject({
      method: 'GET',
      url: '/records-requests',
      headers: { ...officer.headers, 'accept-language': 'es' },
    });
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /Solicitudes de registros abiertas/);
  });
});

test("a provide form with a problem comes back with the child's page (400), not a 404", async () => {
  const asked = await ask(fixture.students.own, parent, asks);
  const { id } = asked.json<RecordsRequestView>();
  const response = await app.inject({
    method: 'POST',
    url: `/students/${fixture.students.own}/records-requests/${id}/provided`,
    headers: { cookie: officer.cookie, 'content-type': 'application/x-www-form-urlencoded' },
    payload: new URLSearchParams({
      providedOn: 'not a day',
      how: '',
      _csrf: officer.csrfToken,
    }).toString(),
  });
  assert.equal(response.statusCode, 400);
  assert.match(response.body, /continuum-error-summary/);
});
