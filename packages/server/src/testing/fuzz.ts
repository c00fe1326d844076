import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../http/app.ts';
import type { Database } from '../db/database.ts';
import { openTestDatabase } from './test-database.ts';
import { inDistrict } from '../db/tenant.ts';
import { testConfig } from './test-config.ts';
import type { Fixture } from './fixtures.ts';
import { createFixture, fixturePassword, fixtureTotpSecret } from './fixtures.ts';
import type { TestSession } from './sign-in.ts';
import { signInAs } from './sign-in.ts';
import { caseFuzzBodies } from './fuzz-case-bodies.ts';

/**
 * Property: nothing a client sends makes the server answer 500. Every write route the app
 * serves gets random bodies (how many: `runsPerRoute`): arbitrary JSON, malformed text, and
 * valid bodies with one field replaced by something random (to reach past the first check);
 * page forms get random and mutated form fields. The routes are split over five test files
 * (the workspace's API, student pages and other pages; the case's API and pages), so they run
 * side by side.
 */
const fuzzRuns = process.env.FUZZ_RUNS;
/**
 * Bodies per route: 200 for the workspace's routes, and 40 for each of the case,
 * distribution, delivery and records routes (about 150 routes since issue 6), which keeps the
 * suite inside CI's time on two cores (`FUZZ_RUNS` sets them all; a longer local run is
 * `FUZZ_RUNS=1000 npm test`).
 */
const runsPerRoute = (which: FuzzedRoutes) =>
  fuzzRuns !== undefined ? Number(fuzzRuns) : which.startsWith('case-') ? 40 : 200;

let database: Database;
let app: FastifyInstance;
let fixture: Fixture;
/**
 * Students to spread the fuzzing over: a form that happens to be valid adds a guardian or an
 * enrollment, and a thousand of them on one student would measure page size, not robustness.
 */
const poolSize = 25;
let pool: { studentId: string; guardianId: string; enrollmentId: string }[] = [];
let admin: TestSession;

before(async () => {
  database = await openTestDatabase();
  fixture = await createFixture(database);
  pool = await createStudentPool(database, fixture, poolSize);
  app = await buildApp({ database, config: testConfig() });
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

/** A valid body per write route, to mutate; routes without one get only random bodies. */
const validBodies: Record<string, object> = {
  'POST /api/session': { email: 'someone@fixture.test', password: 'a long enough password here' },
  'POST /api/students': {
    studentNumber: 'F-1',
    legalFirstName: 'Ada',
    legalLastName: 'Lee',
    dateOfBirth: '2015-02-03',
    level: 'school-age',
    grade: '5',
    nativeLanguage: 'en',
  },
  'PATCH /api/students/:id': { version: 1, preferredName: 'Al' },
  'POST /api/students/:id/guardians': {
    fullName: 'Bea Lee',
    relationship: 'mother',
    email: 'bea@example.test',
  },
  'POST /api/students/:id/enrollments': {
    siteId: '00000000-0000-4000-8000-000000000000',
    startsOn: '2026-09-10',
  },
  'POST /api/sites': { name: 'New School', kind: 'district-school' },
  'PATCH /api/sites/:id': { version: 1, name: 'Renamed' },
  'POST /api/staff': { email: 'x@fixture.test', fullName: 'X Y', roles: ['teacher'] },
  'PATCH /api/staff/:id': { version: 1, title: 'T' },
  'PUT /api/staff/:id/disabled': { disabled: false },
  'POST /api/account/password': {
    currentPassword: 'wrong',
    newPassword: 'another long passphrase',
  },
  'POST /api/account/second-factor/confirm': { code: '123456' },
  ...caseFuzzBodies.bodies,
};

const unknownRecordId = '00000000-0000-4000-8000-00000000f022';

/** Signing out is not fuzzed: its body is ignored, and it would end the fuzzing session. */
const notFuzzed = new Set(['DELETE /api/session', 'POST /sign-out']);

/** Page forms, with the fields a browser would send, to mutate like the API's bodies. */
const validForms: Record<string, Record<string, string>> = {
  'POST /sign-in': { email: 'someone@fixture.test', password: 'a long enough password here' },
  'POST /students': {
    studentNumber: 'F-2',
    legalFirstName: 'Ada',
    legalLastName: 'Lee',
    dateOfBirth: '2015-02-03',
    level: 'school-age',
    grade: '5',
    nativeLanguage: 'en',
  },
  'POST /students/:id/edit': { version: '1', preferredName: 'Al' },
  'POST /students/:id/guardians': { fullName: 'Bea Lee', relationship: 'mother' },
  'POST /sites': { name: 'Form School', kind: 'district-school' },
  'POST /staff': { email: 'y@fixture.test', fullName: 'Y Z', roles: 'teacher' },
  ...caseFuzzBodies.forms,
};

/** A form body: the valid fields with one replaced, or random pairs; always with the CSRF token. */
const randomForm = (valid: Record<string, string> | undefined, csrf: string) =>
  fc
    .oneof(
      fc.dictionary(fc.string({ maxLength: 20 }), fc.string({ maxLength: 100 }), { maxKeys: 8 }),
      ...(valid
        ? [
            fc
              .tuple(
                fc.constantFrom(...Object.keys(valid), 'unexpected'),
                fc.string({ maxLength: 300 }),
              )
              .map(([k, v]) => ({ ...valid, [k]: v })),
          ]
        : []),
    )
    .map((fields) => new URLSearchParams({ ...fields, _csrf: csrf }).toString());

const randomBody = (valid: object | undefined) =>
  fc.oneof(
    fc.jsonValue().map((v) => JSON.stringify(v)),
    fc.string({ maxLength: 200 }),
    ...(valid
      ? [
          fc
            .tuple(fc.constantFrom(...Object.keys(valid), 'unexpected'), fc.jsonValue())
            .map(([key, value]) => JSON.stringify({ ...valid, [key]: value })),
        ]
      : []),
  );

/**
 * Which write routes a fuzz test file takes: the workspace API's, a student case's API
 * (referral to IEP), the student pages', a case's pages, or the other pages'.
 */
export type FuzzedRoutes = 'api' | 'case-api' | 'student-pages' | 'case-pages' | 'other-pages';

/**
 * The routes of a case (referral to IEP) and of its distribution and service delivery, fuzzed
 * with the case's count of bodies: a student's case records, and the district-wide pages and
 * settings of distribution, delivery and escalations.
 */
const caseRoute =
  /^(\/api)?\/(students\/:id\/(referrals|consents|evaluations|iee-requests|meetings|ieps|notices|documents|timeline|case-events|service-sessions|services|escalations|records-requests|group-sessions|amendments|disclosures|record-of-access|destruction|complete-record)|sites\/:[A-Za-z]+\/review-designees|distribution|caseload|delivery|escalations|escalation-routes|notifications|records-requests|group-sessions|disclosures|destruction|records\/fees?)\b/;

const belongsTo = (url: string): FuzzedRoutes => {
  const api = url.startsWith('/api/');
  if (caseRoute.test(url)) return api ? 'case-api' : 'case-pages';
  if (api) return 'api';
  return url.startsWith('/students') ? 'student-pages' : 'other-pages';
};

async function createStudentPool(
  database: Database,
  f: Fixture,
  size: number,
): Promise<typeof pool> {
  return inDistrict(database.db, f.districtId, async (tx) => {
    const students = await tx
      .insertInto('students')
      .values(
        Array.from({ length: size }, (_, i) => ({
          district_id: f.districtId,
          student_number: `FUZZ-${i}`,
          legal_first_name: `Fuzz${i}`,
          legal_last_name: 'Pool',
          date_of_birth: '2015-05-05',
          level: 'school-age' as const,
          grade: '5',
          native_language: 'en',
        })),
      )
      .returning('id')
      .execute();
    const guardians = await tx
      .insertInto('guardians')
      .values(students.map((_, i) => ({ district_id: f.districtId, full_name: `Guardian ${i}` })))
      .returning('id')
      .execute();
    await tx
      .insertInto('student_guardians')
      .values(
        students.map((st, i) => ({
          district_id: f.districtId,
          student_id: st.id,
          guardian_id: guardians[i]!.id,
          relationship: 'father',
        })),
      )
      .execute();
    const enrollments = await tx
      .insertInto('enrollments')
      .values(
        students.map((st) => ({
          district_id: f.districtId,
          student_id: st.id,
          site_id: f.siteA,
          starts_on: '2020-09-01',
        })),
      )
      .returning('id')
      .execute();
    return students.map((st, i) => ({
      studentId: st.id,
      guardianId: guardians[i]!.id,
      enrollmentId: enrollments[i]!.id,
    }));
  });
}

export function fuzzWriteRoutes(which: FuzzedRoutes): void {
  void test(
    `no write route (${which}) answers 500 to a random body`,
    { timeout: 15 * 60 * 1000 },
    async () => {
      const writeRoutes = app.routeList.filter(
        (r) =>
          ['POST', 'PUT', 'PATCH', 'DELETE'].includes(r.method) &&
          !notFuzzed.has(`${r.method} ${r.url}`) &&
          belongsTo(r.url) === which,
      );
      assert.ok(writeRoutes.length >= 5, 'the write routes were found');
      const fillParams = (pattern: string, target: (typeof pool)[number]) =>
        pattern
          .replace(/^(\/api)?\/sites\/:id/, (m) => m.replace(':id', fixture.siteB))
          .replace(/^(\/api)?\/staff\/:id/, (m) =>
            m.replace(':id', fixture.accounts.auditor.staffId!),
          )
          .replace(':id', target.studentId)
          .replace(':guardianId', target.guardianId)
          .replace(':enrollmentId', target.enrollmentId)
          // A case record's id (`:iepId` …) that the pool does not hold: the route must still
          // answer a random body with a 4xx.
          .replace(/:[A-Za-z]+/g, unknownRecordId);
      for (const route of writeRoutes) {
        const key = `${route.method} ${route.url}`;
        const isPage = !route.url.startsWith('/api/');
        const bodies = isPage
          ? randomForm(validForms[key], admin.csrfToken)
          : randomBody(validBodies[key]);
        await fc.assert(
          fc.asyncProperty(bodies, fc.nat(poolSize - 1), async (payload, member) => {
            const url = fillParams(route.url, pool[member]!);
            const response = await app.inject({
              method: route.method as 'POST',
              url,
              headers: {
                ...admin.headers,
                'content-type': isPage ? 'application/x-www-form-urlencoded' : 'application/json',
              },
              payload,
            });
            assert.ok(
              response.statusCode < 500,
              `${route.method} ${route.url} answered ${response.statusCode} to ${payload}: ${response.body}`,
            );
          }),
          { numRuns: runsPerRoute(which) },
        );
      }
    },
  );
}
