import { withStudentRecords } from '../access/student-records.ts';
import { NotFoundError } from '../errors.ts';
import type { Call } from '../http/call.ts';
import { loadNotice, toNoticeView } from './present.ts';
import type { NoticeView } from './schemas.ts';

/** One notice of a student. */
export async function getNotice(
  call: Call,
  input: { studentId: string; noticeId: string },
): Promise<NoticeView> {
  return withStudentRecords(call, async (records) => {
    const grant = await records.grant(input.studentId, 'notice', 'read', 'view-notices');
    const found = await loadNotice(records, input.studentId, input.noticeId);
    if (!found) throw new NotFoundError('notice');
    await records.log([input.studentId], 'notice', 'read', 'view-notices');
    return toNoticeView(found.row, found.emailStatus, grant.abilities.manageCase);
  });
}
