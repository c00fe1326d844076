import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../http/app.ts';
import type { Database } from '../db/database.ts';
import { openTestDatabase } from './test-database.ts';
import { testConfig } from './test-config.ts';
import type { Fixture, FixtureRole, StudentRelation } from './fixtures.ts';
import { createFixture, fixtureRoles, studentRelations } from './fixtures.ts';
import type { TestSession } from './sign-in.ts';
import { signInAsRole } from './sign-in.ts';

/**
 * The access matrix (DESIGN.md, Access policy): every route × role × relationship with the
 * expected answer. Each domain declares its rows beside its code (`<module>/access.rows.ts`)
 * and runs them in its own test file with `runAccessMatrix`; `access/access-matrix.int.test.ts`
 * fails when the app serves a route that no row declares.
 *
 * Per-student routes list, per role, the status for the students [own, sameSchool,
 * otherSchool, otherDistrict] (see fixtures.ts). Outside a grant the answer is 404, never 403;
 * 403 means "you may see this student but not do this".
 */
export type Four = readonly [number, number, number, number];
export type PerStudent = Record<FixtureRole, Four>;

const V: Four = [200, 200, 200, 404]; // the whole district
const C: Four = [200, 200, 404, 404]; // School A (enrolled there, or its committee)
const I: Four = [200, 404, 404, 404]; // their own student only
export const N: Four = [404, 404, 404, 404]; // no student at all

/** Reading a student's records: anyone holding a relationship to them. */
export const view: PerStudent = {
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
export const change = (ok: number): PerStudent => ({
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
/** Which students each role finds in lists: the same grants as viewing one. */
const listed = (role: FixtureRole) => studentRelations.filter((_, i) => view[role][i] === 200);

/** What a row's callbacks may use to set up the records a request needs. */
export interface MatrixContext {
  database: Database;
  fixture: Fixture;
}

/** One request's target: the student, and the role sending it (undefined when signed out). */
export interface StudentTarget extends MatrixContext {
  relation: StudentRelation;
  studentId: string;
  role: FixtureRole | undefined;
}

export type Versions = { student: number; guardian: number };

/**
 * `:id`, `:guardianId` and `:enrollmentId` are filled with the fixture's rows for each student;
 * any other `:name` comes from `params`, which runs before each request (so a request that
 * changes a record, such as finalizing an IEP, gets a fresh one every time).
 * `form`: an HTML form post (urlencoded, with the session's CSRF token) to a page route.
 * Pages answer a signed-out visitor with a redirect to sign-in (303) where the API says 401.
 */
export type StudentRoute = {
  kind: 'student';
  method: string;
  url: string;
  expect: PerStudent;
  anonymous?: number;
  form?: boolean;
  params?: (target: StudentTarget) => Promise<Record<string, string>>;
  body?: (versions: Versions, params: Record<string, string>) => object;
};
/** Routes that are not about one student: `path` fills the route's parameters, `body` varies by role. */
export type OtherRoute = {
  kind: 'other';
  method: string;
  url: string;
  anonymous: number;
  signedIn: Partial<Record<FixtureRole, number>> & { default: number };
  path?: (f: Fixture) => string;
  form?: boolean;
  body?: (role: FixtureRole, context: MatrixContext) => object | Promise<object>;
};
/** A list of students: each role must find exactly the students it may view. */
export type ListRoute = { kind: 'list'; method: string; url: string; anonymous: number };
export type PublicRoute = {
  kind: 'public';
  method: string;
  url: string;
  status?: number;
  form?: boolean;
  body?: object;
};
export type MatrixRow = StudentRoute | OtherRoute | ListRoute | PublicRoute;

/** Declares one `node:test` per row, against a fresh database, fixture and app. */
export function runAccessMatrix(name: string, rows: readonly MatrixRow[]): void {
  let database: Database;
  let app: FastifyInstance;
  let fixture: Fixture;
  const sessions = new Map<FixtureRole, TestSession>();

  before(async () => {
    database = await openTestDatabase();
    fixture = await createFixture(database);
    app = await buildApp({ database, config: testConfig() });
    for (const role of fixtureRoles) sessions.set(role, await signInAsRole(app, fixture, role));
  });
  after(async () => {
    await app?.close();
    await database?.close();
  });

  void describe(`the access matrix: ${name}`, () => {
    for (const row of rows) {
      void test(`${row.method} ${row.url}`, async () => {
        await checkRow(row);
      });
    }
  });

  async function checkRow(row: MatrixRow): Promise<void> {
    const context: MatrixContext = { database, fixture };
    switch (row.kind) {
      case 'public': {
        const response = await send(row.method, row.url, undefined, row.body, row.form);
        assert.equal(response.statusCode, row.status ?? 200, `${row.url} is public`);
        return;
      }
      case 'list': {
        assert.equal((await send('GET', row.url)).statusCode, row.anonymous, 'signed out');
        for (const role of fixtureRoles) {
          const separator = row.url.includes('?') ? '&' : '?';
          const response = await send('GET', `${row.url}${separator}limit=200`, sessions.get(role));
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
          await row.body?.('auditor', context),
          row.form,
        );
        assert.equal(anonymous.statusCode, row.anonymous, 'signed out');
        for (const role of fixtureRoles) {
          const response = await send(
            row.method,
            path,
            sessions.get(role),
            await row.body?.(role, context),
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
        const target = async (relation: StudentRelation, role: FixtureRole | undefined) => {
          const studentTarget = {
            ...context,
            relation,
            studentId: fixture.students[relation],
            role,
          };
          const params = (await row.params?.(studentTarget)) ?? {};
          return { url: urlFor(row.url, relation, params), params };
        };
        for (const relation of studentRelations) {
          const { url, params } = await target(relation, undefined);
          const anonymous = await send(
            row.method,
            url,
            undefined,
            row.body?.({ student: 1, guardian: 1 }, params),
            row.form,
          );
          assert.equal(anonymous.statusCode, row.anonymous ?? 401, `signed out, ${relation}`);
        }
        for (const role of fixtureRoles) {
          for (const [i, relation] of studentRelations.entries()) {
            const { url, params } = await target(relation, role);
            const payload = row.body?.(await currentVersions(relation), params);
            const body =
              row.url.endsWith('/enrollments') && payload
                ? { ...payload, siteId: fixture.siteB }
                : payload;
            const response = await send(row.method, url, sessions.get(role), body, row.form);
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

  /** A request as an API client (JSON, CSRF header) or as a browser's form post (`_csrf` field). */
  function send(
    method: string,
    url: string,
    session?: TestSession,
    payload?: object,
    form = false,
  ): Promise<{ statusCode: number; body: string }> {
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

  function urlFor(
    pattern: string,
    relation: StudentRelation,
    params: Record<string, string>,
  ): string {
    return pattern
      .replace(':id', fixture.students[relation])
      .replace(':guardianId', fixture.guardians[relation])
      .replace(':enrollmentId', fixture.enrollments[relation])
      .replace(/:([A-Za-z]+)/g, (whole, name: string) => {
        const value = params[name];
        if (value === undefined) throw new Error(`the row gives no value for ${whole}`);
        return value;
      });
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
}

/** A directory row's current version, for rows that edit sites or staff. */
export async function versionOf(
  { database }: MatrixContext,
  table: 'sites' | 'staff',
  id: string,
): Promise<number> {
  const row = await database.db
    .selectFrom(table)
    .where('id', '=', id)
    .select('version')
    .executeTakeFirstOrThrow();
  return row.version;
}
