import type { Tx } from '../db/tenant.ts';
import type { AccessLogEntry, AccessLogPage } from './schemas.ts';

/**
 * One page of a student's access-log rows, newest first, with who acted: a staff member's name
 * and job title, or a parent's name. Shared by the privacy officer's full log
 * (`get-student-access-log.ts`) and the record of access the parent reads
 * (`disclosures/get-record-of-access.ts`, allowed entries only), so both read the same rows the
 * same way. The caller has the grant and logs the read.
 */
export async function readAccessLogPage(
  tx: Tx,
  input: { studentId: string; allowedOnly?: boolean } & AccessLogPage,
) {
  const limit = input.limit ?? 50;
  const rows = await tx
    .selectFrom('access_log as l')
    .leftJoin('staff as st', (j) =>
      j
        .onRef('st.district_id', '=', 'l.district_id')
        .onRef('st.account_id', '=', 'l.actor_account_id'),
    )
    .leftJoin('guardians as g', (j) =>
      j
        .onRef('g.district_id', '=', 'l.district_id')
        .onRef('g.account_id', '=', 'l.actor_account_id'),
    )
    .where('l.student_id', '=', input.studentId)
    .$if(input.allowedOnly === true, (q) => q.where('l.outcome', '=', 'allowed'))
    .$if(input.before !== undefined, (q) => q.where('l.seq', '<', input.before!))
    .select([
      'l.seq',
      'l.at',
      'l.actor_role',
      'l.record_type',
      'l.action',
      'l.purpose',
      'l.outcome',
      'l.request_id',
      'st.full_name as staff_name',
      'st.title as staff_title',
      'g.full_name as guardian_name',
    ])
    .orderBy('l.seq', 'desc')
    .limit(limit + 1)
    .execute();
  // One row more than asked for tells whether older entries remain.
  const page = rows.slice(0, limit);
  return {
    rows: page.map((r) => ({
      ...r,
      at: new Date(r.at).toISOString(),
      actor: r.staff_name ?? r.guardian_name ?? 'unknown account',
    })),
    nextBefore: rows.length > limit ? page.at(-1)!.seq : null,
  };
}

export type AccessLogPageRow = Awaited<ReturnType<typeof readAccessLogPage>>['rows'][number];

/** A row as the API gives it. */
export function toAccessLogEntry(r: AccessLogPageRow): AccessLogEntry {
  return {
    seq: r.seq,
    at: r.at,
    actor: r.actor,
    actorRole: r.actor_role,
    recordType: r.record_type,
    action: r.action,
    purpose: r.purpose,
    outcome: r.outcome,
    requestId: r.request_id,
  };
}

/**
 * Every access-log entry of the student, newest first, page by page: for the complete record
 * (34 CFR 300.613), which holds the whole record of access, not a page of it.
 */
export async function readWholeAccessLog(
  tx: Tx,
  input: { studentId: string; allowedOnly?: boolean },
): Promise<AccessLogEntry[]> {
  const entries: AccessLogEntry[] = [];
  let before: number | undefined;
  for (;;) {
    const page = await readAccessLogPage(tx, {
      ...input,
      limit: 1000,
      ...(before === undefined ? {} : { before }),
    });
    entries.push(...page.rows.map(toAccessLogEntry));
    if (page.nextBefore === null) return entries;
    before = page.nextBefore;
  }
}
