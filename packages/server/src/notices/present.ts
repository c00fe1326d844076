import type { Selectable } from 'kysely';
import {
  missingMeetingNoticeElements,
  missingPwnElements,
} from '@continuum/rules/notices/index.ts';
import type { StudentRecords } from '../access/student-records.ts';
import type { NoticesTable, SafeguardsDeliveriesTable } from '../db/tables/notices.ts';
import type { NoticeView, SafeguardsDeliveryView } from './schemas.ts';

type NoticeRow = Selectable<NoticesTable>;

/** The required elements a notice still lacks, by its kind. */
export function missingElements(row: Pick<NoticeRow, 'kind' | 'content'>): string[] {
  return row.kind === 'prior-written-notice'
    ? missingPwnElements(row.content)
    : missingMeetingNoticeElements(row.content);
}

export function toNoticeView(
  row: NoticeRow,
  emailStatus: NoticeView['emailStatus'],
  manageCase: boolean,
): NoticeView {
  return {
    id: row.id,
    studentId: row.student_id,
    kind: row.kind,
    proposal: row.proposal,
    subjects: row.subjects,
    content: row.content,
    missing: missingElements(row),
    sourceKind: row.source_kind,
    sourceId: row.source_id,
    status: row.status,
    guardianId: row.guardian_id,
    nativeLanguage: row.native_language,
    language: row.language,
    translationNeeded: row.translation_needed,
    channel: row.channel,
    addressUsed: row.address_used,
    sentOn: row.sent_on,
    documentId: row.document_id,
    emailStatus,
    version: row.version,
    manageCase,
  };
}

export function toSafeguardsDeliveryView(
  row: Selectable<SafeguardsDeliveriesTable>,
): SafeguardsDeliveryView {
  return {
    id: row.id,
    guardianId: row.guardian_id,
    trigger: row.trigger as SafeguardsDeliveryView['trigger'],
    requestedOn: row.requested_on,
    deliveredOn: row.delivered_on,
    channel: row.channel,
    addressUsed: row.address_used,
    nativeLanguage: row.native_language,
    language: row.language,
    translationNeeded: row.translation_needed,
  };
}

/** One notice of the student (not found when it is another student's), with its e-mail status. */
export async function loadNotice(
  records: StudentRecords,
  studentId: string,
  noticeId: string,
): Promise<{ row: NoticeRow; emailStatus: NoticeView['emailStatus'] } | undefined> {
  const row = await records.tx
    .selectFrom('notices')
    .selectAll()
    .where('student_id', '=', studentId)
    .where('id', '=', noticeId)
    .executeTakeFirst();
  if (!row) return undefined;
  const email = await records.tx
    .selectFrom('email_outbox')
    .select('status')
    .where('notice_id', '=', noticeId)
    .orderBy('created_at', 'desc')
    .executeTakeFirst();
  return { row, emailStatus: email?.status ?? null };
}
