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
import { insertMeeting } from './test-records.ts';

let database: Database;
let app: FastifyInstance;
let fixture: Fixture;
let chair: TestSession;

before(async () => {
  database = await openTestDatabase();
  fixture = await createFixture(database);
  app = await buildApp({ database, config: testConfig() });
  chair = await signInAs(app, fixture.accounts.chairperson.email, fixturePassword);
});
after(async () => {
  await app?.close();
  await database?.close();
});

const page = (url: string) => app.inject({ method: 'GET', url, headers: { cookie: chair.cookie } });
const post = (url: string, fields: Record<string, string | string[]>) => {
  const body = new URLSearchParams();
  for (const [k, v] of Object.entries({ ...fields, _csrf: chair.csrfToken }))
    for (const value of [v].flat()) body.append(k, value);
  return app.inject({
    method: 'POST',
    url,
    headers: { cookie: chair.cookie, 'content-type': 'application/x-www-form-urlencoded' },
    payload: body.toString(),
  });
};

describe('the meeting pages', () => {
  test('scheduling with member rows redirects to the meeting, which lists the members it needs', async () => {
    const studentId = fixture.students.own;
    const response = await post(`/students/${studentId}/meetings`, {
      committee: 'subcommittee',
      purpose: 'annual-review',
      scheduledOn: '2026-11-02',
      scheduledTime: '10:15',
      place: 'Library',
      interpreterLanguage: 'es',
      memberName0: 'Chair Person',
      memberRole0: 'chairperson',
      memberName2: 'Gen Ed',
      memberRole2: 'general-education-teacher',
    });
    assert.equal(response.statusCode, 303, response.body);
    const detail = await page(String(response.headers.location));
    assert.equal(detail.statusCode, 200);
    assert.match(detail.body, /The meeting is scheduled/);
    assert.match(detail.body, /Members this committee needs/);
    assert.match(detail.body, /Gen Ed/);
    assert.match(detail.body, /Spanish/);
  });

  test('a member row with a name but no role is shown again with the problem', async () => {
    const response = await post(`/students/${fixture.students.own}/meetings`, {
      committee: 'cse',
      purpose: 'initial',
      scheduledOn: '2026-11-02',
      scheduledTime: '10:15',
      place: 'Library',
      memberName0: 'Someone',
    });
    assert.equal(response.statusCode, 400);
    assert.match(response.body, /The form could not be saved/);
  });

  test('a subcommittee recommendation beyond its authority is refused on the page, naming the full CSE', async () => {
    const studentId = fixture.students.own;
    const { meetingId, memberIds } = await insertMeeting(database, studentId, {
      committee: 'subcommittee',
    });
    const response = await post(`/students/${studentId}/meetings/${meetingId}/held`, {
      version: '1',
      heldOn: '2026-10-20',
      attended: memberIds,
      parentParticipation: 'video',
      programs: 'special-class-12-1-1',
    });
    assert.equal(response.statusCode, 422);
    assert.match(response.body, /may not recommend initial placement in a special class/);
    assert.match(response.body, /Source: PLAN, CSE appointment/);
  });

  test('holding a meeting with an excused member, then the parent asks for full CSE review', async () => {
    const studentId = fixture.students.own;
    const { meetingId, memberIds } = await insertMeeting(database, studentId, {
      committee: 'subcommittee',
    });
    const [first, ...rest] = memberIds;
    const held = await post(`/students/${studentId}/meetings/${meetingId}/held`, {
      version: '1',
      heldOn: '2026-10-20',
      attended: [first!, ...rest.slice(1)],
      [`excusal-${rest[0]}`]: 'Excused in writing with the parent agreement.',
      parentParticipation: 'phone',
      programs: 'related-service',
    });
    assert.equal(held.statusCode, 303, held.body);
    const review = await post(`/students/${studentId}/meetings/${meetingId}/review-requests`, {
      receivedOn: '2026-10-23',
    });
    assert.equal(review.statusCode, 303, review.body);
    const list = await page(`/students/${studentId}/meetings`);
    assert.match(list.body, /Waiting for the full CSE/);
    const detail = await page(`/students/${studentId}/meetings/${meetingId}`);
    assert.match(detail.body, /Excused in writing: Excused in writing with the parent agreement/);
    assert.match(detail.body, /Related services/);
  });
});
