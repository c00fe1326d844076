import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { FastifyInstance } from 'fastify';
import { isoDate, parseIsoDate, weekday, type Day } from '@continuum/rules/calendar/index.ts';
import { buildApp } from '../http/app.ts';
import type { Database } from '../db/database.ts';
import { openTestDatabase } from '../testing/test-database.ts';
import { testConfig } from '../testing/test-config.ts';
import type { Fixture, FixtureRole } from '../testing/fixtures.ts';
import { createFixture } from '../testing/fixtures.ts';
import type { TestSession } from '../testing/sign-in.ts';
import { signInAsRole } from '../testing/sign-in.ts';
import { todayInNewYork } from '../clock.ts';
import type { DeliveryDashboard, SessionView, StudentDelivery } from './schemas.ts';
import { insertServedIep, schoolDaysAgo, storeTestCalendar, testService } from './test-support.ts';

/**
 * Service delivery end to end, dated from today on the calendar around today. The fixture's
 * `own` student has a final IEP with speech (twice a week, individual) and counseling (once a
 * week), in effect for 30 school days. The fixture's provider implements the whole IEP; the
 * teacher only counseling; the SEIT's assignment has ended.
 */

let database: Database;
let app: FastifyInstance;
let fixture: Fixture;
let admin: TestSession;
let provider: TestSession;
let teacher: TestSession;
let seit: TestSession;
let chair: TestSession;
let parent: TestSession;
let speech: string;
let counseling: string;
const takesEffectOn = schoolDaysAgo(30);

before(async () => {
  database = await openTestDatabase();
  fixture = await createFixture(database);
  const { db } = database;
  await storeTestCalendar(db, fixture.districtId);
  const served = await insertServedIep(db, fixture.students.own, takesEffectOn, [
    testService(takesEffectOn),
    testService(takesEffectOn, { service: 'Counseling', frequency: 1 }),
  ]);
  [speech, counseling] = served.serviceIds as [string, string];
  await db
    .updateTable('implementer_assignments')
    .set({ iep_id: served.iepId, whole_iep: false, services: ['related-service:counseling'] })
    .where('staff_id', '=', fixture.accounts.teacher.staffId!)
    .execute();
  await db
    .updateTable('implementer_assignments')
    .set({ ended_at: new Date() })
    .where('staff_id', '=', fixture.accounts.seit.staffId!)
    .execute();
  app = await buildApp({ database, config: testConfig() });
  const as = (role: FixtureRole) => signInAsRole(app, fixture, role);
  [admin, provider, teacher, seit, chair, parent] = await Promise.all([
    as('district-admin'),
    as('provider'),
    as('teacher'),
    as('seit'),
    as('chairperson'),
    as('parent'),
  ]);
});
after(async () => {
  await app?.close();
  await database?.close();
});

const base = () => `/api/students/${fixture.students.own}`;
const session = (serviceId: string, date: string, over: Record<string, unknown> = {}) => ({
  serviceId,
  date,
  status: 'delivered',
  minutes: 30,
  groupSize: 1,
  ...over,
});
const post = (who: TestSession, url: string, payload: object) =>
  app.inject({ method: 'POST', url, headers: who.headers, payload });
const delivery = async (who: TestSession = provider) => {
  const response = await app.inject({
    method: 'GET',
    url: `${base()}/service-delivery`,
    headers: who.headers,
  });
  assert.equal(response.statusCode, 200, response.body);
  return response.json<StudentDelivery>();
};
const sessionCount = async () =>
  Number(
    (
      await database.db
        .selectFrom('service_sessions')
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );
/** The last Saturday before today (after the services took effect 30 school days ago). */
const lastSaturday = () => {
  let d = (parseIsoDate(todayInNewYork()) as Day) - 1;
  while (weekday(d as Day) !== 6) d--;
  return isoDate(d as Day);
};

describe('logging sessions and reading the delivery', () => {
  test('a provider logs sessions and the summary shows them', async () => {
    for (const date of [schoolDaysAgo(1), schoolDaysAgo(2)]) {
      const response = await post(provider, `${base()}/service-sessions`, session(speech, date));
      assert.equal(response.statusCode, 201, response.body);
      const logged = response.json<SessionView>();
      assert.equal(logged.providerName, 'Fixture provider');
      assert.equal(logged.location, 'Speech room', "the IEP's location when none is given");
    }
    const read = await delivery();
    const service = read.services.find((s) => s.id === speech)!;
    assert.equal(service.takesEffectOn, takesEffectOn);
    const delivered = (rows: { delivered: number }[]) => rows.reduce((n, r) => n + r.delivered, 0);
    assert.equal(delivered(service.weeks), 60, 'both sessions fall in the weeks shown');
    assert.equal(delivered(service.months), 60);
    assert.ok(
      service.weeks.some((w) => w.mandated === 60),
      'twice 30 minutes a school week',
    );
    assert.equal(read.sessions.filter((s) => s.serviceId === speech).length, 2);
    assert.ok(service.canLog);
    assert.ok(!service.alerts.some((a) => a.kind === 'services-not-started'));
  });

  test('a second service with no sessions raises a services-not-started alert', async () => {
    const read = await delivery(chair);
    const alert = read.services
      .find((s) => s.id === counseling)!
      .alerts.find((a) => a.kind === 'services-not-started');
    assert.ok(alert, 'counseling has not started');
    assert.equal(alert.facts.startsOn, takesEffectOn);
    assert.equal(alert.escalationProblem, 'services-not-started');
    assert.match(alert.citation, /PREK, Contact Information/);
    assert.equal(read.canLog, false, 'the chairperson reads but does not log');
    // The dashboard shows it, with the escalation form it leads to.
    const page = await app.inject({ method: 'GET', url: '/delivery', headers: chair.headers });
    assert.equal(page.statusCode, 200);
    assert.ok(
      page.body.includes(
        `/students/${fixture.students.own}/escalations/new?problem=services-not-started&amp;serviceId=${counseling}`,
      ),
    );
  });

  test('the parent reads their child’s delivery', async () => {
    const read = await delivery(parent);
    assert.equal(read.services.length, 2);
    assert.equal(read.canLog, false);
  });

  test('an unassigned provider is refused; one assigned to part of the IEP logs only that part', async () => {
    const ended = await post(seit, `${base()}/service-sessions`, session(speech, schoolDaysAgo(1)));
    assert.equal(ended.statusCode, 404, 'an ended assignment grants nothing');
    const notTheirs = await post(
      teacher,
      `${base()}/service-sessions`,
      session(speech, schoolDaysAgo(1)),
    );
    assert.equal(notTheirs.statusCode, 403, notTheirs.body);
    const theirs = await post(
      teacher,
      `${base()}/service-sessions`,
      session(counseling, schoolDaysAgo(3), {
        status: 'missed',
        minutes: 0,
        missedReason: 'student-absent',
      }),
    );
    assert.equal(theirs.statusCode, 201, theirs.body);
    const denied = await database.db
      .selectFrom('access_log')
      .where('student_id', '=', fixture.students.own)
      .where('purpose', '=', 'log-service-session')
      .where('outcome', '=', 'denied')
      .select('actor_account_id')
      .execute();
    assert.ok(denied.some((d) => d.actor_account_id === fixture.accounts.teacher.accountId));
  });

  test('dates ahead, before the service, or not a school day are refused by field', async () => {
    const cases: [string, Record<string, unknown>][] = [
      ['ahead', session(speech, isoDate(((parseIsoDate(todayInNewYork()) as Day) + 1) as Day))],
      ['before the service', session(speech, schoolDaysAgo(31))],
      ['a Saturday', session(speech, lastSaturday())],
    ];
    for (const [name, body] of cases) {
      const response = await post(provider, `${base()}/service-sessions`, body);
      assert.equal(response.statusCode, 422, name);
      const error = response.json<{ error: { fields: { path: string }[] } }>().error;
      assert.deepEqual(
        error.fields.map((f) => f.path),
        ['date'],
        name,
      );
    }
    const makeUp = await post(
      provider,
      `${base()}/service-sessions`,
      session(speech, lastSaturday(), { status: 'make-up' }),
    );
    assert.equal(makeUp.statusCode, 201, 'a make-up may be given on another day');
  });

  test('a week form with one bad row writes nothing, and names the row', async () => {
    const form = await app.inject({
      method: 'GET',
      url: `/students/${fixture.students.own}/services?week=${schoolDaysAgo(1)}`,
      headers: provider.headers,
    });
    assert.equal(form.statusCode, 200);
    assert.ok(form.body.includes('name="cell.0.status"'), 'the week form offers its cells');
    const before = await sessionCount();
    const ahead = isoDate(((parseIsoDate(todayInNewYork()) as Day) + 1) as Day);
    const response = await post(provider, `${base()}/service-sessions/week`, {
      sessions: [session(speech, schoolDaysAgo(3)), session(counseling, ahead)],
    });
    assert.equal(response.statusCode, 422, response.body);
    const error = response.json<{ error: { fields: { path: string }[] } }>().error;
    assert.deepEqual(
      error.fields.map((f) => f.path),
      ['sessions.1.date'],
    );
    assert.equal(await sessionCount(), before, 'nothing was written');
    // The page's week form: a cell that is not a number is shown at the cell, nothing written.
    const page = await app.inject({
      method: 'POST',
      url: `/students/${fixture.students.own}/services/week`,
      headers: { cookie: provider.cookie, 'content-type': 'application/x-www-form-urlencoded' },
      payload: new URLSearchParams({
        _csrf: provider.csrfToken,
        week: schoolDaysAgo(1),
        'cell.0.serviceId': speech,
        'cell.0.date': schoolDaysAgo(1),
        'cell.0.status': 'delivered',
        'cell.0.minutes': '30',
        'cell.0.groupSize': '1',
        'cell.1.serviceId': counseling,
        'cell.1.date': schoolDaysAgo(1),
        'cell.1.status': 'delivered',
        'cell.1.minutes': 'thirty',
        'cell.1.groupSize': '1',
      }).toString(),
    });
    assert.equal(page.statusCode, 400);
    assert.ok(page.body.includes('href="#week-1-minutes"'), 'the summary links to the cell');
    assert.equal(await sessionCount(), before);
  });

  test('a session voided in error no longer counts, and stays on the record', async () => {
    const logged = await post(
      provider,
      `${base()}/service-sessions`,
      session(speech, schoolDaysAgo(4)),
    );
    const { id } = logged.json<SessionView>();
    const voided = await post(provider, `${base()}/service-sessions/${id}/void`, {
      reason: 'logged for the wrong student',
    });
    assert.equal(voided.statusCode, 200, voided.body);
    assert.equal(voided.json<SessionView>().voided?.reason, 'logged for the wrong student');
    const again = await post(provider, `${base()}/service-sessions/${id}/void`, {
      reason: 'again',
    });
    assert.equal(again.statusCode, 409);
  });

  test('a group larger than the IEP allows shows on the dashboard', async () => {
    const big = await post(
      provider,
      `${base()}/service-sessions`,
      session(speech, schoolDaysAgo(1), { groupSize: 3 }),
    );
    assert.equal(big.statusCode, 201, big.body);
    const response = await app.inject({
      method: 'GET',
      url: '/api/delivery',
      headers: chair.headers,
    });
    const dashboard = response.json<DeliveryDashboard>();
    const found = dashboard.items.find((i) => i.code === 'related-service-group-size');
    assert.ok(found, 'the violation is listed');
    assert.equal(found.serviceId, speech);
    assert.equal(found.facts.groupSize, 3);
  });
});

describe('the under-delivery report', () => {
  test('the CSV export has a header row and one line per under-delivered service', async () => {
    const json = await app.inject({
      method: 'GET',
      url: '/api/delivery/report',
      headers: admin.headers,
    });
    const rows = json.json<{ rows: { serviceId: string }[] }>().rows;
    assert.deepEqual(rows.map((r) => r.serviceId).sort(), [speech, counseling].sort());
    const csv = await app.inject({
      method: 'GET',
      url: '/api/delivery/report.csv',
      headers: admin.headers,
    });
    assert.equal(csv.statusCode, 200);
    assert.match(String(csv.headers['content-type']), /^text\/csv/);
    const lines = csv.body.trimEnd().split('\r\n');
    assert.equal(
      lines[0],
      'student_number,student_name,committee,school,program,service,mandate,providers,from,through,school_weeks,mandated_minutes,delivered_minutes,percent_delivered',
    );
    assert.equal(lines.length, 1 + rows.length);
    assert.ok(lines.slice(1).every((l) => l.startsWith('A1,"LastA1, FirstA1",cse,School A,')));
    const downloads = await database.db
      .selectFrom('access_log')
      .where('student_id', '=', fixture.students.own)
      .where('action', '=', 'download')
      .where('purpose', '=', 'export-under-delivery-report')
      .select('seq')
      .execute();
    assert.equal(downloads.length, 1, 'the export is logged as a download');
  });
});
