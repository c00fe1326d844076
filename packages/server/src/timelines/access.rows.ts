import { isoDate, parseIsoDate, type Day } from '@continuum/rules/calendar/index.ts';
import type { MatrixContext, MatrixRow, StudentTarget } from '../testing/access-matrix.ts';
import { change, view } from '../testing/access-matrix.ts';
import { todayInNewYork } from '../clock.ts';
import { calendarAround } from '../calendar/calendar-around.ts';

/**
 * The `timelines` module's rows of the access matrix (testing/access-matrix.ts): the school
 * calendar, case timelines, manual events and the deadlines dashboard, API and pages.
 *
 * The dashboard lists students with deadlines, so the rows run in order: the calendar rows
 * store a calendar, the case-event rows record a records request 60 days ago for every student
 * a district administrator may change (its 45-day deadline is overdue), and the list rows last
 * check that each role finds exactly the students it may view.
 */

const daysAgo = (n: number) => isoDate(((parseIsoDate(todayInNewYork()) as Day) - n) as Day);

/** The calendar's current version in the fixture's district (0 before the first). */
async function calendarVersion({ database, fixture }: MatrixContext): Promise<number> {
  const row = await database.db
    .selectFrom('school_calendars')
    .where('district_id', '=', fixture.districtId)
    .select('version')
    .executeTakeFirst();
  return row?.version ?? 0;
}

/** A manual event of the target student (in the student's own district), to void. */
async function manualEvent({ database, fixture, studentId, relation }: StudentTarget) {
  const row = await database.db
    .insertInto('case_events')
    .values({
      district_id: relation === 'otherDistrict' ? fixture.otherDistrictId : fixture.districtId,
      student_id: studentId,
      type: 'age-eligibility-start',
      occurred_on: daysAgo(5),
      source: 'manual',
      source_id: null,
      recorded_by: fixture.accounts.chairperson.accountId,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { eventId: row.id };
}

/** The school calendar holds no student data: staff read it, district administrators change it. */
const staffRead = { default: 200, parent: 403 };
const adminWrites = (ok: number) => ({ default: 403, 'district-admin': ok });

export const timelinesRows: MatrixRow[] = [
  {
    kind: 'other',
    method: 'GET',
    url: '/api/calendar',
    anonymous: 401,
    signedIn: staffRead,
  },
  {
    kind: 'other',
    method: 'PUT',
    url: '/api/calendar',
    anonymous: 401,
    signedIn: adminWrites(200),
    body: async (_role, context) => ({
      version: await calendarVersion(context),
      calendar: calendarAround(todayInNewYork()),
    }),
  },
  { kind: 'other', method: 'GET', url: '/calendar', anonymous: 303, signedIn: staffRead },
  {
    kind: 'other',
    method: 'POST',
    url: '/calendar',
    anonymous: 303,
    form: true,
    signedIn: adminWrites(303),
    body: async (_role, context) => ({
      version: String(await calendarVersion(context)),
      calendar: JSON.stringify(calendarAround(todayInNewYork())),
    }),
  },
  {
    kind: 'other',
    method: 'POST',
    url: '/calendar/draft',
    anonymous: 303,
    form: true,
    signedIn: adminWrites(200),
    body: () => ({ firstDay: '2026-09-10', lastDay: '2027-06-25' }),
  },
  {
    kind: 'student',
    method: 'POST',
    url: '/api/students/:id/case-events',
    expect: change(201),
    body: () => ({ type: 'records-request', on: daysAgo(60) }),
  },
  {
    kind: 'student',
    method: 'POST',
    url: '/students/:id/case-events',
    expect: change(303),
    anonymous: 303,
    form: true,
    body: () => ({ type: 'records-request', on: daysAgo(60) }),
  },
  {
    kind: 'student',
    method: 'POST',
    url: '/api/students/:id/case-events/:eventId/void',
    expect: change(200),
    params: manualEvent,
    body: () => ({ reason: 'recorded in error' }),
  },
  {
    kind: 'student',
    method: 'POST',
    url: '/students/:id/case-events/:eventId/void',
    expect: change(303),
    anonymous: 303,
    form: true,
    params: manualEvent,
    body: () => ({ reason: 'recorded in error' }),
  },
  { kind: 'student', method: 'GET', url: '/api/students/:id/timeline', expect: view },
  {
    kind: 'student',
    method: 'GET',
    url: '/students/:id/timeline',
    expect: view,
    anonymous: 303,
  },
  { kind: 'list', method: 'GET', url: '/api/deadlines', anonymous: 401 },
  { kind: 'list', method: 'GET', url: '/deadlines', anonymous: 303 },
];
