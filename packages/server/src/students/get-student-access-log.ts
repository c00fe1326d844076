import type { Call } from '../http/call.ts';
import { withStudentRecords } from '../access/student-records.ts';
import { ForbiddenError } from '../errors.ts';
import type { AccessLogEntry, AccessLogPage } from './schemas.ts';
import { readAccessLogPage, toAccessLogEntry } from './access-log-page.ts';

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
      items: rows.map(toAccessLogEntry),
    };
  });
}
