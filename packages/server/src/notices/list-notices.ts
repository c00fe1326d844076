import type { Purpose } from '../access/access-log.ts';
import type { StudentRecords } from '../access/student-records.ts';
import { withStudentRecords } from '../access/student-records.ts';
import type { Call } from '../http/call.ts';
import { toNoticeView, toSafeguardsDeliveryView } from './present.ts';
import type { NoticeList } from './schemas.ts';

/** A student's notices (drafts and sent) and safeguards notice deliveries, newest first. */
export async function listNotices(call: Call, input: { studentId: string }): Promise<NoticeList> {
  return withStudentRecords(call, (records) =>
    readNoticeList(records, input.studentId, 'view-notices'),
  );
}

/** Reads and logs a student's notices inside an open records scope (the complete record too). */
export async function readNoticeList(
  records: StudentRecords,
  studentId: string,
  purpose: Purpose,
): Promise<NoticeList> {
  const grant = await records.grant(studentId, 'notice', 'read', purpose);
  const { tx } = records;
  const rows = await tx
    .selectFrom('notices')
    .selectAll()
    .where('student_id', '=', studentId)
    .orderBy('created_at', 'desc')
    .orderBy('id')
    .execute();
  const emails = await tx
    .selectFrom('email_outbox')
    .select(['notice_id', 'status'])
    .where('student_id', '=', studentId)
    .where('notice_id', 'is not', null)
    .execute();
  const emailStatus = new Map(emails.map((e) => [e.notice_id, e.status]));
  const deliveries = await tx
    .selectFrom('safeguards_deliveries')
    .selectAll()
    .where('student_id', '=', studentId)
    .orderBy('delivered_on', 'desc')
    .orderBy('recorded_at', 'desc')
    .execute();
  await records.log([studentId], 'notice', 'read', purpose);
  const manageCase = grant.abilities.manageCase;
  return {
    notices: rows.map((r) => toNoticeView(r, emailStatus.get(r.id) ?? null, manageCase)),
    safeguardsDeliveries: deliveries.map(toSafeguardsDeliveryView),
    manageCase,
  };
}
