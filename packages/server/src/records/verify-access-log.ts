import { sql } from 'kysely';
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';

export interface ChainBreak {
  districtId: string;
  seq: number;
  reason: string;
}

export interface VerifyResult {
  rows: number;
  districts: number;
  firstBreak: ChainBreak | null;
}

const genesis = '0'.repeat(64);
const pageSize = 5000;

/**
 * Checks the access log's hash chain, district by district: each row's hash must match its
 * content (recomputed by the database with the same function the insert trigger used), each
 * row must name the previous row's hash, sequence numbers must run without gaps, and the
 * chain head must point at the last row. Returns the first broken row.
 *
 * A system accessor (STYLE.md habit 3): it reads every district's log on the connection's own
 * role, without a tenant scope, because verifying integrity is the operator's job, not a
 * user's; it reads no student's data, only identifiers and hashes.
 */
export async function verifyAccessLog(db: Kysely<DB>): Promise<VerifyResult> {
  const heads = await sql<{ district_id: string; last_seq: number; last_hash: string }>`
    select district_id, last_seq, last_hash from access_log_chain order by district_id`.execute(db);
  const districtsWithRows = await sql<{ district_id: string }>`
    select distinct district_id from access_log order by district_id`.execute(db);
  const headByDistrict = new Map(heads.rows.map((h) => [h.district_id, h]));
  let rows = 0;
  for (const { district_id: districtId } of districtsWithRows.rows) {
    const head = headByDistrict.get(districtId);
    if (!head) return { rows, districts: heads.rows.length, firstBreak: { districtId, seq: 1, reason: 'the district has log rows but no chain head' } };
    let expectedSeq = 1;
    let previousHash = genesis;
    for (;;) {
      const page = await sql<{ seq: number; prev_hash: string; row_hash: string; recomputed: string }>`
        select seq, prev_hash, row_hash,
               encode(sha256(convert_to(access_log_canonical(l), 'UTF8')), 'hex') as recomputed
        from access_log l
        where district_id = ${districtId} and seq >= ${expectedSeq}
        order by seq
        limit ${pageSize}`.execute(db);
      for (const row of page.rows) {
        const seq = Number(row.seq);
        const broken = (reason: string): VerifyResult => ({ rows, districts: heads.rows.length, firstBreak: { districtId, seq, reason } });
        if (seq !== expectedSeq) return broken(`row ${expectedSeq} is missing (the next row is ${seq})`);
        if (row.prev_hash !== previousHash) return broken("its previous-row hash does not match the previous row's hash");
        if (row.recomputed !== row.row_hash) return broken('its content does not match its hash: the row was altered');
        previousHash = row.row_hash;
        expectedSeq += 1;
        rows += 1;
      }
      if (page.rows.length < pageSize) break;
    }
    if (Number(head.last_seq) !== expectedSeq - 1 || head.last_hash !== previousHash) {
      return { rows, districts: heads.rows.length, firstBreak: { districtId, seq: expectedSeq, reason: 'the chain head does not point at the last row: rows were removed from the end' } };
    }
  }
  return { rows, districts: heads.rows.length, firstBreak: null };
}
