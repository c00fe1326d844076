import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../http/app.ts';
import type { Database } from '../db/database.ts';
import { openTestDatabase } from '../testing/test-database.ts';
import { testConfig } from '../testing/test-config.ts';
import type { Fixture, FixtureRole, StudentRelation } from '../testing/fixtures.ts';
import {
  createFixture,
  fixturePassword,
  fixtureRoles,
  fixtureTotpSecret,
  rolesWithSecondFactor,
  studentRelations,
} from '../testing/fixtures.ts';
import type { TestSession } from '../testing/sign-in.ts';
import { signInAs } from '../testing/sign-in.ts';

/**
 * The access matrix (DESIGN.md, Access policy): every route × role × relationship with the
 * expected answer, in one table. A route the app serves that is missing here fails the test.
 *
 * Per-student routes list, per role, the status for the students [own, sameSchool,
 * otherSchool, otherDistrict] (see testing/fixtures.ts). Outside a grant the answer is 404,
 * never 403; 403 means "you may see this student but not do this".
 */
type Four = readonly [number, number, number, number];
type PerStudent = Record<FixtureRole, Four>;

const V: Four = [200, 200, 200, 404]; // the whole district
const C: Four = [200, 200, 404, 404]; // School A (enrolled there, or its committee)
const I: Four = [200, 404, 404, 404]; // their own student only
const N: Four = [404, 404, 404, 404]; // no student at all

const view: PerStudent = {
  'district-admin': V,
  chairperson: C,
  'committee-member': C,
  'program-leader': C,
  teacher: I,
  provider: I,
  seit: I,
  paraprofessional: I,
  'privacy-officer': V,
  'hearing-officer': N,
  auditor: N,
  parent: I,
};
/** Changing a student's records: administrators and their committee's chairperson. */
const change = (ok: number): PerStudent => ({
  'district-admin': [ok, ok, ok, 404],
  chairperson: [ok, ok, 404, 404],
  'committee-member': [403, 403, 404, 404],
  'program-leader': [403, 403, 404, 404],
  teacher: [403, 404, 404, 404],
  provider: [403, 404, 404, 404],
  seit: [403, 404, 404, 404],
  paraprofessional: [403, 404, 404, 404],
  'privacy-officer': [403, 403, 403, 404],
  'hearing-officer': N,
  auditor: N,
  parent: [403, 404, 404, 404],
});
/** The record of access: the privacy officer, administrators, and the child's parent. */
const accessLog: PerStudent = {
  'district-admin': V,
  chairperson: [403, 403, 404, 404],
  'committee-member': [403, 403, 404, 404],
  'program-leader': [403, 403, 404, 404],
  teacher: [403, 404, 404, 404],
  provider: [403, 404, 404, 404],
  seit: [403, 404, 404, 404],
  paraprofessional: [403, 404, 404, 404],
  'privacy-officer': V,
  'hearing-officer': N,
  auditor: N,
  parent: [200, 404, 404, 404],
};
/** Which students each role finds in lists: the same grants as viewing one. */
const listed = (role: FixtureRole) => studentRelations.filter((_, i) => view[role][i] === 200);

/**
 * `:id`, `:guardianId` and `:enrollmentId` are filled with the fixture's rows for each student.
 * `form`: an HTML form post (urlencoded, with the session's CSRF token) to a page route.
 * Pages answer a signed-out visitor with a redirect to sign-in (303) where the API says 401.
 */
type StudentRoute = {
  kind: 'student';
  method: string;
  url: string;
  expect: PerStudent;
  anonymous?: number;
  form?: boolean;
  body?: (versions: Versions) => object;
};
type Versions = { student: number; guardian: number };
/** Routes that are not about one student: `path` fills the route's parameters, `body` varies by role. */
type OtherRoute = {
  kind: 'other';
  method: string;
  url: string;
  anonymous: number;
  signedIn: Partial<Record<FixtureRole, number>> & { default: number };
  path?: (f: Fixture) => string;
  form?: boolean;
  body?: (role: FixtureRole) => object | Promise<object>;
};
type ListRoute = { kind: 'list'; method: string; url: string; anonymous: number };
type PublicRoute = {
  kind: 'public';
  method: string;
  url: string;
  status?: number;
  form?: boolean;
  body?: object;
};
type Row = StudentRoute | OtherRoute | ListRoute | PublicRoute;

const newStudent = {
  studentNumber: 'NEW-1',
  legalFirstName: 'Nova',
  legalLastName: 'Reyes',
  dateOfBirth: '2015-01-02',
  level: 'school-age',
  grade: '5',
  nativeLanguage: 'es',
};

export const accessMatrix: Row[] = [
  { kind: 'public', method: 'GET', url: '/healthz' },
  { kind: 'public', method: 'GET', url: '/api/openapi.json' },
  { kind: 'list', method: 'GET', url: '/api/students', anonymous: 401 },
  {
    kind: 'other',
    method: 'POST',
    url: '/api/students',
    anonymous: 401,
    signedIn: { default: 403, 'district-admin': 201 },
    body: (role) => ({ ...newStudent, studentNumber: `N-${role}` }),
  },
  { kind: 'student', method: 'GET', url: '/api/students/:id', expect: view },
  {
    kind: 'student',
    method: 'PATCH',
    url: '/api/students/:id',
    expect: change(200),
    body: (v) => ({ version: v.student, preferredName: 'Sam' }),
  },
  {
    kind: 'student',
    method: 'PATCH',
    url: '/api/students/:id/guardians/:guardianId',
    expect: change(200),
    body: (v) => ({ version: v.guardian, phone: '555-0100' }),
  },
  {
    kind: 'student',
    method: 'PATCH',
    url: '/api/students/:id/enrollments/:enrollmentId',
    expect: change(200),
    body: () => ({ endsOn: '2099-06-30' }),
  },
  {
    kind: 'student',
    method: 'POST',
    url: '/api/students/:id/guardians',
    expect: change(201),
    body: () => ({ fullName: 'Ana Ruiz', relationship: 'aunt' }),
  },
  {
    kind: 'student',
    method: 'POST',
    url: '/api/students/:id/enrollments',
    expect: change(201),
    body: () => ({ siteId: '00000000-0000-4000-8000-000000000000', startsOn: '2026-09-10' }),
  },
  { kind: 'student', method: 'GET', url: '/api/students/:id/access-log', expect: accessLog },
  // The directory holds no student data: staff read it, district administrators change it.
  {
    kind: 'other',
    method: 'GET',
    url: '/api/sites',
    anonymous: 401,
    signedIn: { default: 200, parent: 403 },
  },
  {
    kind: 'other',
    method: 'POST',
    url: '/api/sites',
    anonymous: 401,
    signedIn: { default: 403, 'district-admin': 201 },
    body: (role) => ({ name: `Site of ${role}`, kind: 'district-school' }),
  },
  {
    kind: 'other',
    method: 'PATCH',
    url: '/api/sites/:id',
    anonymous: 401,
    signedIn: { default: 403, 'district-admin': 200 },
    path: (f) => `/api/sites/${f.siteB}`,
    body: () => ({ version: 1, address: '1 Main St' }),
  },
  {
    kind: 'other',
    method: 'GET',
    url: '/api/staff',
    anonymous: 401,
    signedIn: { default: 200, parent: 403 },
  },
  {
    kind: 'other',
    method: 'POST',
    url: '/api/staff',
    anonymous: 401,
    signedIn: { default: 403, 'district-admin': 201 },
    body: (role) => ({
      email: `new.${role}@fixture.test`,
      fullName: 'New Person',
      roles: ['teacher'],
    }),
  },
  {
    kind: 'other',
    method: 'PATCH',
    url: '/api/staff/:id',
    anonymous: 401,
    signedIn: { default: 403, 'district-admin': 200 },
    path: (f) => `/api/staff/${f.accounts.auditor.staffId}`,
    body: () => ({ version: 1, title: 'Auditor' }),
  },
  {
    kind: 'other',
    method: 'PUT',
    url: '/api/staff/:id/disabled',
    anonymous: 401,
    signedIn: { default: 403, 'district-admin': 200 },
    path: (f) => `/api/staff/${f.accounts.auditor.staffId}/disabled`,
    body: () => ({ disabled: false }),
  },

  // The pages call the same use cases, so they hold the same grants: a student outside them is
  // the 404 page; a form that succeeds redirects (303) to the page that shows the result.
  { kind: 'public', method: 'GET', url: '/sign-in' },
  {
    kind: 'public',
    method: 'POST',
    url: '/sign-in',
    status: 401,
    form: true,
    body: { email: 'nobody@fixture.test', password: 'not the password at all' },
  },
  { kind: 'public', method: 'GET', url: '/signed-out' },
  { kind: 'other', method: 'GET', url: '/', anonymous: 303, signedIn: { default: 303 } },
  { kind: 'list', method: 'GET', url: '/students', anonymous: 303 },
  {
    kind: 'other',
    method: 'GET',
    url: '/students/new',
    anonymous: 303,
    signedIn: { default: 403, 'district-admin': 200, chairperson: 200 },
  },
  {
    kind: 'other',
    method: 'POST',
    url: '/students',
    anonymous: 303,
    form: true,
    signedIn: { default: 403, 'district-admin': 303 },
    body: (role) => ({ ...newStudent, studentNumber: `P-${role}` }),
  },
  { kind: 'student', method: 'GET', url: '/students/:id', expect: view, anonymous: 303 },
  {
    kind: 'student',
    method: 'GET',
    url: '/students/:id/edit',
    expect: change(200),
    anonymous: 303,
  },
  {
    kind: 'student',
    method: 'POST',
    url: '/students/:id/edit',
    expect: change(303),
    anonymous: 303,
    form: true,
    body: (v) => ({ version: v.student, preferredName: 'Sky' }),
  },
  {
    kind: 'student',
    method: 'POST',
    url: '/students/:id/guardians',
    expect: change(303),
    anonymous: 303,
    form: true,
    body: () => ({ fullName: 'Lu Chen', relationship: 'grandmother' }),
  },
  {
    kind: 'student',
    method: 'GET',
    url: '/students/:id/guardians/:guardianId/edit',
    expect: change(200),
    anonymous: 303,
  },
  {
    kind: 'student',
    method: 'POST',
    url: '/students/:id/guardians/:guardianId/edit',
    expect: change(303),
    anonymous: 303,
    form: true,
    body: (v) => ({
      version: v.guardian,
      fullName: 'Renamed Guardian',
      relationship: 'mother',
      educationalAuthority: 'on',
    }),
  },
  {
    kind: 'student',
    method: 'POST',
    url: '/students/:id/enrollments',
    expect: change(303),
    anonymous: 303,
    form: true,
    body: () => ({ siteId: '00000000-0000-4000-8000-000000000000', startsOn: '2026-09-10' }),
  },
  {
    kind: 'student',
    method: 'POST',
    url: '/students/:id/enrollments/:enrollmentId/end',
    expect: change(303),
    anonymous: 303,
    form: true,
    body: () => ({ endsOn: '2099-06-29' }),
  },
  { kind: 'other', method: 'GET', url: '/account', anonymous: 303, signedIn: { default: 200 } },
  {
    kind: 'other',
    method: 'GET',
    url: '/account/password',
    anonymous: 303,
    signedIn: { default: 200 },
  },
  {
    kind: 'other',
    method: 'POST',
    url: '/account/password',
    anonymous: 303,
    form: true,
    signedIn: { default: 400 },
    body: () => ({
      currentPassword: 'not my password',
      newPassword: 'a fresh long passphrase',
      confirmPassword: 'a fresh long passphrase',
    }),
  },
  {
    kind: 'other',
    method: 'GET',
    url: '/account/second-factor',
    anonymous: 303,
    signedIn: { default: 200 },
  },
  {
    kind: 'other',
    method: 'POST',
    url: '/account/second-factor',
    anonymous: 303,
    form: true,
    signedIn: { default: 200, 'district-admin': 409, 'privacy-officer': 409 },
  },
  {
    kind: 'other',
    method: 'POST',
    url: '/account/second-factor/confirm',
    anonymous: 303,
    form: true,
    signedIn: { default: 400, 'district-admin': 409, 'privacy-officer': 409 },
    body: () => ({ code: '000000' }),
  },
  {
    kind: 'other',
    method: 'GET',
    url: '/sites',
    anonymous: 303,
    signedIn: { default: 200, parent: 403 },
  },
  {
    kind: 'other',
    method: 'POST',
    url: '/sites',
    anonymous: 303,
    form: true,
    signedIn: { default: 403, 'district-admin': 303 },
    body: (role) => ({ name: `Page site of ${role}`, kind: 'district-school' }),
  },
  {
    kind: 'other',
    method: 'GET',
    url: '/sites/:id/edit',
    anonymous: 303,
    signedIn: { default: 403, 'district-admin': 200 },
    path: (f) => `/sites/${f.siteB}/edit`,
  },
  {
    kind: 'other',
    method: 'POST',
    url: '/sites/:id/edit',
    anonymous: 303,
    form: true,
    signedIn: { default: 403, 'district-admin': 303 },
    path: (f) => `/sites/${f.siteB}/edit`,
    body: async () => ({
      version: await versionOf('sites', fixture.siteB),
      name: 'School B',
      kind: 'district-school',
      address: '2 Main St',
    }),
  },
  {
    kind: 'other',
    method: 'GET',
    url: '/staff',
    anonymous: 303,
    signedIn: { default: 200, parent: 403 },
  },
  {
    kind: 'other',
    method: 'GET',
    url: '/staff/new',
    anonymous: 303,
    signedIn: { default: 403, 'district-admin': 200 },
  },
  {
    kind: 'other',
    method: 'POST',
    url: '/staff',
    anonymous: 303,
    form: true,
    signedIn: { default: 403, 'district-admin': 303 },
    body: (role) => ({
      email: `page.${role}@fixture.test`,
      fullName: 'Page Person',
      roles: 'teacher',
    }),
  },
  {
    kind: 'other',
    method: 'GET',
    url: '/staff/:id/edit',
    anonymous: 303,
    signedIn: { default: 403, 'district-admin': 200 },
    path: (f) => `/staff/${f.accounts.auditor.staffId}/edit`,
  },
  {
    kind: 'other',
    method: 'POST',
    url: '/staff/:id/edit',
    anonymous: 303,
    form: true,
    signedIn: { default: 403, 'district-admin': 303 },
    path: (f) => `/staff/${f.accounts.auditor.staffId}/edit`,
    body: async () => ({
      version: await versionOf('staff', fixture.accounts.auditor.staffId!),
      fullName: 'Fixture auditor',
      title: 'Auditor',
      roles: 'auditor',
    }),
  },
  {
    kind: 'other',
    method: 'POST',
    url: '/staff/:id/disabled',
    anonymous: 303,
    form: true,
    signedIn: { default: 403, 'district-admin': 303 },
    path: (f) => `/staff/${f.accounts.auditor.staffId}/disabled`,
    body: () => ({ disabled: 'false' }),
  },
];

/**
 * Routes outside the matrix on purpose: the API documentation and static assets (no data);
 * the session's own API routes and signing out, which end or need the session and are tested
 * in auth/ and e2e/.
 */
const outsideMatrix = (r: { method: string; url: string }) =>
  r.url.startsWith('/api/docs') ||
  r.url.startsWith('/assets/') ||
  r.url.startsWith('/api/session') ||
  r.url.startsWith('/api/account/') ||
  r.url === '/sign-out';

let database: Database;
let app: FastifyInstance;
let fixture: Fixture;
const sessions = new Map<FixtureRole, TestSession>();

before(async () => {
  database = await openTestDatabase();
  fixture = await createFixture(database);
  app = await buildApp({ database, config: testConfig() });
  for (const role of fixtureRoles) {
    const secret = rolesWithSecondFactor.includes(role) ? fixtureTotpSecret : undefined;
    sessions.set(role, await signInAs(app, fixture.accounts[role].email, fixturePassword, secret));
  }
});
after(async () => {
  await app?.close();
  await database?.close();
});

describe('the access matrix', () => {
  test('declares every API route the app serves', () => {
    const declared = new Set(accessMatrix.map((r) => `${r.method} ${r.url}`));
    const missing = app.routeList.filter(
      (r) => !outsideMatrix(r) && !declared.has(`${r.method} ${r.url}`),
    );
    assert.deepEqual(missing, [], 'add these routes to accessMatrix with their expected answers');
  });

  for (const row of accessMatrix) {
    test(`${row.method} ${row.url}`, async () => {
      await checkRow(row);
    });
  }
});

async function checkRow(row: Row): Promise<void> {
  switch (row.kind) {
    case 'public': {
      const response = await send(row.method, row.url, undefined, row.body, row.form);
      assert.equal(response.statusCode, row.status ?? 200, `${row.url} is public`);
      return;
    }
    case 'list': {
      assert.equal((await send('GET', row.url)).statusCode, row.anonymous, 'signed out');
      for (const role of fixtureRoles) {
        const response = await send('GET', `${row.url}?limit=200`, sessions.get(role));
        assert.equal(response.statusCode, 200, role);
        // The API lists ids; a page links to each student it shows.
        const seen = studentRelations.filter((rel) =>
          response.body.includes(fixture.students[rel]),
        );
        assert.deepEqual(seen, listed(role), `${role} lists exactly their students`);
      }
      return;
    }
    case 'other': {
      const path = row.path?.(fixture) ?? row.url;
      const anonymous = await send(
        row.method,
        path,
        undefined,
        await row.body?.('auditor'),
        row.form,
      );
      assert.equal(anonymous.statusCode, row.anonymous, 'signed out');
      for (const role of fixtureRoles) {
        const response = await send(
          row.method,
          path,
          sessions.get(role),
          await row.body?.(role),
          row.form,
        );
        assert.equal(
          response.statusCode,
          row.signedIn[role] ?? row.signedIn.default,
          `${role}: ${response.body}`,
        );
      }
      return;
    }
    case 'student': {
      for (const relation of studentRelations) {
        const anonymous = await send(
          row.method,
          urlFor(row.url, relation),
          undefined,
          row.body?.({ student: 1, guardian: 1 }),
          row.form,
        );
        assert.equal(anonymous.statusCode, row.anonymous ?? 401, `signed out, ${relation}`);
      }
      for (const role of fixtureRoles) {
        for (const [i, relation] of studentRelations.entries()) {
          const payload = row.body?.(await currentVersions(relation));
          const body =
            row.url.endsWith('/enrollments') && payload
              ? { ...payload, siteId: fixture.siteB }
              : payload;
          const response = await send(
            row.method,
            urlFor(row.url, relation),
            sessions.get(role),
            body,
            row.form,
          );
          assert.equal(
            response.statusCode,
            row.expect[role][i],
            `${role} × ${relation}: ${response.body}`,
          );
        }
      }
      return;
    }
  }
}

interface Answer {
  statusCode: number;
  body: string;
  json: () => unknown;
}

/** A request as an API client (JSON, CSRF header) or as a browser's form post (`_csrf` field). */
function send(
  method: string,
  url: string,
  session?: TestSession,
  payload?: object,
  form = false,
): Promise<Answer> {
  if (form) {
    const fields = {
      ...(payload as Record<string, string> | undefined),
      ...(session ? { _csrf: session.csrfToken } : {}),
    };
    return app.inject({
      method: method as 'POST',
      url,
      headers: {
        ...(session ? { cookie: session.cookie } : {}),
        'content-type': 'application/x-www-form-urlencoded',
      },
      payload: new URLSearchParams(
        Object.entries(fields).map(([k, v]) => [k, String(v)]),
      ).toString(),
    });
  }
  return app.inject({
    method: method as 'GET',
    url,
    headers: session?.headers ?? {},
    ...(payload ? { payload } : {}),
  });
}

async function versionOf(table: 'sites' | 'staff', id: string): Promise<number> {
  const row = await database.db
    .selectFrom(table)
    .where('id', '=', id)
    .select('version')
    .executeTakeFirstOrThrow();
  return row.version;
}

function urlFor(pattern: string, relation: StudentRelation): string {
  return pattern
    .replace(':id', fixture.students[relation])
    .replace(':guardianId', fixture.guardians[relation])
    .replace(':enrollmentId', fixture.enrollments[relation]);
}

/** The rows' current versions (earlier successful writes in the matrix raise them). */
async function currentVersions(relation: StudentRelation): Promise<Versions> {
  const student = await database.db
    .selectFrom('students')
    .where('id', '=', fixture.students[relation])
    .select('version')
    .executeTakeFirstOrThrow();
  const guardian = await database.db
    .selectFrom('guardians')
    .where('id', '=', fixture.guardians[relation])
    .select('version')
    .executeTakeFirstOrThrow();
  return { student: student.version, guardian: guardian.version };
}
