import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import type { ChainRow } from './hash-chain.ts';
import { ChainCheck, genesisHash } from './hash-chain.ts';

/** A well-formed chain of n rows (hashes over a stand-in content; the database uses its own). */
function chain(n: number): ChainRow[] {
  const rows: ChainRow[] = [];
  let prev = genesisHash;
  for (let seq = 1; seq <= n; seq++) {
    const hash = createHash('sha256').update(`${seq}|${prev}`).digest('hex');
    rows.push({ seq, prevHash: prev, rowHash: hash, recomputedHash: hash });
    prev = hash;
  }
  return rows;
}

function firstBreak(
  rows: ChainRow[],
  head = { lastSeq: rows.length, lastHash: rows.at(-1)?.rowHash ?? genesisHash },
) {
  const check = new ChainCheck();
  for (const row of rows) {
    const reason = check.next(row);
    if (reason) return { seq: row.seq, reason };
  }
  const reason = check.finish(head);
  return reason ? { seq: check.nextSeq, reason } : null;
}

describe('the access log hash chain (34 CFR 300.614 record of access; ADR 2)', () => {
  test('an unbroken chain verifies', () => {
    assert.equal(firstBreak(chain(5)), null);
  });

  test('a row whose content changed is named', () => {
    const rows = chain(5);
    rows[2] = { ...rows[2]!, recomputedHash: 'f'.repeat(64) };
    assert.deepEqual(firstBreak(rows), {
      seq: 3,
      reason: 'its content does not match its hash: the row was altered',
    });
  });

  test('a row removed from the middle is named', () => {
    const rows = chain(5);
    rows.splice(1, 1);
    assert.deepEqual(firstBreak(rows), { seq: 3, reason: 'row 2 is missing (the next row is 3)' });
  });

  test('a row rewritten with a fresh hash breaks the link to the next row', () => {
    const rows = chain(5);
    const forged = createHash('sha256').update('forged').digest('hex');
    rows[1] = { ...rows[1]!, rowHash: forged, recomputedHash: forged };
    assert.deepEqual(firstBreak(rows), {
      seq: 3,
      reason: "its previous-row hash does not match the previous row's hash",
    });
  });

  test('rows cut from the end are caught by the chain head', () => {
    const rows = chain(5);
    const head = { lastSeq: 5, lastHash: rows[4]!.rowHash };
    assert.deepEqual(firstBreak(rows.slice(0, 3), head), {
      seq: 4,
      reason: 'the chain head does not point at the last row: rows were removed from the end',
    });
  });

  test('a district with rows and no head is broken', () => {
    const check = new ChainCheck();
    assert.equal(check.next(chain(1)[0]!), null);
    assert.equal(check.finish(undefined), 'the district has log rows but no chain head');
  });
});
