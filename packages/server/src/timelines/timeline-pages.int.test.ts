import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { FastifyInstance } from 'fastify';
import { isoDate, parseIsoDate, type Day } from '@continuum/rules/calendar/index.ts';
import { buildApp } from '../http/app.ts';
import type { Database } from '../db/database.ts';
import { todayInNewYork } from '../clock.ts';
import { openTestDatabase } from '../testing/test-database.ts';
import { testConfig } from '../testing/test-config.ts';
import type { Fixture } from '../testing/fixtures.ts';
import { createFixture } from '../testing/fixtures.ts';
import type { TestSession } from '../testing/sign-in.ts';
import { signInAsRole } from '../testing/sign-in.ts';
import { calendarAround } from '../calendar/calendar-around.ts';

/** The pages of case timelines, the deadlines dashboard and the school calendar, as a browser uses them. */

const today = todayInNewYork();
const daysAgo = (n: number) => isoDate(((parseIsoDate(today) as Day) - n) as Day);

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

const page = (url: string, s: TestSession) =>
  app.inject({ method: 'GET', url, headers: { cookie: s.cookie } });
const post = (url: string, s: TestSession, fields: Record<string, string>) =>
  app.inject({
    method: 'POST',
    url,
    headers: { cookie: s.cookie, 'content-type': 'application/x-www-form-urlencoded' },
    payload: new URLSearchParams({ ...fields, _csrf: s.csrfToken }).toString(),
  });

describe('the school calendar page', () => {
  test('without a calendar, staff are told no deadline can be counted', async () => {
    const response = await page('/calendar', teacher);
    assert.equal(response.statusCode, 200);
    assert.match(response.body, /No school calendar yet/);
    assert.doesNotMatch(response.body, /calendar-file/, 'no form for a teacher');
  });

  test('a file that is not JSON, or invalid, is shown again with each field at fault', async () => {
    const notJson = await post('/calendar', admin, { version: '0', calendar: '{ not json' });
    assert.equal(notJson.statusCode, 400);
    assert.match(notJson.body, /not valid JSON/);
    const invalid = await post('/calendar', admin, {
      version: '0',
      calendar: JSON.stringify({
        name: 'Bad',
        schoolYears: [{ id: '2026-27', firstDay: '2026-09-10', lastDay: '2026-09-01' }],
      }),
    });
    assert.equal(invalid.statusCode, 400);
    assert.match(
      invalid.body,
      /schoolYears\.0\.lastDay: must be a date YYYY-MM-DD on or after firstDay/,
    );
    assert.match(invalid.body, /There is a problem/);
  });

  test('a draft is shown for review, with New York holidays, and nothing is saved', async () => {
    const response = await post('/calendar/draft', admin, {
      firstDay: '2026-09-10',
      lastDay: '2027-06-25',
      recess1From: '2026-12-24',
      recess1To: '2027-01-01',
    });
    assert.equal(response.statusCode, 200);
    assert.match(response.body, /2026-11-26/, 'Thanksgiving is non-instructional');
    assert.match(response.body, /Review it/);
    const bad = await post('/calendar/draft', admin, {
      firstDay: '2026-09-10',
      lastDay: '2027-06-25',
      recess1From: '2026-12-24',
    });
    assert.equal(bad.statusCode, 400);
    assert.match(bad.body, /href="#draft-recess1To"/);
    assert.match((await page('/calendar', admin)).body, /No school calendar yet/);
  });

  test('saving replaces it; a stale form is a conflict that shows the current calendar', async () => {
    const calendar = JSON.stringify(calendarAround(today));
    const saved = await post('/calendar', admin, { version: '0', calendar });
    assert.equal(saved.statusCode, 303);
    assert.equal(saved.headers.location, '/calendar?done=replaced');
    const shown = await page('/calendar?done=replaced', admin);
    assert.match(shown.body, /The school calendar was replaced/);
    assert.match(shown.body, /Fixture calendar/);
    const stale = await post('/calendar', admin, { version: '0', calendar });
    assert.equal(stale.statusCode, 409);
    assert.match(stale.body, /Someone else changed the calendar/);
    assert.match(stale.body, /name="version" value="1"/);
  });

  test('others may not replace it; a parent may not read it', async () => {
    assert.equal(
      (await post('/calendar', chair, { version: '1', calendar: '{}' })).statusCode,
      403,
    );
    const parent = await signInAsRole(app, fixture, 'parent');
    assert.equal((await page('/calendar', parent)).statusCode, 403);
  });
});

describe('the case timeline page', () => {
  const url = () => `/students/${fixture.students.own}`;

  test('the chairperson records a manual event and sees its deadline, with basis and citation', async () => {
    const response = await post(`${url()}/case-events`, chair, {
      type: 'records-request',
      on: daysAgo(60),
    });
    assert.equal(response.statusCode, 303, response.body);
    assert.equal(response.headers.location, `${url()}/timeline?done=recorded`);
    const shown = await page(`${url()}/timeline?done=recorded`, chair);
    assert.equal(shown.statusCode, 200);
    assert.match(shown.body, /The event was recorded/);
    assert.match(shown.body, /records-inspection/);
    assert.match(shown.body, /Overdue/);
    assert.match(shown.body, /Access Rights/);
  });

  test('a refused event is shown again with the field named', async () => {
    const owned = await post(`${url()}/case-events`, chair, {
      type: 'consent-initial-evaluation',
      on: daysAgo(3),
    });
    assert.equal(owned.statusCode, 400);
    assert.match(owned.body, /href="#event-type"/);
    const missing = await post(`${url()}/case-events`, chair, {
      type: 'esy-review-period',
      on: daysAgo(3),
    });
    assert.equal(missing.statusCode, 400);
    assert.match(missing.body, /href="#event-weeks"/);
    const recorded = await post(`${url()}/case-events`, chair, {
      type: 'esy-review-period',
      on: daysAgo(3),
      weeks: '9',
    });
    assert.equal(recorded.statusCode, 303);
  });

  test('voiding needs a reason; a voided event is shown struck through with the reason', async () => {
    const event = await database.db
      .selectFrom('case_events')
      .where('student_id', '=', fixture.students.own)
      .where('type', '=', 'records-request')
      .select('id')
      .executeTakeFirstOrThrow();
    const voidUrl = `${url()}/case-events/${event.id}/void`;
    const empty = await post(voidUrl, chair, { reason: '' });
    assert.equal(empty.statusCode, 400);
    assert.match(empty.body, /Say why the event is voided/);
    const voided = await post(voidUrl, chair, { reason: 'wrong student' });
    assert.equal(voided.statusCode, 303);
    const shown = await page(`${url()}/timeline?done=voided`, chair);
    assert.match(shown.body, /<del>Voided<\/del>/);
    assert.match(shown.body, /wrong student/);
    assert.doesNotMatch(shown.body, /<code>records-inspection<\/code>/);
    const again = await post(voidUrl, chair, { reason: 'twice' });
    assert.equal(again.statusCode, 409);
    assert.match(again.body, /already voided/);
  });

  test('a teacher reads the timeline without the forms, and may not post them', async () => {
    const shown = await page(`${url()}/timeline`, teacher);
    assert.equal(shown.statusCode, 200);
    assert.doesNotMatch(shown.body, /event-form/);
    const refused = await post(`${url()}/case-events`, teacher, { type: '', on: '' });
    assert.equal(refused.statusCode, 403);
  });

  test('in Spanish', async () => {
    const shown = await page(`${url()}/timeline?lang=es`, chair);
    assert.match(shown.body, /Cronología del caso/);
    assert.match(shown.body, /lang="es"/);
  });
});

describe('the deadlines page', () => {
  before(async () => {
    await post(`/students/${fixture.students.sameSchool}/case-events`, chair, {
      type: 'records-request',
      on: daysAgo(50),
    });
  });

  test('lists the overdue deadline with its student, basis and citation', async () => {
    const shown = await page('/deadlines', chair);
    assert.equal(shown.statusCode, 200);
    assert.match(shown.body, new RegExp(`/students/${fixture.students.sameSchool}/timeline`));
    assert.match(shown.body, /records-inspection/);
    assert.match(shown.body, /School A/);
    assert.match(shown.body, /<caption>/);
  });

  test('filters by status from the address; a bad filter falls back to the default', async () => {
    const met = await page('/deadlines?status=met', chair);
    assert.match(met.body, /No deadline matches these filters/);
    const bad = await page('/deadlines?status=nonsense&committee=x', chair);
    assert.equal(bad.statusCode, 200);
    assert.match(bad.body, /records-inspection/);
  });

  test('staff see the Deadlines link in the navigation', async () => {
    assert.match((await page('/students', teacher)).body, /href="\/deadlines"/);
  });
});
