import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { FastifyInstance } from 'fastify';
import { isoDate, parseIsoDate, type Day } from '@continuum/rules/calendar/index.ts';
import { iep as iepRules } from '@continuum/rules';
import { buildApp } from '../http/app.ts';
import type { Database } from '../db/database.ts';
import { openTestDatabase } from '../testing/test-database.ts';
import { testConfig } from '../testing/test-config.ts';
import type { Fixture } from '../testing/fixtures.ts';
import { createFixture, fixturePassword } from '../testing/fixtures.ts';
import type { TestSession } from '../testing/sign-in.ts';
import { signInAs, signInAsRole } from '../testing/sign-in.ts';
import { todayInNewYork } from '../clock.ts';
import { calendarAround } from '../calendar/calendar-around.ts';
import { insertIep } from '../iep/test-support.ts';
import {
  insertStaff,
  speechService,
  studentWithIep as insertStudentWithIep,
} from './test-support.ts';
import type {
  AssignmentView,
  IepDistribution,
  NotificationList,
  ReadinessList,
  ReviewView,
} from './schemas.ts';

/**
 * IEP distribution through the API (PREK, Accessibility and Storage): assignments grant and end
 * access, reviews and their confirmation, a paraprofessional's request, the readiness list, and
 * printed and downloaded copies in the record of access.
 */

const today = todayInNewYork();
const daysFromToday = (n: number) => isoDate(((parseIsoDate(today) as Day) + n) as Day);
const CLASS_KEY = iepRules.serviceKey({ program: 'special-class-12-1-1', service: '' });
const SPEECH_KEY = iepRules.serviceKey(speechService);

let database: Database;
let app: FastifyInstance;
let fixture: Fixture;
let leader: TestSession;
let teacher: TestSession;
let provider: TestSession;
let para: TestSession;
let admin: TestSession;

before(async () => {
  database = await openTestDatabase();
  fixture = await createFixture(database);
  app = await buildApp({ database, config: testConfig() });
  admin = await signInAsRole(app, fixture, 'district-admin');
  leader = await signInAsRole(app, fixture, 'program-leader');
  teacher = await signInAsRole(app, fixture, 'teacher');
  provider = await signInAsRole(app, fixture, 'provider');
  para = await signInAsRole(app, fixture, 'paraprofessional');
  const calendar = await send('PUT', '/api/calendar', admin, {
    version: 0,
    calendar: calendarAround(today),
  });
  assert.equal(calendar.statusCode, 200, calendar.body);
});
after(async () => {
  await app?.close();
  await database?.close();
});

const get = (url: string, s: TestSession) => app.inject({ method: 'GET', url, headers: s.headers });
const send = (method: 'POST' | 'PUT', url: string, s: TestSession, payload: object) =>
  app.inject({ method, url, headers: s.headers, payload });

const staffId = (role: 'teacher' | 'provider' | 'paraprofessional' | 'program-leader') =>
  fixture.accounts[role].staffId!;

/** A student enrolled at School A (the program leader's) with a final IEP starting in `days`. */
async function studentWithIep(days = 3) {
  const s = await insertStudentWithIep(
    database.db,
    { districtId: fixture.districtId, siteId: fixture.siteA },
    daysFromToday(days),
  );
  return { ...s, api: `/api/students/${s.studentId}/ieps/${s.iepId}` };
}

const assign = async (
  api: string,
  body: { staffId: string; role: string; services?: string[]; startsOn?: string },
  s: TestSession = leader,
) => send('POST', `${api}/implementers`, s, { services: [], ...body });

async function assigned(api: string, body: Parameters<typeof assign>[1]): Promise<AssignmentView> {
  const response = await assign(api, body);
  assert.equal(response.statusCode, 201, response.body);
  return response.json<AssignmentView>();
}

const notificationsOf = async (s: TestSession) => {
  const response = await get('/api/notifications', s);
  assert.equal(response.statusCode, 200, response.body);
  return response.json<NotificationList>();
};

describe('implementer assignments (PREK: access for all staff implementing the IEP)', () => {
  test('an assignment gives a teacher the student and the IEP; ending it removes access at once (the next request is 404)', async () => {
    const s = await studentWithIep();
    const studentUrl = `/api/students/${s.studentId}`;
    const iepUrl = `/api/students/${s.studentId}/ieps/${s.iepId}`;
    assert.equal((await get(studentUrl, teacher)).statusCode, 404, 'unassigned: no such student');
    assert.equal((await get(iepUrl, teacher)).statusCode, 404);

    const assignment = await assigned(s.api, {
      staffId: staffId('teacher'),
      role: 'classroom-teacher',
    });
    assert.deepEqual(assignment.services, [], 'the whole IEP');
    assert.equal(assignment.startsOn, today);
    assert.equal((await get(studentUrl, teacher)).statusCode, 200);
    assert.equal((await get(iepUrl, teacher)).statusCode, 200);
    assert.equal((await get(iepUrl, provider)).statusCode, 404, 'the unassigned provider');

    const ended = await send('POST', `${s.api}/implementers/${assignment.id}/end`, leader, {
      reason: 'Moved to another class.',
    });
    assert.equal(ended.statusCode, 200, ended.body);
    assert.equal((await get(iepUrl, teacher)).statusCode, 404, 'access ends with the assignment');
    assert.equal((await get(studentUrl, teacher)).statusCode, 404);
    const again = await send('POST', `${s.api}/implementers/${assignment.id}/end`, leader, {
      reason: 'Twice.',
    });
    assert.equal(again.statusCode, 409);

    // Told both times, in the product and by an e-mail that names no student.
    const kinds = await database.db
      .selectFrom('staff_notifications as n')
      .leftJoin('email_outbox as o', 'o.notification_id', 'n.id')
      .where('n.staff_id', '=', staffId('teacher'))
      .where('n.student_id', '=', s.studentId)
      .select(['n.kind', 'o.to_address', 'o.body'])
      .orderBy('n.created_at')
      .execute();
    assert.deepEqual(
      kinds.map((k) => [k.kind, k.to_address]),
      [
        ['assigned', fixture.accounts.teacher.email],
        ['assignment-ended', fixture.accounts.teacher.email],
      ],
    );
    assert.ok(
      kinds.every((k) => !k.body?.includes('Dist')),
      'no student named in an e-mail',
    );
    // The notification stays, without the name of a student the teacher can no longer see.
    const mine = (await notificationsOf(teacher)).items.filter((n) => n.studentId === s.studentId);
    assert.equal(mine.length, 2);
    assert.ok(mine.every((n) => n.studentName === null && n.href === null));
  });

  test('refused field by field (422, PREK): a role the person does not hold, parts that are not services of the IEP, a draft IEP; twice is a conflict', async () => {
    const s = await studentWithIep();
    const wrongRole = await assign(s.api, {
      staffId: staffId('provider'),
      role: 'classroom-teacher',
      services: [SPEECH_KEY, 'related-service:art therapy'],
    });
    assert.equal(wrongRole.statusCode, 422, wrongRole.body);
    const body = wrongRole.json<{ error: { citation: string; fields: { path: string }[] } }>()
      .error;
    assert.match(body.citation, /^PREK, Accessibility and Storage/);
    assert.deepEqual(
      body.fields.map((f) => f.path),
      ['role', 'services.1'],
    );

    const { iepId: draftId } = await insertIep(database.db, s.studentId, { status: 'draft' });
    const draft = await assign(`/api/students/${s.studentId}/ieps/${draftId}`, {
      staffId: staffId('provider'),
      role: 'related-service-provider',
    });
    assert.equal(draft.statusCode, 422, draft.body);
    assert.deepEqual(
      draft.json<{ error: { fields: { path: string }[] } }>().error.fields.map((f) => f.path),
      ['iepId'],
    );

    await assigned(s.api, {
      staffId: staffId('provider'),
      role: 'related-service-provider',
      services: [SPEECH_KEY],
    });
    const twice = await assign(s.api, {
      staffId: staffId('provider'),
      role: 'related-service-provider',
    });
    assert.equal(twice.statusCode, 409);
    assert.equal(
      (await assign(s.api, { staffId: staffId('teacher'), role: 'seit' }, teacher)).statusCode,
      404,
    );
    const denied = await database.db
      .selectFrom('access_log')
      .where('student_id', '=', s.studentId)
      .where('purpose', '=', 'assign-implementer')
      .where('outcome', '=', 'denied')
      .select('seq')
      .execute();
    assert.ok(denied.length > 0, 'the refusal is in the record of access');
  });
});

describe('reviews (PREK: the program leader or designee reviews the IEP with each implementer)', () => {
  test('the program leader records a review; only the implementer confirms it (403 for anyone else)', async () => {
    const s = await studentWithIep();
    const a = await assigned(s.api, { staffId: staffId('teacher'), role: 'classroom-teacher' });
    await assigned(s.api, { staffId: staffId('provider'), role: 'related-service-provider' });
    const byTeacher = await send('POST', `${s.api}/reviews`, teacher, {
      assignmentId: a.id,
      reviewedOn: today,
      responsibilities: 'x',
    });
    assert.equal(byTeacher.statusCode, 403, 'a teacher does not review with teachers');
    const future = await send('POST', `${s.api}/reviews`, leader, {
      assignmentId: a.id,
      reviewedOn: daysFromToday(1),
      responsibilities: 'Reading goals.',
    });
    assert.equal(future.statusCode, 422);
    const recorded = await send('POST', `${s.api}/reviews`, leader, {
      assignmentId: a.id,
      reviewedOn: today,
      responsibilities: 'The reading goals, the testing accommodations, the 12:1:1 class.',
    });
    assert.equal(recorded.statusCode, 201, recorded.body);
    const review = recorded.json<ReviewView>();
    assert.equal(review.kind, 'leader-with-implementer');
    assert.equal(review.versionId, s.versionId);
    assert.equal(review.reviewedBy, 'Fixture program-leader');

    const confirmUrl = `${s.api}/reviews/${review.id}/confirm`;
    assert.equal((await send('POST', confirmUrl, provider, {})).statusCode, 403);
    assert.equal((await send('POST', confirmUrl, leader, {})).statusCode, 403);
    const confirmed = await send('POST', confirmUrl, teacher, {});
    assert.equal(confirmed.statusCode, 200, confirmed.body);
    assert.ok(confirmed.json<ReviewView>().confirmedAt);
    assert.equal((await send('POST', confirmUrl, teacher, {})).statusCode, 409);

    const view = await get(`${s.api}/implementers`, teacher);
    assert.equal(view.statusCode, 200, view.body);
    const distribution = view.json<IepDistribution>();
    assert.equal(distribution.reviews.length, 1);
    assert.equal(distribution.may.manageImplementers, false);
    assert.deepEqual(distribution.candidates, []);
  });

  test("a designee the program leader names reaches the site's IEPs and reviews them until the naming ends", async () => {
    const s = await studentWithIep();
    const a = await assigned(s.api, {
      staffId: staffId('provider'),
      role: 'related-service-provider',
    });
    const deputy = await insertStaff(database.db, fixture.districtId, {
      roles: ['teacher'],
      siteId: fixture.siteA,
      password: fixturePassword,
      name: 'Assistant Principal',
    });
    const session = await signInAs(app, deputy.email, fixturePassword);
    const review = () =>
      send('POST', `${s.api}/reviews`, session, {
        assignmentId: a.id,
        reviewedOn: today,
        responsibilities: 'Speech goals and schedule.',
      });
    assert.equal((await review()).statusCode, 404);
    const designees = `/api/sites/${fixture.siteA}/review-designees`;
    assert.equal(
      (await send('POST', designees, teacher, { staffId: deputy.staffId })).statusCode,
      403,
    );
    const named = await send('POST', designees, leader, { staffId: deputy.staffId });
    assert.equal(named.statusCode, 201, named.body);
    assert.equal(
      (await send('POST', designees, leader, { staffId: deputy.staffId })).statusCode,
      409,
    );
    assert.equal((await review()).statusCode, 201);
    const { id } = named.json<{ id: string }>();
    assert.equal((await send('POST', `${designees}/${id}/end`, leader, {})).statusCode, 200);
    assert.equal((await review()).statusCode, 404);
  });

  test("a paraprofessional's request notifies the teacher, and closes when the teacher records the review", async () => {
    const s = await studentWithIep();
    const t = await assigned(s.api, { staffId: staffId('teacher'), role: 'classroom-teacher' });
    const p = await assigned(s.api, {
      staffId: staffId('paraprofessional'),
      role: 'paraprofessional',
    });
    const ask = () =>
      send('POST', `${s.api}/review-requests`, para, {
        teacherStaffId: staffId('teacher'),
        note: 'Before the reading block starts.',
      });
    assert.equal(
      (
        await send('POST', `${s.api}/review-requests`, teacher, {
          teacherStaffId: staffId('teacher'),
        })
      ).statusCode,
      403,
    );
    const wrongTeacher = await send('POST', `${s.api}/review-requests`, para, {
      teacherStaffId: staffId('provider'),
    });
    assert.equal(wrongTeacher.statusCode, 422, 'the provider does not implement this IEP');
    const asked = await ask();
    assert.equal(asked.statusCode, 201, asked.body);
    assert.equal((await ask()).statusCode, 409, 'one open request at a time');
    const requestId = asked.json<{ id: string }>().id;

    const notification = (await notificationsOf(teacher)).items.find(
      (n) => n.kind === 'review-requested' && n.studentId === s.studentId,
    );
    assert.ok(notification, 'the teacher is notified');
    assert.equal(notification.studentName, s.name);
    assert.equal(notification.href, `/students/${s.studentId}/ieps/${s.iepId}`);
    const email = await database.db
      .selectFrom('email_outbox')
      .where('notification_id', '=', notification.id)
      .select(['to_address', 'status'])
      .executeTakeFirst();
    assert.deepEqual(email, { to_address: fixture.accounts.teacher.email, status: 'queued' });

    const readiness = (await get('/api/distribution/readiness', leader)).json<ReadinessList>();
    const item = readiness.items.find((i) => i.studentId === s.studentId);
    assert.ok(item?.problems.some((q) => q.code === 'review-requested' && q.assignmentId === p.id));

    const byLeader = await send('POST', `${s.api}/reviews`, leader, {
      assignmentId: p.id,
      reviewedOn: today,
      responsibilities: 'x',
    });
    assert.equal(byLeader.statusCode, 403, 'the teacher reviews with paraprofessionals');
    const reviewed = await send('POST', `${s.api}/reviews`, teacher, {
      assignmentId: p.id,
      reviewedOn: today,
      responsibilities: 'Prompting during reading, the behavior plan.',
    });
    assert.equal(reviewed.statusCode, 201, reviewed.body);
    const review = reviewed.json<ReviewView>();
    assert.equal(review.kind, 'teacher-with-paraprofessional');
    const closed = await database.db
      .selectFrom('review_requests')
      .where('id', '=', requestId)
      .select(['review_id', 'closed_at'])
      .executeTakeFirstOrThrow();
    assert.equal(closed.review_id, review.id);
    assert.ok(closed.closed_at);
    assert.ok(t.id);

    const read = await send('POST', `/api/notifications/${notification.id}/read`, teacher, {});
    assert.equal(read.statusCode, 200, read.body);
    assert.equal(
      (await send('POST', `/api/notifications/${notification.id}/read`, para, {})).statusCode,
      404,
    );
  });
});

describe('readiness and copies', () => {
  test('the readiness list flags a service nobody implements, access that starts too late, and implementers not reviewed', async () => {
    const s = await studentWithIep(3);
    const late = await assigned(s.api, {
      staffId: staffId('teacher'),
      role: 'classroom-teacher',
      services: [CLASS_KEY],
      startsOn: daysFromToday(4),
    });
    const started = await studentWithIep(-30);
    const notStarting = await studentWithIep(200);
    const response = await get('/api/distribution/readiness', leader);
    assert.equal(response.statusCode, 200, response.body);
    const list = response.json<ReadinessList>();
    assert.equal(list.windowSchoolDays, 10);
    assert.ok(list.startingSoonThrough);
    const item = list.items.find((i) => i.studentId === s.studentId);
    assert.ok(item);
    assert.equal(item.timing, 'starting-soon');
    assert.deepEqual(
      item.problems.map((p) => [p.code, p.serviceKey ?? p.staffName]),
      [
        ['service-unassigned', SPEECH_KEY],
        ['access-starts-late', 'Fixture teacher'],
        ['not-reviewed', 'Fixture teacher'],
      ],
    );
    assert.ok(item.problems.every((p) => p.citation.startsWith('PREK')));
    assert.ok(late.id);
    assert.equal(
      list.items.find((i) => i.studentId === started.studentId)?.problems[0]?.code,
      'no-implementers',
      'already started, still with a problem',
    );
    assert.equal(
      list.items.find((i) => i.studentId === notStarting.studentId),
      undefined,
    );
    // Each student listed is in the record of access.
    const logged = await database.db
      .selectFrom('access_log')
      .where('student_id', '=', s.studentId)
      .where('purpose', '=', 'view-distribution-readiness')
      .select('record_type')
      .execute();
    assert.deepEqual(logged.map((l) => l.record_type).sort(), ['iep', 'implementer-assignment']);

    assert.equal((await get('/api/distribution/readiness', teacher)).statusCode, 403);
  });

  test('a printed copy carries the reader’s name and date on every page and is logged as a print; the stored PDF as a download', async () => {
    const s = await studentWithIep();
    await assigned(s.api, { staffId: staffId('teacher'), role: 'classroom-teacher' });
    const print = `${s.api}/versions/${s.versionId}/print`;
    const printed = await get(print, teacher);
    assert.equal(printed.statusCode, 200, printed.body);
    assert.equal(printed.headers['content-type'], 'application/pdf');
    assert.equal(printed.headers['cache-control'], 'no-store');
    const pdf = printed.rawPayload.toString('latin1');
    assert.ok(pdf.startsWith('%PDF-'));
    assert.ok(pdf.includes(`Printed for Fixture teacher on ${today}. Confidential`), 'the stamp');
    assert.equal((await get(print, provider)).statusCode, 404, 'only those who may see the IEP');

    const actions = async (purpose: string) =>
      (
        await database.db
          .selectFrom('access_log')
          .where('student_id', '=', s.studentId)
          .where('purpose', '=', purpose)
          .where('outcome', '=', 'allowed')
          .select(['action', 'record_type'])
          .execute()
      ).map((r) => `${r.record_type}:${r.action}`);
    assert.deepEqual(await actions('print-iep'), ['iep:print']);

    const documentId = (
      await database.db
        .selectFrom('iep_versions')
        .where('id', '=', s.versionId)
        .select('document_id')
        .executeTakeFirstOrThrow()
    ).document_id!;
    const download = await get(`/api/students/${s.studentId}/documents/${documentId}`, teacher);
    assert.equal(download.statusCode, 200);
    assert.deepEqual(await actions('download-iep'), ['document:download']);
  });
});
