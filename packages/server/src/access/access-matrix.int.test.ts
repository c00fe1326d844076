import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../http/app.ts';
import type { Database } from '../db/database.ts';
import { openTestDatabase } from '../testing/test-database.ts';
import { testConfig } from '../testing/test-config.ts';
import { runAccessMatrix } from '../testing/access-matrix.ts';
import { allMatrixRows } from '../testing/access-matrix-rows.ts';
import { foundationRows } from './foundation.rows.ts';

/**
 * Routes outside the matrix on purpose: the API documentation and static assets (no data);
 * the session's own API routes and signing out, which end or need the session and are tested
 * in auth/ and e2e/.
 */
const outsideMatrix = (r: { method: string; url: string }) =>
  r.url.startsWith('/api/docs') ||
  r.url.startsWith('/assets/') ||
  // Exactly the session's own route: a prefix would also hide, say, a future /api/sessions….
  r.url === '/api/session' ||
  r.url.startsWith('/api/account/') ||
  r.url === '/sign-out';

let database: Database;
let app: FastifyInstance;
before(async () => {
  database = await openTestDatabase();
  app = await buildApp({ database, config: testConfig() });
});
after(async () => {
  await app?.close();
  await database?.close();
});

test('the access matrix declares every route the app serves', () => {
  const declared = new Set(allMatrixRows.map((r) => `${r.method} ${r.url}`));
  const missing = app.routeList.filter(
    (r) => !outsideMatrix(r) && !declared.has(`${r.method} ${r.url}`),
  );
  assert.deepEqual(missing, [], 'add these routes to a module’s access rows');
});

runAccessMatrix('the workspace', foundationRows);
