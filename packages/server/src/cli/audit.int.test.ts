import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { openDatabase } from '../db/database.ts';
import { migrate } from '../db/migrate.ts';
import { inDistrict } from '../db/tenant.ts';
import { appendAccessLog } from '../access/access-log.ts';
import type { CliIo } from './io.ts';
import { main } from './main.ts';

/** `continuum audit verify` end to end, on a PGlite data folder as an operator would run it. */
const dataDir = mkdtempSync(join(tmpdir(), 'continuum-audit-'));
const savedEnv = { DATA_DIR: process.env.DATA_DIR, DATABASE_URL: process.env.DATABASE_URL };

function capture(): CliIo & { out_: string[]; err_: string[] } {
  const out_: string[] = [];
  const err_: string[] = [];
  return { out_, err_, out: (t) => void out_.push(t), err: (t) => void err_.push(t) };
}

before(async () => {
  process.env.DATA_DIR = dataDir;
  delete process.env.DATABASE_URL;
  const database = await openDatabase({ dataDir });
  await migrate(database);
  const { id } = await database.db
    .insertInto('districts')
    .values({ name: 'D' })
    .returning('id')
    .executeTakeFirstOrThrow();
  const actor = {
    accountId: id,
    districtId: id,
    kind: 'staff' as const,
    staffId: null,
    roles: [],
    displayName: 'X',
    email: 'x@x.test',
    secondFactor: false,
  };
  await inDistrict(database.db, id, (tx) =>
    appendAccessLog(
      tx,
      actor,
      'r',
      [1, 2, 3].map(() => ({
        studentId: null,
        recordType: 'student-list' as const,
        action: 'read' as const,
        purpose: 'list-students',
        outcome: 'allowed' as const,
      })),
    ),
  );
  await database.close();
});
after(() => {
  process.env.DATA_DIR = savedEnv.DATA_DIR;
  if (savedEnv.DATABASE_URL) process.env.DATABASE_URL = savedEnv.DATABASE_URL;
  rmSync(dataDir, { recursive: true, force: true });
});

test('audit verify passes on an untouched log, then fails and names the altered row', async () => {
  const ok = capture();
  assert.equal(await main(['audit', 'verify'], ok), 0);
  assert.match(ok.out_.join('\n'), /verified: 3 rows/);

  const database = await openDatabase({ dataDir });
  await database.db.transaction().execute(async (tx) => {
    await sql`alter table access_log disable trigger access_log_immutable`.execute(tx);
    await sql`update access_log set purpose = 'nothing to see' where seq = 2`.execute(tx);
    await sql`alter table access_log enable trigger access_log_immutable`.execute(tx);
  });
  await database.close();

  const broken = capture();
  assert.equal(await main(['audit', 'verify'], broken), 1);
  assert.match(broken.err_.join('\n'), /row 2: its content does not match its hash/);
});

test('audit without verify is a usage error', async () => {
  const io = capture();
  assert.equal(await main(['audit'], io), 2);
});
