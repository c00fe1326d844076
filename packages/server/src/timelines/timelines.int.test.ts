import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { FastifyInstance } from 'fastify';
import { draftCalendar } from '@continuum/rules/calendar-draft/index.ts';
import { calendarAround } from '../calendar/calendar-around.ts';
import {
  compileCalendar,
  isoDate,
  parseCalendar,
  parseIsoDate,
  type Day,
} from '@continuum/rules/calendar/index.ts';
import { computeTimeline, entryToJson, parseCase } from '@continuum/rules/timelines/index.ts';
import { buildApp } from '../http/app.ts';
import type { Database } from '../db/database.ts';
import { todayInNewYork } from '../clock.ts';
import { openTestDatabase } from '../testing/test-database.ts';
import { testConfig } from '../testing/test-config.ts';
import type { Fixture } from '../testing/fixtures.ts';
import { createFixture } from '../testing/fixtures.ts';
import type { TestSession } from '../testing/sign-in.ts';
import { signInAsRole } from '../testing/sign-in.ts';
import type { CaseTimeline, DeadlineDashboard } from './schemas.ts';
import { getNextDeadlines } from './get-next-deadlines.ts';

/**
 * Deadlines are derived as of today in New York, so the cases here are dated relative to today
 * and the expected deadlines come from the rules engine itself (its own tests pin the dates);
 * what is tested is that the server builds the right case and says what it cannot count.
 */
const today = todayInNewYork();
const todayDay = parseIsoDate(today) as Day;
const daysAgo = (n: number) => isoDate((todayDay - n) as Day);

const calendarAroundToday = () => calendarAround(today);

let database: Database;
let app: FastifyInstance;
let fixture: Fixture;
let admin: TestSession;
let chair: TestSession;
let teacher: TestSession;

before(async () => {
  database = await openTestDatabase();
  fixture = await createFixture(database);
  app = await buildApp({ database, config: testConfig() });
  admin = await signInAsRole(app, fixture, 'district-admin');
  chair = await signInAsRole(app, fixture, 'chairperson');
  teacher = await signInAsRole(app, fixture, 'teacher');
});
after(async () => {
  await app?.close();
  await database?.close();
});

const get = (url: string, s: TestSession) => app.inject({ method: 'GET', url, headers: s.headers });
const send = (method: 'POST' | 'PUT', url: string, s: TestSession, payload: object) =>
  app.inject({ method, url, headers: s.headers, payload });
const timelineOf = async (studentId: string, s: TestSession = chair) => {
  const response = await get(`/api/students/${studentId}/timeline`, s);
  assert.equal(response.statusCode, 200, response.body);
  return response.json<CaseTimeline>();
};
const dashboard = async (query: string, s: TestSession = admin) => {
  const response = await get(`/api/deadlines${query}`, s);
  assert.equal(response.statusCode, 200, response.body);
  return response.json<DeadlineDashboard>();
};
/** An event as another module records it (recordCaseEvent), straight into the table. */
const insertEvent = async (
  studentId: string,
  type: string,
  on: string,
  source: string,
  details: object = {},
) => {
  const row = await database.db
    .insertInto('case_events')
    .values({
      district_id: fixture.districtId,
      student_id: studentId,
      type,
      occurred_on: on,
      details: JSON.stringify(details),
      source,
      source_id: null,
      recorded_by: fixture.accounts.chairperson.accountId,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
};
const logRows = (purpose: string) =>
  database.db
    .selectFrom('access_log')
    .where('purpose', '=', purpose)
    .select(['student_id', 'record_type', 'action', 'outcome', 'actor_account_id'])
    .execute();

describe('without a school calendar', () => {
  test('a case timeline says plainly that no deadline can be counted, and lists the events', async () => {
    await insertEvent(fixture.students.own, 'records-request', daysAgo(60), 'manual');
    const timeline = await timelineOf(fixture.students.own);
    assert.equal(timeline.problem?.code, 'no-calendar');
    assert.match(timeline.problem.message, /no school calendar/);
    assert.deepEqual(timeline.deadlines, []);
    assert.deepEqual(
      timeline.events.map((e) => [e.type, e.on]),
      [['records-request', daysAgo(60)]],
    );
  });

  test('the dashboard shows the student with the reason, and a notice for the district', async () => {
    const result = await dashboard('');
    assert.match(result.notice ?? '', /no school calendar/);
    assert.deepEqual(
      result.problems.map((p) => [p.studentId, p.problem.code]),
      [[fixture.students.own, 'no-calendar']],
    );
    assert.equal(result.dueSoonThrough, null);
  });
});

describe('the school calendar', () => {
  test('staff read it; a parent may not', async () => {
    const response = await get('/api/calendar', teacher);
    assert.equal(response.statusCode, 200);
    assert.deepEqual(response.json(), {
      calendar: null,
      version: 0,
      updatedAt: null,
      updatedBy: null,
    });
  });

  test('an invalid calendar is refused with a message for each field at fault', async () => {
    const response = await send('PUT', '/api/calendar', admin, {
      version: 0,
      calendar: {
        name: 'Bad',
        schoolYears: [
          { id: '2026-27', firstDay: '2026-09-10', lastDay: '2026-09-01' },
          { id: '2027-28', firstDay: 'soon', lastDay: '2028-06-25' },
        ],
      },
    });
    assert.equal(response.statusCode, 400);
    const { error } = response.json<{ error: { fields: { path: string; message: string }[] } }>();
    assert.deepEqual(
      error.fields.map((f) => f.path),
      ['calendar.schoolYears.0.lastDay', 'calendar.schoolYears.1.firstDay'],
    );
    assert.match(error.fields[0]!.message, /on or after firstDay/);
  });

  test('only district administrators replace it', async () => {
    const response = await send('PUT', '/api/calendar', chair, {
      version: 0,
      calendar: calendarAroundToday(),
    });
    assert.equal(response.statusCode, 403);
  });

  test('a stale version is refused with the current calendar', async () => {
    const first = await send('PUT', '/api/calendar', admin, {
      version: 0,
      calendar: calendarAroundToday(),
    });
    assert.equal(first.statusCode, 200, first.body);
    assert.equal(first.json<{ version: number }>().version, 1);
    const stale = await send('PUT', '/api/calendar', admin, {
      version: 0,
      calendar: { ...calendarAroundToday(), name: 'Another' },
    });
    assert.equal(stale.statusCode, 409);
    const body = stale.json<{
      error: { current: { version: number; calendar: { name: string } } };
    }>();
    assert.match(stale.body, /Someone else changed the school calendar/);
    assert.equal(body.error.current.version, 1);
    assert.equal(body.error.current.calendar.name, 'Fixture calendar');
    const next = await send('PUT', '/api/calendar', admin, {
      version: 1,
      calendar: calendarAroundToday(),
    });
    assert.equal(next.statusCode, 200);
    assert.equal(next.json<{ version: number }>().version, 2);
  });
});

describe('a case timeline', () => {
  test("the case's events give the rules engine's deadlines, on the district calendar", async () => {
    const consent = daysAgo(20);
    await insertEvent(
      fixture.students.sameSchool,
      'consent-initial-evaluation',
      consent,
      'consent',
    );
    const timeline = await timelineOf(fixture.students.sameSchool);
    assert.equal(timeline.problem, null);
    assert.equal(timeline.calendarName, 'Fixture calendar');
    const expected = computeTimeline(
      parseCase({
        asOf: today,
        student: { dateOfBirth: '2016-03-04', level: 'school-age' },
        events: [{ type: 'consent-initial-evaluation', date: consent }],
      }),
      compileCalendar(parseCalendar(calendarAroundToday())),
      { profile: 'nyc' },
    ).map(entryToJson);
    assert.deepEqual(timeline.deadlines, expected);
    const services = timeline.deadlines.find((d) => d.rule === 'initial-evaluation-to-services');
    assert.equal(services?.status, 'open');
    assert.match(services?.citation ?? '', /PSN/);
  });

  test('a records request 60 days ago is overdue 45 calendar days after it', async () => {
    const timeline = await timelineOf(fixture.students.own);
    const records = timeline.deadlines.find((d) => d.rule === 'records-inspection');
    assert.equal(records?.due, isoDate((todayDay - 60 + 45) as Day));
    assert.equal(records?.status, 'overdue');
    assert.ok(records?.basis);
  });

  test('events show who recorded them; a teacher with a relationship reads it too', async () => {
    const timeline = await timelineOf(fixture.students.own, teacher);
    assert.equal(timeline.events[0]?.recordedBy, 'Fixture chairperson');
    assert.equal(timeline.manageCase, false);
    assert.equal(
      (await get(`/api/students/${fixture.students.otherSchool}/timeline`, teacher)).statusCode,
      404,
    );
  });

  test('the read is in the record of access', async () => {
    const rows = await logRows('view-case-timeline');
    assert.ok(
      rows.some(
        (r) =>
          r.student_id === fixture.students.own &&
          r.record_type === 'case-timeline' &&
          r.action === 'read' &&
          r.outcome === 'allowed' &&
          r.actor_account_id === fixture.accounts.teacher.accountId,
      ),
    );
    assert.ok(
      rows.some(
        (r) =>
          r.student_id === fixture.students.otherSchool &&
          r.outcome === 'denied' &&
          r.actor_account_id === fixture.accounts.teacher.accountId,
      ),
    );
  });

  test('an event whose fields the rules cannot read is a clear problem, not an error', async () => {
    const id = await insertEvent(
      fixture.students.otherSchool,
      'esy-review-period',
      daysAgo(3),
      'manual',
    );
    const timeline = await timelineOf(fixture.students.otherSchool, admin);
    assert.equal(timeline.problem?.code, 'invalid-event');
    assert.match(timeline.problem.message, /esy-review-period/);
    const voided = await send(
      'POST',
      `/api/students/${fixture.students.otherSchool}/case-events/${id}/void`,
      admin,
      { reason: 'recorded without its weeks' },
    );
    assert.equal(voided.statusCode, 200, voided.body);
    assert.equal((await timelineOf(fixture.students.otherSchool, admin)).problem, null);
  });
});

describe('manual events', () => {
  const url = () => `/api/students/${fixture.students.own}/case-events`;

  test('the chairperson records an event no module records, checked by the rules', async () => {
    const response = await send('POST', url(), chair, {
      type: 'esy-review-period',
      on: daysAgo(5),
      details: { weeks: 9 },
    });
    assert.equal(response.statusCode, 201, response.body);
    const timeline = await timelineOf(fixture.students.own);
    assert.ok(timeline.deadlines.some((d) => d.rule === 'esy-regression'));
    const rows = await logRows('record-case-event');
    assert.ok(rows.some((r) => r.action === 'create' && r.student_id === fixture.students.own));
  });

  test('an event a module records is refused, naming the module', async () => {
    const response = await send('POST', url(), chair, {
      type: 'consent-initial-evaluation',
      on: daysAgo(5),
    });
    assert.equal(response.statusCode, 400);
    assert.match(response.body, /recorded by the consent module/);
  });

  test("an event's extra fields are checked (a missing one is named)", async () => {
    const response = await send('POST', url(), chair, {
      type: 'esy-review-period',
      on: daysAgo(5),
    });
    assert.equal(response.statusCode, 400);
    const { error } = response.json<{ error: { fields: { path: string }[] } }>();
    assert.deepEqual(
      error.fields.map((f) => f.path),
      ['details.weeks'],
    );
  });

  test('an event in the future is refused', async () => {
    const response = await send('POST', url(), chair, {
      type: 'records-request',
      on: isoDate((todayDay + 3) as Day),
    });
    assert.equal(response.statusCode, 400);
    assert.match(response.body, /must not be after today/);
  });

  test('a teacher may read the case but not record events', async () => {
    const response = await send('POST', url(), teacher, { type: 'records-request', on: today });
    assert.equal(response.statusCode, 403);
  });

  test('voiding needs a reason; a voided event drops out of the deadlines but stays, marked', async () => {
    const recorded = await send('POST', url(), chair, {
      type: 'age-eligibility-start',
      on: daysAgo(1),
    });
    const eventId = recorded.json<{ id: string }>().id;
    const voidUrl = `${url()}/${eventId}/void`;
    assert.equal((await send('POST', voidUrl, chair, {})).statusCode, 400);
    assert.equal((await send('POST', voidUrl, chair, { reason: ' ' })).statusCode, 400);

    const before = await timelineOf(fixture.students.own);
    const request = before.events.find((e) => e.type === 'records-request')!;
    assert.ok(before.deadlines.some((d) => d.rule === 'records-inspection'));
    const response = await send('POST', `${url()}/${request.id}/void`, chair, {
      reason: 'entered on the wrong student',
    });
    assert.equal(response.statusCode, 200, response.body);
    const after = await timelineOf(fixture.students.own);
    assert.ok(!after.deadlines.some((d) => d.rule === 'records-inspection'));
    const voided = after.events.find((e) => e.id === request.id);
    assert.equal(voided?.voided?.reason, 'entered on the wrong student');
    assert.equal(voided?.voided?.by, 'Fixture chairperson');

    const again = await send('POST', `${url()}/${request.id}/void`, chair, { reason: 'twice' });
    assert.equal(again.statusCode, 409);
  });

  test('an event a module recorded is voided through that module, not here', async () => {
    const consent = (await timelineOf(fixture.students.sameSchool)).events[0]!;
    const response = await send(
      'POST',
      `/api/students/${fixture.students.sameSchool}/case-events/${consent.id}/void`,
      chair,
      { reason: 'wrong' },
    );
    assert.equal(response.statusCode, 400);
    assert.match(response.body, /recorded by the consent module/);
  });

  test("another student's event is not found through this student", async () => {
    const consent = (await timelineOf(fixture.students.sameSchool)).events[0]!;
    const response = await send(
      'POST',
      `/api/students/${fixture.students.own}/case-events/${consent.id}/void`,
      chair,
      { reason: 'wrong' },
    );
    assert.equal(response.statusCode, 404);
  });
});

describe('the deadlines dashboard', () => {
  before(async () => {
    // own: a records request answered in time (met); otherSchool (now preschool): overdue.
    await insertEvent(fixture.students.own, 'records-request', daysAgo(30), 'manual');
    await insertEvent(fixture.students.own, 'records-inspection-provided', daysAgo(10), 'manual');
    await database.db
      .updateTable('students')
      .set({ level: 'preschool', grade: null, date_of_birth: isoDate((todayDay - 3 * 365) as Day) })
      .where('id', '=', fixture.students.otherSchool)
      .execute();
    await insertEvent(fixture.students.otherSchool, 'records-request', daysAgo(50), 'manual');
  });

  test('lists overdue deadlines and those due in the next 10 school days, in due order', async () => {
    const result = await dashboard('');
    assert.equal(result.notice, null);
    assert.equal(result.schoolDays, 10);
    assert.ok(result.dueSoonThrough && result.dueSoonThrough > today);
    assert.ok(result.items.length > 0);
    for (const item of result.items) {
      assert.ok(item.status === 'overdue' || item.dueSoon, `${item.rule} ${item.status}`);
      if (item.dueSoon) assert.ok(item.due! <= result.dueSoonThrough);
      assert.ok(item.citation && item.basis);
    }
    const dues = result.items.map((i) => i.due ?? '');
    assert.deepEqual(dues, [...dues].sort());
    const overdue = result.items.find(
      (i) => i.studentId === fixture.students.otherSchool && i.rule === 'records-inspection',
    );
    assert.equal(overdue?.due, isoDate((todayDay - 50 + 45) as Day));
    assert.equal(overdue?.committee, 'cpse');
    assert.equal(overdue?.siteName, 'School B');
  });

  test('the met filter shows deadlines met', async () => {
    const result = await dashboard('?status=met');
    const met = result.items.find(
      (i) => i.studentId === fixture.students.own && i.rule === 'records-inspection',
    );
    assert.equal(met?.status, 'met');
    assert.equal(met?.satisfiedBy?.date, daysAgo(10));
    assert.ok(result.items.every((i) => i.status === 'met'));
  });

  test('the overdue and late filters keep only those', async () => {
    const overdue = await dashboard('?status=overdue');
    assert.ok(overdue.items.length > 0);
    assert.ok(overdue.items.every((i) => i.status === 'overdue'));
    const late = await dashboard('?status=late');
    assert.ok(late.items.every((i) => i.status === 'late'));
  });

  test('filters by school and by committee', async () => {
    const siteB = await dashboard(`?status=all&siteId=${fixture.siteB}`);
    assert.deepEqual(
      [...new Set(siteB.items.map((i) => i.studentId))],
      [fixture.students.otherSchool],
    );
    const cpse = await dashboard('?status=all&committee=cpse');
    assert.deepEqual(
      [...new Set(cpse.items.map((i) => i.studentId))],
      [fixture.students.otherSchool],
    );
    const cse = await dashboard('?status=all&committee=cse');
    assert.ok(cse.items.length > 0);
    assert.ok(cse.items.every((i) => i.committee === 'cse'));
  });

  test('lists only the students the actor may see', async () => {
    const students = (r: DeadlineDashboard) =>
      [...new Set([...r.items, ...r.problems].map((i) => i.studentId))].sort();
    assert.deepEqual(
      students(await dashboard('?status=all', chair)),
      [fixture.students.own, fixture.students.sameSchool].sort(),
    );
    assert.deepEqual(students(await dashboard('?status=all', teacher)), [fixture.students.own]);
    assert.deepEqual(
      students(await dashboard('?status=all')),
      [fixture.students.own, fixture.students.sameSchool, fixture.students.otherSchool].sort(),
    );
  });

  test('writes one access-log row per student shown', async () => {
    const before = (await logRows('view-deadline-dashboard')).length;
    const result = await dashboard('?status=all', chair);
    const rows = (await logRows('view-deadline-dashboard')).slice(before);
    const shown = new Set(result.items.map((i) => i.studentId));
    assert.deepEqual(rows.map((r) => r.student_id).sort(), [...shown].sort());
    assert.ok(rows.every((r) => r.record_type === 'case-timeline' && r.action === 'read'));
  });

  test('a bad filter is refused with the field named', async () => {
    const response = await get('/api/deadlines?status=soonish', admin);
    assert.equal(response.statusCode, 400);
    assert.match(response.body, /status/);
  });

  test('a calendar that does not cover a needed day is said per student, never guessed', async () => {
    const current = (await get('/api/calendar', admin)).json<{ version: number }>();
    const year = Number(today.slice(0, 4)) + 5;
    const response = await send('PUT', '/api/calendar', admin, {
      version: current.version,
      calendar: draftCalendar({ firstDay: `${year}-09-08`, lastDay: `${year + 1}-06-25` }),
    });
    assert.equal(response.statusCode, 200, response.body);
    const timeline = await timelineOf(fixture.students.sameSchool);
    assert.equal(timeline.problem?.code, 'calendar-coverage');
    assert.match(timeline.problem.message, /does not cover/);
    const result = await dashboard('');
    assert.match(result.notice ?? '', /does not reach 10 school days/);
    assert.ok(result.problems.some((p) => p.studentId === fixture.students.sameSchool));
  });
});

describe("the student page's next deadlines", () => {
  test('are the open and overdue ones, in due order', async () => {
    const call = {
      ctx: { database, config: testConfig() },
      requestId: 'next-deadlines-test',
      actor: {
        accountId: fixture.accounts['district-admin'].accountId,
        districtId: fixture.districtId,
        kind: 'staff' as const,
        staffId: fixture.accounts['district-admin'].staffId,
        roles: ['district-admin' as const],
        displayName: 'Fixture district-admin',
        email: fixture.accounts['district-admin'].email,
        secondFactor: true,
      },
    };
    const current = (await get('/api/calendar', admin)).json<{ version: number }>();
    await send('PUT', '/api/calendar', admin, {
      version: current.version,
      calendar: calendarAroundToday(),
    });
    const next = await getNextDeadlines(call, { studentId: fixture.students.otherSchool });
    assert.equal(next.problem, null);
    assert.ok(next.deadlines.length > 0);
    assert.ok(next.deadlines.every((d) => d.status === 'open' || d.status === 'overdue'));
    const dues = next.deadlines.map((d) => d.due ?? '');
    assert.deepEqual(dues, [...dues].sort());
  });
});
