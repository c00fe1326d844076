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
import { fullCseMembers } from './test-records.ts';
import type { MeetingDetail, MeetingList } from './schemas.ts';

let database: Database;
let app: FastifyInstance;
let fixture: Fixture;
let chair: TestSession;
let admin: TestSession;
let parent: TestSession;

before(async () => {
  database = await openTestDatabase();
  fixture = await createFixture(database);
  app = await buildApp({ database, config: testConfig() });
  chair = await signInAs(app, fixture.accounts.chairperson.email, fixturePassword);
  parent = await signInAs(app, fixture.accounts.parent.email, fixturePassword);
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

const send = (method: 'GET' | 'POST', url: string, s: TestSession, payload?: object) =>
  app.inject({ method, url, headers: s.headers, ...(payload ? { payload } : {}) });

async function newStudent(level: 'school-age' | 'preschool' = 'school-age'): Promise<string> {
  const student = await database.db
    .insertInto('students')
    .values({
      district_id: fixture.districtId,
      student_number: `MT-${Math.random().toString(36).slice(2, 10)}`,
      legal_first_name: 'Mia',
      legal_last_name: 'Eting',
      date_of_birth: level === 'preschool' ? '2023-01-15' : '2014-03-04',
      level,
      grade: level === 'preschool' ? null : '6',
      native_language: 'es',
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

const events = async (studentId: string) =>
  (
    await database.db
      .selectFrom('case_events')
      .where('student_id', '=', studentId)
      .select(['type', 'occurred_on', 'details'])
      .orderBy('recorded_at')
      .execute()
  ).map((e) => ({ type: e.type, on: e.occurred_on, details: e.details }));

async function schedule(
  studentId: string,
  committee: 'cse' | 'cpse' | 'subcommittee',
  members: { fullName: string; role: string }[],
  session = chair,
): Promise<MeetingDetail> {
  const response = await send('POST', `/api/students/${studentId}/meetings`, session, {
    committee,
    purpose: 'initial',
    scheduledOn: '2026-10-20',
    scheduledTime: '09:30',
    place: 'Room 101',
    interpreterLanguage: 'es',
    members,
  });
  assert.equal(response.statusCode, 201, response.body);
  return response.json<MeetingDetail>();
}

const allAttend = (m: MeetingDetail) => m.members.map((x) => ({ memberId: x.id, attended: true }));
const held = (studentId: string, meeting: MeetingDetail, body: object, session = chair) =>
  send('POST', `/api/students/${studentId}/meetings/${meeting.id}/held`, session, {
    version: meeting.version,
    heldOn: '2026-10-20',
    parentParticipation: 'in-person',
    attendance: allAttend(meeting),
    ...body,
  });

describe('scheduling and holding a CSE meeting', () => {
  test('scheduling records meeting-scheduled; holding it with every member records cse-meeting', async () => {
    const studentId = await newStudent();
    const meeting = await schedule(studentId, 'cse', fullCseMembers);
    assert.equal(meeting.status, 'scheduled');
    assert.equal(meeting.interpreterLanguage, 'es');
    assert.deepEqual(
      meeting.requiredMembers.map((r) => r.id),
      [
        'chairperson',
        'parent',
        'general-education-teacher',
        'special-education-teacher-or-provider',
        'school-psychologist',
        'parent-member',
      ],
    );
    const response = await held(studentId, meeting, {
      recommendation: { programs: [{ program: 'special-class-12-1-1' }], current: null },
    });
    assert.equal(response.statusCode, 200, response.body);
    const recorded = response.json<MeetingDetail>();
    assert.equal(recorded.status, 'held');
    assert.ok(recorded.members.every((m) => m.attended === true));
    assert.deepEqual(await events(studentId), [
      { type: 'meeting-scheduled', on: '2026-10-20', details: { meeting: 'iep' } },
      {
        type: 'cse-meeting',
        on: '2026-10-20',
        details: { recommendsSpecialClass: true, recommendsNonpublicSchool: false },
      },
    ]);
    const log = await database.db
      .selectFrom('access_log')
      .where('student_id', '=', studentId)
      .where('record_type', '=', 'meeting')
      .select(['action', 'purpose'])
      .execute();
    assert.ok(log.some((r) => r.action === 'create' && r.purpose === 'schedule-meeting'));
    assert.ok(log.some((r) => r.action === 'update' && r.purpose === 'record-meeting'));

    const again = await held(studentId, recorded, {});
    assert.equal(again.statusCode, 422, 'a meeting is held once');
  });

  test('required members missing are refused, naming the roles; a written excusal stands in', async () => {
    const studentId = await newStudent();
    const meeting = await schedule(studentId, 'cse', fullCseMembers);
    const psychologist = meeting.members.find((m) => m.role === 'school-psychologist')!;
    const chairMember = meeting.members.find((m) => m.role === 'chairperson')!;
    const absent = meeting.members.map((m) => ({
      memberId: m.id,
      attended: m.id !== psychologist.id && m.id !== chairMember.id,
    }));
    const refused = await held(studentId, meeting, { attendance: absent });
    assert.equal(refused.statusCode, 422);
    const error = refused.json<{ error: { message: string; citation: string } }>().error;
    assert.match(error.message, /missing the chairperson/);
    assert.match(error.message, /missing a school psychologist/);
    assert.match(error.citation, /^PLAN, CSE appointment/);

    const excused = meeting.members.map((m) => ({
      memberId: m.id,
      attended: m.id !== psychologist.id,
      ...(m.id === psychologist.id && { excusal: 'Excused in writing; written input submitted.' }),
    }));
    const ok = await held(studentId, meeting, { attendance: excused });
    assert.equal(ok.statusCode, 200, ok.body);
    const member = ok.json<MeetingDetail>().members.find((m) => m.id === psychologist.id)!;
    assert.equal(member.attended, false);
    assert.match(member.excusal ?? '', /Excused in writing/);
  });

  test('a parent who did not attend needs the efforts to involve them recorded', async () => {
    const studentId = await newStudent();
    const meeting = await schedule(studentId, 'cse', fullCseMembers);
    const missing = await held(studentId, meeting, { parentParticipation: 'did-not-attend' });
    assert.equal(missing.statusCode, 400);
    const ok = await held(studentId, meeting, {
      parentParticipation: 'did-not-attend',
      parentEfforts: 'Two calls and a letter; no answer.',
    });
    assert.equal(ok.statusCode, 200, ok.body);
  });

  test('a stale version is a conflict with the current meeting', async () => {
    const studentId = await newStudent();
    const meeting = await schedule(studentId, 'cse', fullCseMembers);
    const response = await held(studentId, { ...meeting, version: meeting.version + 5 }, {});
    assert.equal(response.statusCode, 409);
    assert.equal(
      response.json<{ error: { current: MeetingDetail } }>().error.current.id,
      meeting.id,
    );
  });

  test('a parent may read the meetings of their child but not schedule one', async () => {
    const studentId = fixture.students.own;
    assert.equal(
      (await send('GET', `/api/students/${studentId}/meetings`, parent)).statusCode,
      200,
    );
    const response = await send('POST', `/api/students/${studentId}/meetings`, parent, {
      committee: 'cse',
      purpose: 'initial',
      scheduledOn: '2026-10-20',
      scheduledTime: '09:30',
      place: 'Room 1',
    });
    assert.equal(response.statusCode, 403);
  });
});

describe('the subcommittee and the full CSE', () => {
  const subcommitteeMembers = fullCseMembers.filter(
    (m) => m.role !== 'school-psychologist' && m.role !== 'parent-member',
  );

  test('a subcommittee recommending initial placement in a special class is refused: the full CSE must', async () => {
    const studentId = await newStudent();
    const meeting = await schedule(studentId, 'subcommittee', subcommitteeMembers);
    const response = await held(studentId, meeting, {
      recommendation: {
        programs: [{ program: 'special-class-15-1', outsideSchoolOfAttendance: true }],
        current: { program: 'resource-room' },
      },
    });
    assert.equal(response.statusCode, 422);
    const error = response.json<{ error: { message: string; citation: string } }>().error;
    assert.match(error.message, /may not recommend initial placement in a special class/);
    assert.match(error.message, /outside the student's school of attendance/);
    assert.match(error.message, /full CSE/);
    assert.match(error.citation, /^PLAN, CSE appointment/);
    assert.deepEqual(await events(studentId), [
      { type: 'meeting-scheduled', on: '2026-10-20', details: { meeting: 'iep' } },
    ]);
  });

  test('a subcommittee may recommend related services; the parent asks the full CSE to review it, and a CSE meeting addresses the request', async () => {
    const studentId = await newStudent();
    const meeting = await schedule(studentId, 'subcommittee', subcommitteeMembers);
    const response = await held(studentId, meeting, {
      recommendation: { programs: [{ program: 'related-service' }], current: null },
    });
    assert.equal(response.statusCode, 200, response.body);
    assert.equal((await events(studentId)).at(-1)?.type, 'cse-meeting');

    const early = await send(
      'POST',
      `/api/students/${studentId}/meetings/${meeting.id}/review-requests`,
      chair,
      { receivedOn: '2026-10-19' },
    );
    assert.equal(early.statusCode, 422);
    const request = await send(
      'POST',
      `/api/students/${studentId}/meetings/${meeting.id}/review-requests`,
      chair,
      { receivedOn: '2026-10-22' },
    );
    assert.equal(request.statusCode, 201, request.body);
    let list = (
      await send('GET', `/api/students/${studentId}/meetings`, chair)
    ).json<MeetingList>();
    assert.equal(list.openReviewRequests.length, 1);

    const cse = await schedule(studentId, 'cse', fullCseMembers);
    const cseHeld = await held(studentId, cse, { heldOn: '2026-10-30' });
    assert.equal(cseHeld.statusCode, 200, cseHeld.body);
    list = (await send('GET', `/api/students/${studentId}/meetings`, chair)).json<MeetingList>();
    assert.equal(list.openReviewRequests.length, 0);
    const sub = (
      await send('GET', `/api/students/${studentId}/meetings/${meeting.id}`, chair)
    ).json<MeetingDetail>();
    assert.equal(sub.reviewRequests[0]?.addressedBy, cse.id);
  });

  test('a review request on a CSE meeting is refused', async () => {
    const studentId = await newStudent();
    const meeting = await schedule(studentId, 'cse', fullCseMembers);
    await held(studentId, meeting, {});
    const response = await send(
      'POST',
      `/api/students/${studentId}/meetings/${meeting.id}/review-requests`,
      chair,
      { receivedOn: '2026-10-22' },
    );
    assert.equal(response.statusCode, 422);
  });
});

describe('a CPSE meeting', () => {
  test("checks the PLAN's CPSE members and records cpse-meeting", async () => {
    const studentId = await newStudent('preschool');
    const members = [
      { fullName: 'Chair Person', role: 'chairperson' },
      { fullName: 'Gen Ed Teacher', role: 'general-education-teacher' },
      { fullName: 'Parent Member', role: 'parent-member' },
      { fullName: 'Agency Evaluator', role: 'evaluator' },
    ];
    const meeting = await schedule(studentId, 'cpse', members, admin);
    const refused = await held(studentId, meeting, {}, admin);
    assert.equal(refused.statusCode, 422);
    assert.match(refused.body, /missing the county representative/);

    const added = await send(
      'POST',
      `/api/students/${studentId}/meetings/${meeting.id}/members`,
      admin,
      { fullName: 'County Rep', role: 'county-representative' },
    );
    assert.equal(added.statusCode, 201, added.body);
    const withCounty = added.json<MeetingDetail>();
    const ok = await held(
      studentId,
      withCounty,
      { recommendation: { programs: [{ program: 'seit' }], current: null } },
      admin,
    );
    assert.equal(ok.statusCode, 200, ok.body);
    assert.deepEqual((await events(studentId)).at(-1), {
      type: 'cpse-meeting',
      on: '2026-10-20',
      details: { recommendsSpecialClass: false, recommendsNonpublicSchool: false },
    });
  });
});
