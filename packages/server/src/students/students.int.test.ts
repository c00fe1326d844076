import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { buildApp } from '../http/app.ts';
import type { Database } from '../db/database.ts';
import { inDistrict } from '../db/tenant.ts';
import { openTestDatabase } from '../testing/test-database.ts';
import { testConfig } from '../testing/test-config.ts';
import type { Fixture } from '../testing/fixtures.ts';
import { createFixture, fixturePassword, fixtureTotpSecret } from '../testing/fixtures.ts';
import type { TestSession } from '../testing/sign-in.ts';
import { signInAs } from '../testing/sign-in.ts';

let database: Database;
let app: FastifyInstance;
let fixture: Fixture;
let teacher: TestSession;
let admin: TestSession;
let privacy: TestSession;

before(async () => {
  database = await openTestDatabase();
  fixture = await createFixture(database);
  app = await buildApp({ database, config: testConfig() });
  teacher = await signInAs(app, fixture.accounts.teacher.email, fixturePassword);
  admin = await signInAs(
    app,
    fixture.accounts['district-admin'].email,
    fixturePassword,
    fixtureTotpSecret,
  );
  privacy = await signInAs(
    app,
    fixture.accounts['privacy-officer'].email,
    fixturePassword,
    fixtureTotpSecret,
  );
});
after(async () => {
  await app?.close();
  await database?.close();
});

const get = (url: string, s: TestSession) => app.inject({ method: 'GET', url, headers: s.headers });

type LogItem = {
  actor: string;
  action: string;
  outcome: string;
  recordType: string;
  purpose: string;
};
const accessLogOf = async (studentId: string): Promise<LogItem[]> =>
  (await get(`/api/students/${studentId}/access-log`, privacy)).json<{ items: LogItem[] }>().items;

describe('reading a student', () => {
  test('a teacher reads a student whose IEP they implement, and both reads are in the record of access', async () => {
    assert.equal((await get(`/api/students/${fixture.students.own}`, teacher)).statusCode, 200);
    assert.equal(
      (await get(`/api/students/${fixture.students.sameSchool}`, teacher)).statusCode,
      404,
    );

    const own = await accessLogOf(fixture.students.own);
    assert.ok(
      own.some(
        (e) =>
          e.actor === 'Fixture teacher' &&
          e.recordType === 'student-profile' &&
          e.outcome === 'allowed',
      ),
    );
    const other = await accessLogOf(fixture.students.sameSchool);
    assert.ok(
      other.some((e) => e.actor === 'Fixture teacher' && e.outcome === 'denied'),
      'the refused read is recorded too',
    );
  });

  test('the record of access pages back from the newest entry', async () => {
    type Page = { items: { seq: number }[]; nextBefore: number | null };
    const first = (
      await get(`/api/students/${fixture.students.own}/access-log?limit=2`, privacy)
    ).json<Page>();
    assert.equal(first.items.length, 2);
    assert.ok(first.items[0]!.seq > first.items[1]!.seq, 'newest first');
    assert.equal(first.nextBefore, first.items[1]!.seq);
    const second = (
      await get(
        `/api/students/${fixture.students.own}/access-log?limit=2&before=${first.nextBefore}`,
        privacy,
      )
    ).json<Page>();
    assert.ok(
      second.items.every((i) => i.seq < first.nextBefore!),
      'only older entries',
    );
  });

  test('a list records each student it showed', async () => {
    const response = await get('/api/students', teacher);
    const items = response.json<{ items: { id: string }[] }>().items;
    assert.deepEqual(
      items.map((i) => i.id),
      [fixture.students.own],
    );
    const log = await accessLogOf(fixture.students.own);
    assert.ok(log.some((e) => e.recordType === 'student-list' && e.actor === 'Fixture teacher'));
  });

  test('the response carries the actor’s abilities', async () => {
    const body = (await get(`/api/students/${fixture.students.own}`, teacher)).json<{
      abilities: Record<string, boolean>;
    }>();
    assert.deepEqual(body.abilities, {
      view: true,
      editProfile: false,
      editGuardians: false,
      editEnrollment: false,
      viewAccessLog: false,
      manageCase: false,
    });
  });

  test('a search finds students by name or student id', async () => {
    const byName = (await get('/api/students?q=lasta2', admin)).json<{
      items: { id: string }[];
      total: number;
    }>();
    assert.deepEqual(
      byName.items.map((i) => i.id),
      [fixture.students.sameSchool],
    );
    const byNumber = (await get('/api/students?q=B1', admin)).json<{ total: number }>();
    assert.equal(byNumber.total, 1);
  });
});

describe('changing a student', () => {
  test('a stale version is refused with the current record, and nothing is overwritten', async () => {
    const url = `/api/students/${fixture.students.sameSchool}`;
    const first = await app.inject({
      method: 'PATCH',
      url,
      headers: admin.headers,
      payload: { version: 1, preferredName: 'Ro' },
    });
    assert.equal(first.statusCode, 200);
    const stale = await app.inject({
      method: 'PATCH',
      url,
      headers: admin.headers,
      payload: { version: 1, preferredName: 'Other' },
    });
    assert.equal(stale.statusCode, 409);
    const body = stale.json<{
      error: { code: string; current: { preferredName: string; version: number } };
    }>();
    assert.equal(body.error.code, 'conflict');
    assert.equal(body.error.current.preferredName, 'Ro');
    assert.equal(body.error.current.version, 2);
  });

  test('bad input gets field-level messages and writes nothing', async () => {
    const cases: { payload: string | object; field: string }[] = [
      {
        payload: {
          studentNumber: 'Z',
          legalFirstName: 'A',
          legalLastName: 'B',
          dateOfBirth: '2015-13-40',
          level: 'school-age',
          grade: '3',
          nativeLanguage: 'en',
        },
        field: 'dateOfBirth',
      },
      {
        payload: {
          studentNumber: 'Z',
          legalFirstName: 'A',
          legalLastName: 'B',
          dateOfBirth: '2015-01-01',
          level: 'preschool',
          grade: '3',
          nativeLanguage: 'en',
        },
        field: 'grade',
      },
      {
        payload: {
          studentNumber: 'Z',
          legalFirstName: 'A',
          legalLastName: 'B',
          dateOfBirth: '2015-01-01',
          level: 'school-age',
          grade: '3',
          nativeLanguage: 'en',
          shoeSize: 9,
        },
        field: 'shoeSize',
      },
      {
        payload: {
          studentNumber: 7,
          legalFirstName: 'A',
          legalLastName: 'B',
          dateOfBirth: '2015-01-01',
          level: 'school-age',
          grade: '3',
          nativeLanguage: 'en',
        },
        field: 'studentNumber',
      },
      {
        payload: {
          studentNumber: 'A1',
          legalFirstName: 'A',
          legalLastName: 'B',
          dateOfBirth: '2015-01-01',
          level: 'school-age',
          grade: '3',
          nativeLanguage: 'en',
        },
        field: 'studentNumber',
      },
      { payload: '{"studentNumber": ', field: 'body' },
    ];
    const before = await database.db
      .selectFrom('students')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    for (const c of cases) {
      const response = await app.inject({
        method: 'POST',
        url: '/api/students',
        headers: { ...admin.headers, 'content-type': 'application/json' },
        payload: typeof c.payload === 'string' ? c.payload : JSON.stringify(c.payload),
      });
      assert.equal(response.statusCode, 400, JSON.stringify(c.payload));
      const fields = response.json<{ error: { fields: { path: string }[] } }>().error.fields;
      assert.ok(
        fields.some((f) => f.path === c.field),
        `${c.field} named in ${JSON.stringify(fields)}`,
      );
    }
    const afterCount = await database.db
      .selectFrom('students')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    assert.equal(afterCount.n, before.n);
  });
});

describe('guardians and enrollment', () => {
  test('a guardian edit with a stale version is refused with the current record', async () => {
    const url = `/api/students/${fixture.students.otherSchool}/guardians/${fixture.guardians.otherSchool}`;
    const first = await app.inject({
      method: 'PATCH',
      url,
      headers: admin.headers,
      payload: {
        version: 1,
        authorityLimit: 'Court order of 2026-01-05: no educational decisions',
        educationalAuthority: false,
      },
    });
    assert.equal(first.statusCode, 200);
    const guardian = first
      .json<{
        guardians: {
          id: string;
          educationalAuthority: boolean;
          authorityLimit: string | null;
          version: number;
        }[];
      }>()
      .guardians.find((g) => g.id === fixture.guardians.otherSchool);
    assert.deepEqual([guardian?.educationalAuthority, guardian?.version], [false, 2]);
    const stale = await app.inject({
      method: 'PATCH',
      url,
      headers: admin.headers,
      payload: { version: 1, phone: '555' },
    });
    assert.equal(stale.statusCode, 409);
  });

  test('ending an enrollment ends the program leader’s access through it', async () => {
    const leader = await signInAs(app, fixture.accounts['program-leader'].email, fixturePassword);
    const studentUrl = `/api/students/${fixture.students.sameSchool}`;
    assert.equal((await get(studentUrl, leader)).statusCode, 200);
    const tooEarly = await app.inject({
      method: 'PATCH',
      url: `${studentUrl}/enrollments/${fixture.enrollments.sameSchool}`,
      headers: admin.headers,
      payload: { endsOn: '2019-01-01' },
    });
    assert.equal(tooEarly.statusCode, 400);
    const ended = await app.inject({
      method: 'PATCH',
      url: `${studentUrl}/enrollments/${fixture.enrollments.sameSchool}`,
      headers: admin.headers,
      payload: { endsOn: '2021-06-30' },
    });
    assert.equal(ended.statusCode, 200);
    assert.equal((await get(studentUrl, leader)).statusCode, 404);
  });
});

describe('defense in depth', () => {
  test('row-level security hides another district even from a query with no filter', async () => {
    const seen = await inDistrict(database.db, fixture.districtId, (tx) =>
      tx.selectFrom('students').select('district_id').execute(),
    );
    assert.ok(seen.length >= 3);
    assert.ok(seen.every((s) => s.district_id === fixture.districtId));
    const role = await inDistrict(database.db, fixture.districtId, (tx) =>
      sql<{
        r: string;
        bypass: boolean;
      }>`select current_user as r, (select rolbypassrls or rolsuper from pg_roles where rolname = current_user) as bypass`.execute(
        tx,
      ),
    );
    assert.deepEqual(role.rows[0], { r: 'continuum_app', bypass: false });
  });

  test('disabling an account ends its sessions at once', async () => {
    const para = await signInAs(app, fixture.accounts.paraprofessional.email, fixturePassword);
    assert.equal((await get('/api/students', para)).statusCode, 200);
    const disable = await app.inject({
      method: 'PUT',
      url: `/api/staff/${fixture.accounts.paraprofessional.staffId}/disabled`,
      headers: admin.headers,
      payload: { disabled: true },
    });
    assert.equal(disable.statusCode, 200);
    assert.equal((await get('/api/students', para)).statusCode, 401);
  });
});
