import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../http/app.ts';
import { todayInNewYork } from '../clock.ts';
import type { Database } from '../db/database.ts';
import { openDatabase } from '../db/database.ts';
import { migrate } from '../db/migrate.ts';
import { openTestDatabase } from '../testing/test-database.ts';
import { testConfig } from '../testing/test-config.ts';
import type { Fixture } from '../testing/fixtures.ts';
import { createFixture } from '../testing/fixtures.ts';
import type { TestSession } from '../testing/sign-in.ts';
import { signInAsRole } from '../testing/sign-in.ts';
import { verifyAccessLog } from '../records/verify-access-log.ts';
import type { CliIo } from '../cli/io.ts';
import { main } from '../cli/main.ts';
import { childRowsCondition, studentDataTables } from './field-catalog.ts';
import type { MarkerWorld } from './marker-world.ts';
import { addSiblingRows, rowMakers } from './marker-world.ts';
import type { ColumnTypes, Planted } from './markers.ts';
import { columnTypes, findToken, plantMarkers } from './markers.ts';
import type { DestructionDone } from './schemas.ts';

/**
 * The marker test (issue 6; ADR 0004): a child with a row in every table of the field catalog,
 * a unique marker in every text, jsonb and bytea column of those rows (a document stored as
 * text/plain), a sibling sharing a parent with markers of its own. After the destruction the
 * child's markers are found only in the permanent record, everywhere the schema has a column
 * (information_schema, not a hand list); the sibling keeps every marker; the parent account
 * linked only to the child is disabled; the access log still verifies, by the function and by
 * `continuum audit verify`, with the child's rows unchanged plus one `destroy`.
 *
 * PGlite runs in a data folder here (not in memory), so the command line can open it.
 */
let database: Database;
let app: FastifyInstance | undefined;
let fixture: Fixture;
let officer: TestSession;
let parent: TestSession;
let world: MarkerWorld;
let types: ColumnTypes;
let dataDir: string | undefined;
let databaseUrl: string | undefined;
const childToken = `c${randomBytes(6).toString('hex')}`;
const siblingToken = `s${randomBytes(6).toString('hex')}`;
let childPlanted: Planted;
let siblingPlanted: Planted;
let logBefore: { seq: number; row_hash: string }[];
let guardianOnlyOfChild: string;
let destroyed: DestructionDone;

const childLog = async () =>
  (
    await sql<{ seq: number; row_hash: string; action: string; record_type: string }>`
      select seq, row_hash, action, record_type from access_log
      where district_id = ${fixture.districtId} and student_id = ${world.childId}
      order by seq`.execute(database.db)
  ).rows.map((r) => ({ ...r, seq: Number(r.seq) }));

before(async () => {
  if (process.env.DATABASE_URL) {
    database = await openTestDatabase();
    const name = await sql<{ db: string }>`select current_database() as db`.execute(database.db);
    const url = new URL(process.env.DATABASE_URL);
    url.pathname = `/${name.rows[0]!.db}`;
    databaseUrl = url.toString();
  } else {
    dataDir = mkdtempSync(join(tmpdir(), 'continuum-markers-'));
    database = await openDatabase({ dataDir });
    await migrate(database);
  }
  fixture = await createFixture(database);
  app = await buildApp({ database, config: testConfig() });
  officer = await signInAsRole(app, fixture, 'privacy-officer');
  parent = await signInAsRole(app, fixture, 'parent');
  world = {
    database,
    fixture,
    districtId: fixture.districtId,
    childId: fixture.students.own,
    siblingId: fixture.students.sameSchool,
    ids: {},
  };
  guardianOnlyOfChild = fixture.guardians.own;
  for (const maker of rowMakers) await maker.add(world);
  await addSiblingRows(world);

  // The workflow through the API: informed by e-mail, asked for by the parent online.
  const informed = await app.inject({
    method: 'POST',
    url: `/api/students/${world.childId}/destruction/informed`,
    headers: officer.headers,
    payload: {
      guardianId: guardianOnlyOfChild,
      how: 'email',
      informedOn: todayInNewYork(),
    },
  });
  assert.equal(informed.statusCode, 201, informed.body);
  const asked = await app.inject({
    method: 'POST',
    url: `/api/students/${world.childId}/destruction/request`,
    headers: parent.headers,
    payload: { confirm: true },
  });
  assert.equal(asked.statusCode, 201, asked.body);

  // Reads and a download, so the access log holds rows of the child.
  const document = await database.db
    .selectFrom('documents')
    .where('student_id', '=', world.childId)
    .select('id')
    .executeTakeFirstOrThrow();
  const server: FastifyInstance = app;
  for (const url of [
    `/api/students/${world.childId}`,
    `/api/students/${world.childId}/destruction`,
    `/api/students/${world.childId}/documents`,
    `/api/students/${world.childId}/documents/${document.id}`,
  ]) {
    const response = await server.inject({ method: 'GET', url, headers: officer.headers });
    assert.equal(response.statusCode, 200, `${url}: ${response.body}`);
  }
  types = await columnTypes(database.db);
});
after(async () => {
  await app?.close();
  await database?.close();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

describe('the child has a row in every table, and a marker in every free-text column', () => {
  test('every catalog table destruction reaches holds at least one row of the child', async () => {
    const empty: string[] = [];
    for (const entry of studentDataTables) {
      if (entry.onDestruction === 'kept') continue;
      const condition = childRowsCondition(entry, world.districtId, world.childId);
      const result = await sql<{
        n: number;
      }>`select count(*) as n from ${sql.table(entry.table)} where ${sql.raw(condition)}`.execute(
        database.db,
      );
      if (Number(result.rows[0]?.n) === 0) empty.push(entry.table);
    }
    assert.deepEqual(empty, [], 'add a row maker for these tables (marker-world.ts)');
  });

  test('markers are planted; coded columns refuse them', async () => {
    logBefore = (await childLog()).map(({ seq, row_hash }) => ({ seq, row_hash }));
    assert.ok(logBefore.length >= 5, 'the child has access-log rows');
    childPlanted = await plantMarkers(
      database.db,
      types,
      { districtId: world.districtId, studentId: world.childId },
      childToken,
    );
    siblingPlanted = await plantMarkers(
      database.db,
      types,
      { districtId: world.districtId, studentId: world.siblingId },
      siblingToken,
    );
    assert.deepEqual(childPlanted.codedTaken, [], 'coded columns that are free text');
    assert.deepEqual(siblingPlanted.codedTaken, []);
    assert.deepEqual(
      childPlanted.empty,
      [],
      'columns no row of the child holds: fill them in marker-world.ts',
    );
    // The document is stored as text/plain: its bytes hold the marker.
    const found = await findToken(database.db, types, childToken);
    assert.ok(found.has('documents.content'));
    assert.ok(found.has('students.legal_last_name'));
  });
});

describe('destruction', () => {
  test('a wrong student number is refused, and nothing is destroyed', async () => {
    const response = await app!.inject({
      method: 'POST',
      url: `/api/students/${world.childId}/destruction/run`,
      headers: officer.headers,
      payload: { confirmStudentNumber: 'not the number' },
    });
    assert.equal(response.statusCode, 400, response.body);
    assert.ok((await findToken(database.db, types, childToken)).has('students.student_number'));
  });

  test('the privacy officer destroys, confirming with the student number', async () => {
    const number = await database.db
      .selectFrom('students')
      .where('id', '=', world.childId)
      .select('student_number')
      .executeTakeFirstOrThrow();
    const response = await app!.inject({
      method: 'POST',
      url: `/api/students/${world.childId}/destruction/run`,
      headers: officer.headers,
      payload: {
        confirmStudentNumber: number.student_number,
        gradeLevelCompleted: '5',
        yearCompleted: 2027,
      },
    });
    assert.equal(response.statusCode, 200, response.body);
    destroyed = response.json<DestructionDone>();
    assert.equal(destroyed.studentId, world.childId);
    assert.deepEqual(destroyed.notHeld, ['grades', 'attendance-record', 'classes-attended']);
  });

  test("the child's markers remain only in the permanent record", async () => {
    const found = await findToken(database.db, types, childToken);
    const permanentColumns = new Set(
      studentDataTables
        .filter((t) => t.table === 'permanent_records')
        .flatMap((t) => Object.keys(t.permanent ?? {}).map((c) => `permanent_records.${c}`)),
    );
    assert.deepEqual(
      [...found.keys()].filter((c) => !permanentColumns.has(c)),
      [],
      'markers of the child left outside the permanent record',
    );
    // The name, and the address and phone of the parent with authority, are kept.
    for (const column of ['first_name', 'last_name', 'address', 'phone_number'])
      assert.ok(found.has(`permanent_records.${column}`), column);
    assert.equal(destroyed.permanentRecord.gradeLevelCompleted, '5');
    assert.equal(destroyed.permanentRecord.yearCompleted, 2027);
  });

  test("the child's id remains only in the access log and the destruction's own records", async () => {
    const found = await findToken(database.db, types, world.childId);
    assert.deepEqual([...found.keys()].sort(), [
      'access_log.student_id',
      'permanent_records.student_id',
      'record_destructions.student_id',
    ]);
    assert.deepEqual([...(await findToken(database.db, types, guardianOnlyOfChild)).keys()], []);
  });

  test('the sibling keeps every marker, and the shared parent stays', async () => {
    const found = await findToken(database.db, types, siblingToken);
    assert.deepEqual(
      [...siblingPlanted.columns].filter(([c, rows]) => rows > 0 && !found.has(c)),
      [],
      "sibling's markers lost",
    );
    const shared = await database.db
      .selectFrom('student_guardians')
      .where('guardian_id', '=', world.ids.sharedGuardianId!)
      .select('student_id')
      .execute();
    assert.deepEqual(
      shared.map((s) => s.student_id),
      [world.siblingId],
    );
    // The group session they shared stays for the sibling alone (34 CFR 300.615).
    const members = await database.db
      .selectFrom('service_sessions')
      .where('group_id', '=', world.ids.groupId!)
      .select('student_id')
      .execute();
    assert.deepEqual(
      members.map((m) => m.student_id),
      [world.siblingId],
    );
  });

  test('the parent account linked only to the child is disabled, its sessions gone', async () => {
    const account = await database.db
      .selectFrom('accounts')
      .where('id', '=', fixture.accounts.parent.accountId)
      .selectAll()
      .executeTakeFirstOrThrow();
    assert.equal(account.email, `destroyed-${account.id}@invalid`);
    assert.notEqual(account.disabled_at, null);
    assert.equal(account.password_hash, null);
    const sessions = await database.db
      .selectFrom('sessions')
      .where('account_id', '=', account.id)
      .select('token_hash')
      .execute();
    assert.equal(sessions.length, 0);
    const response = await app!.inject({
      method: 'GET',
      url: '/api/session',
      headers: parent.headers,
    });
    assert.notEqual(response.statusCode, 200);
  });

  test("the access log verifies; the child's rows are unchanged, plus one destroy", async () => {
    const afterRows = await childLog();
    const kept = afterRows.filter((r) => logBefore.some((b) => b.seq === r.seq));
    assert.deepEqual(
      kept.map(({ seq, row_hash }) => ({ seq, row_hash })),
      logBefore,
    );
    const added = afterRows.filter((r) => !logBefore.some((b) => b.seq === r.seq));
    assert.deepEqual(
      added.map((r) => [r.action, r.record_type]),
      [['destroy', 'records-destruction']],
    );
    const result = await verifyAccessLog(database.db);
    assert.equal(result.firstBreak, null);
  });

  test('the student answers 404 and student search never finds the child', async () => {
    for (const url of [
      `/api/students/${world.childId}`,
      `/api/students/${world.childId}/destruction`,
      `/api/students/${world.childId}/documents`,
    ]) {
      const response = await app!.inject({ method: 'GET', url, headers: officer.headers });
      assert.equal(response.statusCode, 404, url);
    }
    const search = await app!.inject({
      method: 'GET',
      url: `/api/students?q=${childToken}`,
      headers: officer.headers,
    });
    assert.equal(search.statusCode, 200, search.body);
    assert.ok(!search.body.includes(world.childId));
    assert.ok(!search.body.includes(childToken));
  });

  test('a second destruction of the same child finds nothing to destroy', async () => {
    const response = await app!.inject({
      method: 'POST',
      url: `/api/students/${world.childId}/destruction/run`,
      headers: officer.headers,
      payload: { confirmStudentNumber: 'x' },
    });
    assert.equal(response.statusCode, 404);
  });

  test('continuum audit verify passes on the same database', async () => {
    await app!.close();
    app = undefined;
    const saved = { DATA_DIR: process.env.DATA_DIR, DATABASE_URL: process.env.DATABASE_URL };
    if (dataDir) {
      await database.close();
      process.env.DATA_DIR = dataDir;
      delete process.env.DATABASE_URL;
    } else process.env.DATABASE_URL = databaseUrl;
    const out: string[] = [];
    const io: CliIo = { out: (t) => void out.push(t), err: (t) => void out.push(t) };
    try {
      assert.equal(await main(['audit', 'verify'], io), 0, out.join('\n'));
      assert.match(out.join('\n'), /no break/);
    } finally {
      if (saved.DATA_DIR === undefined) delete process.env.DATA_DIR;
      else process.env.DATA_DIR = saved.DATA_DIR;
      if (saved.DATABASE_URL === undefined) delete process.env.DATABASE_URL;
      else process.env.DATABASE_URL = saved.DATABASE_URL;
      if (dataDir) database = await openDatabase({ dataDir });
    }
  });
});
