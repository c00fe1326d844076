import type { Call } from '../http/call.ts';
import { withStudentRecords } from '../access/student-records.ts';
import { ForbiddenError } from '../errors.ts';
import type { AccessLogEntry, AccessLogPage } from './schemas.ts';

/**
 * A student's record of access (34 CFR 300.614): who read or changed their records, when and
 * why, newest first, a page at a time. Kept by the privacy officer; reading it is itself logged.
 */
export async function getStudentAccessLog(
  call: Call,
  input: { studentId: string } & AccessLogPage,
): Promise<{ items: AccessLogEntry[]; nextBefore: number | null }> {
  const limit = input.limit ?? 50;
  return withStudentRecords(call, async (records) => {
    const grant = await records.grant(input.studentId, 'access-log', 'read', 'view-access-log');
    if (!grant.abilities.viewAccessLog) {
      records.deny(input.studentId, 'access-log', 'read', 'view-access-log');
      throw new ForbiddenError('The record of access is kept by the privacy officer.');
    }
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
      .where('l.student_id', '=', input.studentId)
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
        'g.full_name as guardian_name',
      ])
      .orderBy('l.seq', 'desc')
      .limit(limit + 1)
      .execute();
    // One row more than asked for tells whether older entries remain.
    const page = rows.slice(0, limit);
    await records.log([input.studentId], 'access-log', 'read', 'view-access-log');
    return {
      nextBefore: rows.length > limit ? page.at(-1)!.seq : null,
      items: page.map((r) => ({
        seq: r.seq,
        at: new Date(r.at).toISOString(),
        actor: r.staff_name ?? r.guardian_name ?? 'unknown account',
        actorRole: r.actor_role,
        recordType: r.record_type,
        action: r.action,
        purpose: r.purpose,
        outcome: r.outcome,
        requestId: r.request_id,
      })),
    };
  });
}
