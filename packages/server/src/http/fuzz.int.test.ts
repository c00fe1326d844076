import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { FastifyInstance } from 'fastify';
import { buildApp } from './app.ts';
import type { Database } from '../db/database.ts';
import { openTestDatabase } from '../testing/test-database.ts';
import { testConfig } from '../testing/test-config.ts';
import type { Fixture } from '../testing/fixtures.ts';
import { createFixture, fixturePassword, fixtureTotpSecret } from '../testing/fixtures.ts';
import type { TestSession } from '../testing/sign-in.ts';
import { signInAs } from '../testing/sign-in.ts';

/**
 * Property: nothing a client sends makes the server answer 500. Every write route the app
 * serves gets at least 1,000 random bodies: arbitrary JSON, malformed text, and valid bodies
 * with one field replaced by something random (to reach past the first check).
 */
const runsPerRoute = Number(process.env.FUZZ_RUNS ?? 1000);

let database: Database;
let app: FastifyInstance;
let fixture: Fixture;
let admin: TestSession;

before(async () => {
  database = await openTestDatabase();
  fixture = await createFixture(database);
  app = await buildApp({ database, config: testConfig() });
  admin = await signInAs(app, fixture.accounts['district-admin'].email, fixturePassword, fixtureTotpSecret);
});
after(async () => {
  await app?.close();
  await database?.close();
});

/** A valid body per write route, to mutate; routes without one get only random bodies. */
const validBodies: Record<string, object> = {
  'POST /api/session': { email: 'someone@fixture.test', password: 'a long enough password here' },
  'POST /api/students': { studentNumber: 'F-1', legalFirstName: 'Ada', legalLastName: 'Lee', dateOfBirth: '2015-02-03', level: 'school-age', grade: '5', nativeLanguage: 'en' },
  'PATCH /api/students/:id': { version: 1, preferredName: 'Al' },
  'POST /api/students/:id/guardians': { fullName: 'Bea Lee', relationship: 'mother', email: 'bea@example.test' },
  'POST /api/students/:id/enrollments': { siteId: '00000000-0000-4000-8000-000000000000', startsOn: '2026-09-10' },
  'POST /api/sites': { name: 'New School', kind: 'district-school' },
  'PATCH /api/sites/:id': { version: 1, name: 'Renamed' },
  'POST /api/staff': { email: 'x@fixture.test', fullName: 'X Y', roles: ['teacher'] },
  'PATCH /api/staff/:id': { version: 1, title: 'T' },
  'PUT /api/staff/:id/disabled': { disabled: false },
  'POST /api/account/password': { currentPassword: 'wrong', newPassword: 'another long passphrase' },
  'POST /api/account/second-factor/confirm': { code: '123456' },
};

/** Signing out is not fuzzed: its body is ignored, and it would end the fuzzing session. */
const notFuzzed = new Set(['DELETE /api/session']);

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

test('no write route answers 500 to a random body', { timeout: 15 * 60 * 1000 }, async () => {
  const writeRoutes = app.routeList.filter((r) => ['POST', 'PUT', 'PATCH', 'DELETE'].includes(r.method) && !notFuzzed.has(`${r.method} ${r.url}`));
  assert.ok(writeRoutes.length >= 10, 'the write routes were found');
  const ids: Record<string, string> = {
    '/api/students/:id': fixture.students.own,
    '/api/sites/:id': fixture.siteB,
    '/api/staff/:id': fixture.accounts.auditor.staffId!,
  };
  for (const route of writeRoutes) {
    const url = route.url.replace(':id', ids[route.url.replace(/\/[a-z-]+$/, '')] ?? ids[route.url] ?? fixture.students.own);
    await fc.assert(
      fc.asyncProperty(randomBody(validBodies[`${route.method} ${route.url}`]), async (payload) => {
        const response = await app.inject({
          method: route.method as 'POST',
          url,
          headers: { ...admin.headers, 'content-type': 'application/json' },
          payload,
        });
        assert.ok(response.statusCode < 500, `${route.method} ${route.url} answered ${response.statusCode} to ${payload}: ${response.body}`);
      }),
      { numRuns: runsPerRoute },
    );
  }
});
