import type { Call } from '../http/call.ts';
import type { StudentRecords } from '../access/student-records.ts';
import { withStudentRecords } from '../access/student-records.ts';
import { ForbiddenError } from '../errors.ts';
import type { AccessLogEntry, AccessLogPage } from './schemas.ts';
import { readAccessLogPage } from './access-log-page.ts';

/**
 * A student's record of access (34 CFR 300.614): who read or changed their records, when and
 * why, newest first, a page at a time. Kept by the privacy officer; reading it is itself logged.
 */
export async function getStudentAccessLog(
  call: Call,
  input: { studentId: string } & AccessLogPage,
): Promise<{ items: AccessLogEntry[]; nextBefore: number | null }> {
  return withStudentRecords(call, async (records) => {
    const grant = await records.grant(input.studentId, 'access-log', 'read', 'view-access-log');
    if (!grant.abilities.viewAccessLog) {
      records.deny(input.studentId, 'access-log', 'read', 'view-access-log');
      throw new ForbiddenError('The record of access is kept by the privacy officer.');
    }
    const { rows, nextBefore } = await readAccessLogPage(records.tx, input);
    await records.log([input.studentId], 'access-log', 'read', 'view-access-log');
    return {
      nextBefore,
      items: rows.map((r) => ({
        seq: r.seq,
        at: r.at,
        actor: r.actor,
        actorRole: r.actor_role,
        recordType: r.record_type,
        action: r.action,
        purpose: r.purpose,
        outcome: r.outcome,
        requestId: r.request_id,
      })),
    };
    const rows = await loadAccessLog(records, input.studentId, { before: input.before, limit });
    // One row more than asked for tells whether older entries remain.
    const page = rows.slice(0, limit);
    await records.log([input.studentId], 'access-log', 'read', 'view-access-log');
    return { nextBefore: rows.length > limit ? page.at(-1)!.seq : null, items: page };
  });
}

/**
 * A student's access-log entries, newest first, with who acted (their name as staff or parent).
 * `limit` rows plus one (so a caller can tell whether older ones remain), or all when absent;
 * `allowedOnly` leaves out refusals. Reads only: the caller holds the grant and logs the read.
 */
export async function loadAccessLog(
  records: StudentRecords,
  studentId: string,
  options: { before?: number | undefined; limit?: number; allowedOnly?: boolean } = {},
): Promise<AccessLogEntry[]> {
  const { before, limit, allowedOnly } = options;
  const rows = await records.tx
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
    .where('l.student_id', '=', studentId)
    .$if(before !== undefined, (q) => q.where('l.seq', '<', before!))
    .$if(allowedOnly === true, (q) => q.where('l.outcome', '=', 'allowed'))
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
      'g.full_name as guardian_name',
    ])
    .orderBy('l.seq', 'desc')
    .$if(limit !== undefined, (q) => q.limit(limit! + 1))
    .execute();
  return rows.map((r) => ({
    seq: r.seq,
    at: new Date(r.at).toISOString(),
    actor: r.staff_name ?? r.guardian_name ?? 'unknown account',
    actorRole: r.actor_role,
    recordType: r.record_type,
    action: r.action,
    purpose: r.purpose,
    outcome: r.outcome,
    requestId: r.request_id,
  }));
}
