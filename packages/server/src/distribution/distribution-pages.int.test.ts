import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { FastifyInstance } from 'fastify';
import { isoDate, parseIsoDate, type Day } from '@continuum/rules/calendar/index.ts';
import { buildApp } from '../http/app.ts';
import type { Database } from '../db/database.ts';
import { openTestDatabase } from '../testing/test-database.ts';
import { testConfig } from '../testing/test-config.ts';
import type { Fixture } from '../testing/fixtures.ts';
import { createFixture } from '../testing/fixtures.ts';
import type { TestSession } from '../testing/sign-in.ts';
import { signInAsRole } from '../testing/sign-in.ts';
import { todayInNewYork } from '../clock.ts';
import { insertIep } from '../iep/test-support.ts';
import { insertAssignment, insertStaff, studentWithIep } from './test-support.ts';

/**
 * The distribution pages without JavaScript: the IEP page's "Implementers and reviews" section
 * and its forms as each person sees them, the readiness list, notifications, the printed IEP and
 * a site's review designees.
 */

const today = todayInNewYork();
const soon = isoDate(((parseIsoDate(today) as Day) + 3) as Day);

let database: Database;
let app: FastifyInstance;
let fixture: Fixture;
let leader: TestSession;
let teacher: TestSession;
let para: TestSession;
let parent: TestSession;

before(async () => {
  database = await openTestDatabase();
  fixture = await createFixture(database);
  app = await buildApp({ database, config: testConfig() });
  leader = await signInAsRole(app, fixture, 'program-leader');
  teacher = await signInAsRole(app, fixture, 'teacher');
  para = await signInAsRole(app, fixture, 'paraprofessional');
  parent = await signInAsRole(app, fixture, 'parent');
});
after(async () => {
  await app?.close();
  await database?.close();
});

const get = (session: TestSession, url: string) =>
  app.inject({ method: 'GET', url, headers: { cookie: session.cookie } });
const post = (session: TestSession, url: string, fields: Record<string, string | string[]>) => {
  const form = new URLSearchParams();
  for (const [name, value] of Object.entries({ ...fields, _csrf: session.csrfToken })) {
    for (const one of [value].flat()) form.append(name, one);
  }
  return app.inject({
    method: 'POST',
    url,
    headers: { cookie: session.cookie, 'content-type': 'application/x-www-form-urlencoded' },
    payload: form.toString(),
  });
};
const staffId = (role: 'teacher' | 'paraprofessional') => fixture.accounts[role].staffId!;

const newStudent = async () => {
  const s = await studentWithIep(
    database.db,
    { districtId: fixture.districtId, siteId: fixture.siteA },
    soon,
  );
  return { ...s, page: `/students/${s.studentId}/ieps/${s.iepId}` };
};

describe('the IEP page’s implementers and reviews, without JavaScript', () => {
  test('the program leader assigns with the form; a refused or invalid form is shown again with why', async () => {
    const s = await newStudent();
    const view = await get(leader, s.page);
    assert.equal(view.statusCode, 200, view.body);
    assert.match(view.body, /<h2 id="iep-implementers">Implementers and reviews<\/h2>/);
    assert.match(view.body, /id="assign-form"/);
    assert.match(view.body, /Nobody is assigned to implement this IEP yet\./);

    const invalid = await post(leader, `${s.page}/implementers`, { role: 'classroom-teacher' });
    assert.equal(invalid.statusCode, 400);
    assert.match(invalid.body, /href="#assign-staffId"/);

    const provider = fixture.accounts.provider.staffId!;
    const refused = await post(leader, `${s.page}/implementers`, {
      staffId: provider,
      role: 'classroom-teacher',
    });
    assert.equal(refused.statusCode, 422);
    assert.match(refused.body, /Rule: PREK, Accessibility and Storage/);
    assert.match(refused.body, /href="#assign-role"/);

    const assigned = await post(leader, `${s.page}/implementers`, {
      staffId: staffId('teacher'),
      role: 'classroom-teacher',
      services: ['special-class-12-1-1:'],
      responsibility: 'Teaches the 12:1:1 class.',
    });
    assert.equal(assigned.statusCode, 303, assigned.body);
    assert.equal(assigned.headers.location, `${s.page}?done=assigned#iep-implementers`);
    const after = await get(leader, `${s.page}?done=assigned`);
    assert.match(after.body, /The implementer was assigned and notified\./);
    assert.match(after.body, /Fixture teacher/);
    assert.match(after.body, /Special class 12:1\+1/);
    assert.match(after.body, /Not reviewed yet/);

    // The parent reads their child's section, with no form but the printed copy.
    const own = await insertIep(database.db, fixture.students.own, { status: 'final' });
    const parentView = await get(parent, `/students/${fixture.students.own}/ieps/${own.iepId}`);
    assert.equal(parentView.statusCode, 200, parentView.body);
    assert.match(parentView.body, /Implementers and reviews/);
    assert.match(parentView.body, /\/print"/);
    assert.doesNotMatch(parentView.body, /<form[^>]*\/(implementers|reviews|review-requests)"/);
  });

  test('a review recorded by the program leader is confirmed by the teacher from the page', async () => {
    const s = await newStudent();
    const assignmentId = await insertAssignment(database.db, {
      studentId: s.studentId,
      iepId: s.iepId,
      staffId: staffId('teacher'),
      role: 'classroom-teacher',
    });
    const recorded = await post(leader, `${s.page}/reviews`, {
      assignmentId,
      reviewedOn: today,
      responsibilities: 'The reading goals and the 12:1:1 class.',
    });
    assert.equal(recorded.statusCode, 303, recorded.body);
    const teacherView = await get(teacher, s.page);
    assert.equal(teacherView.statusCode, 200, teacherView.body);
    assert.doesNotMatch(teacherView.body, /id="assign-form"|id="review-form"/);
    const confirm = /action="([^"]+\/confirm)"/.exec(teacherView.body)?.[1];
    assert.ok(confirm, 'the teacher is offered the confirmation');
    const confirmed = await post(teacher, confirm, {});
    assert.equal(confirmed.statusCode, 303, confirmed.body);
    const again = await post(teacher, confirm, {});
    assert.equal(again.statusCode, 409);
    assert.match(again.body, /already confirmed/);
  });

  test("a paraprofessional's request reaches the teacher's notifications and links to the IEP", async () => {
    const s = await newStudent();
    for (const [role, as] of [
      ['teacher', 'classroom-teacher'],
      ['paraprofessional', 'paraprofessional'],
    ] as const) {
      await insertAssignment(database.db, {
        studentId: s.studentId,
        iepId: s.iepId,
        staffId: staffId(role),
        role: as,
      });
    }
    const paraView = await get(para, s.page);
    assert.match(paraView.body, /id="request-form"/);
    const asked = await post(para, `${s.page}/review-requests`, {
      teacherStaffId: staffId('teacher'),
      note: 'Before the reading block.',
    });
    assert.equal(asked.statusCode, 303, asked.body);

    const notifications = await get(teacher, '/notifications');
    assert.equal(notifications.statusCode, 200, notifications.body);
    assert.match(
      notifications.body,
      new RegExp(`A paraprofessional asked you to review an IEP with them`),
    );
    assert.match(notifications.body, new RegExp(`href="${s.page}">${s.name}</a>`));
    const read = /action="(\/notifications\/[^"]+\/read)"/.exec(notifications.body)?.[1];
    assert.ok(read);
    const marked = await post(teacher, read, {});
    assert.equal(marked.statusCode, 303);
    assert.match((await get(teacher, '/notifications?done=read')).body, /marked as read/);

    const teacherView = await get(teacher, s.page);
    assert.match(teacherView.body, /Open: waiting for the review/);
    assert.match(teacherView.body, /id="review-form"/);
  });
});

describe('readiness, printed copies and designees', () => {
  test('the readiness page lists an IEP starting soon with what needs attention', async () => {
    const s = await newStudent();
    const page = await get(leader, '/distribution');
    assert.equal(page.statusCode, 200, page.body);
    assert.match(page.body, /<h1>IEP distribution readiness<\/h1>/);
    assert.match(page.body, new RegExp(`${s.name}`));
    assert.match(page.body, /Nobody is assigned to implement the IEP\./);
    assert.match(page.body, new RegExp(`href="/sites/${fixture.siteA}/review-designees"`));
    assert.equal((await get(teacher, '/distribution')).statusCode, 403);
  });

  test('the printed IEP is a PDF with the reader’s name and date, logged as a print', async () => {
    const s = await newStudent();
    await insertAssignment(database.db, {
      studentId: s.studentId,
      iepId: s.iepId,
      staffId: staffId('teacher'),
      role: 'classroom-teacher',
    });
    const view = await get(teacher, s.page);
    const href = `${s.page}/versions/${s.versionId}/print`;
    assert.match(view.body, new RegExp(`href="${href}"`));
    const printed = await get(teacher, href);
    assert.equal(printed.statusCode, 200);
    assert.match(String(printed.headers['content-disposition']), /^inline;/);
    assert.ok(
      printed.rawPayload.toString('latin1').includes(`Printed for Fixture teacher on ${today}`),
    );
    const logged = await database.db
      .selectFrom('access_log')
      .where('student_id', '=', s.studentId)
      .where('action', '=', 'print')
      .select(['purpose', 'outcome'])
      .execute();
    assert.deepEqual(logged, [{ purpose: 'print-iep', outcome: 'allowed' }]);
  });

  test('the program leader names and ends a designee from the site’s page', async () => {
    const deputy = await insertStaff(database.db, fixture.districtId, {
      roles: ['teacher'],
      siteId: fixture.siteA,
      name: 'Deputy Leader',
    });
    const url = `/sites/${fixture.siteA}/review-designees`;
    const page = await get(leader, url);
    assert.equal(page.statusCode, 200, page.body);
    assert.match(page.body, /Deputy Leader/);
    const named = await post(leader, url, { staffId: deputy.staffId });
    assert.equal(named.statusCode, 303, named.body);
    const listed = await get(leader, `${url}?done=named`);
    assert.match(listed.body, /The designee was named\./);
    const end = /action="([^"]+\/end)"/.exec(listed.body)?.[1];
    assert.ok(end);
    assert.equal((await post(leader, end, {})).statusCode, 303);
    const twice = await post(leader, end, {});
    assert.equal(twice.statusCode, 409);
    assert.equal((await get(teacher, url)).statusCode, 403);
  });
});
