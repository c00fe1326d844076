import { sql } from 'kysely';
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import { ChainCheck } from './hash-chain.ts';

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

const pageSize = 5000;

/**
 * Checks the access log's hash chain, district by district, and returns the first broken row.
 * Each row's hash is recomputed by the database with the same function the insert trigger
 * used (access_log_canonical); ChainCheck decides whether the rows form an unbroken chain.
 *
 * A system accessor (STYLE.md habit 3): it reads every district's log on the connection's own
 * role, without a tenant scope, because verifying integrity is the operator's job, not a
 * user's; it reads no student's data, only identifiers and hashes.
 */
export async function verifyAccessLog(
  db: Kysely<DB>,
  only: { districtId?: string } = {},
): Promise<VerifyResult> {
  // One district's chain when asked (the privacy officer's check), every chain otherwise.
  const inDistrict =
    only.districtId === undefined ? sql`true` : sql`district_id = ${only.districtId}`;
  const heads = await sql<{ district_id: string; last_seq: number; last_hash: string }>`
    select district_id, last_seq, last_hash from access_log_chain where ${inDistrict}
    order by district_id`.execute(db);
  const districtsWithRows = await sql<{ district_id: string }>`
    select distinct district_id from access_log where ${inDistrict} order by district_id`.execute(
    db,
  );
  const headByDistrict = new Map(
    heads.rows.map((h) => [h.district_id, { lastSeq: Number(h.last_seq), lastHash: h.last_hash }]),
  );
  let rows = 0;
  const result = (firstBreak: ChainBreak | null): VerifyResult => ({
    rows,
    districts: heads.rows.length,
    firstBreak,
  });
  for (const { district_id: districtId } of districtsWithRows.rows) {
    const check = new ChainCheck();
    for (;;) {
      const page = await sql<{
        seq: number;
        prev_hash: string;
        row_hash: string;
        recomputed: string;
      }>`
        select seq, prev_hash, row_hash,
               encode(sha256(convert_to(access_log_canonical(l), 'UTF8')), 'hex') as recomputed
        from access_log l
        where district_id = ${districtId} and seq >= ${check.nextSeq}
        order by seq
        limit ${pageSize}`.execute(db);
      for (const row of page.rows) {
        const seq = Number(row.seq);
        const reason = check.next({
          seq,
          prevHash: row.prev_hash,
          rowHash: row.row_hash,
          recomputedHash: row.recomputed,
        });
        if (reason) return result({ districtId, seq, reason });
        rows += 1;
      }
      if (page.rows.length < pageSize) break;
    }
    const reason = check.finish(headByDistrict.get(districtId));
    if (reason) return result({ districtId, seq: check.nextSeq, reason });
  }
  return result(null);
}
