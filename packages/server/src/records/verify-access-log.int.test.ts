import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import type { Database } from '../db/database.ts';
import { inDistrict } from '../db/tenant.ts';
import { openTestDatabase } from '../testing/test-database.ts';
import { createFixture } from '../testing/fixtures.ts';
import type { Fixture } from '../testing/fixtures.ts';
import { appendAccessLog } from '../access/access-log.ts';
import type { Actor } from '../access/actor.ts';
import { verifyAccessLog } from './verify-access-log.ts';

let database: Database;
let fixture: Fixture;
let actor: Actor;

before(async () => {
  database = await openTestDatabase();
  fixture = await createFixture(database);
  const teacher = fixture.accounts.teacher;
  actor = {
    accountId: teacher.accountId,
    districtId: fixture.districtId,
    kind: 'staff',
    staffId: teacher.staffId,
    roles: ['teacher'],
    displayName: 'T',
    email: teacher.email,
    secondFactor: false,
  };
  await inDistrict(database.db, fixture.districtId, (tx) =>
    appendAccessLog(
      tx,
      actor,
      'req-1',
      [1, 2, 3, 4, 5].map(() => ({
        studentId: fixture.students.own,
        recordType: 'student-profile' as const,
        action: 'read' as const,
        purpose: 'view-student',
        outcome: 'allowed' as const,
      })),
    ),
  );
});
after(() => database?.close());

/** Tampering as an attacker with the database owner's rights would: the append-only trigger off. */
async function tamper(statement: ReturnType<typeof sql>): Promise<void> {
  await database.db.transaction().execute(async (tx) => {
    await sql`alter table access_log disable trigger access_log_immutable`.execute(tx);
    await statement.execute(tx);
    await sql`alter table access_log enable trigger access_log_immutable`.execute(tx);
  });
}

describe('the access log hash chain', () => {
  test('an untouched chain verifies', async () => {
    const result = await verifyAccessLog(database.db);
    assert.equal(result.firstBreak, null);
    assert.equal(result.rows, 5);
  });

  test('the application role can neither change nor delete a row', async () => {
    await assert.rejects(
      inDistrict(database.db, fixture.districtId, (tx) =>
        sql`update access_log set purpose = 'x'`.execute(tx),
      ),
    );
    await assert.rejects(
      inDistrict(database.db, fixture.districtId, (tx) => sql`delete from access_log`.execute(tx)),
    );
  });

  test('even the owner is stopped by the append-only trigger', async () => {
    await assert.rejects(
      sql`update access_log set purpose = 'x'`.execute(database.db),
      /append-only/,
    );
  });

  test('altering one row names that row', async () => {
    await tamper(sql`update access_log set purpose = 'covering tracks' where seq = 3`);
    const result = await verifyAccessLog(database.db);
    assert.deepEqual(result.firstBreak, {
      districtId: fixture.districtId,
      seq: 3,
      reason: 'its content does not match its hash: the row was altered',
    });
  });
});
