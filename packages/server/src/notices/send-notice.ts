import {
  EMAIL_CITATION,
  MEETING_NOTICE_CITATION,
  PWN_CITATION,
  channelRefusal,
} from '@continuum/rules/notices/index.ts';
import { withStudentRecords } from '../access/student-records.ts';
import { renderPdf } from '../documents/render-pdf.ts';
import { storeDocument } from '../documents/store-document.ts';
import { ConflictError, NotFoundError, RefusedError } from '../errors.ts';
import type { Call } from '../http/call.ts';
import { recordCaseEvent } from '../timelines/case-events.ts';
import { deliverQueuedEmail, queueEmail } from './email-outbox.ts';
import { languageFor } from './parent-language.ts';
import { loadNotice, missingElements, toNoticeView } from './present.ts';
import { noticeDocument } from './render-notice.ts';
import { requireManageCase } from './require-manage-case.ts';
import type { NoticeView, SendNoticeInput } from './schemas.ts';

const channelMessages = {
  'email-not-chosen':
    'This parent did not choose to receive notices by e-mail. Send it by mail, or record their choice of e-mail first.',
  'no-email-address': 'This parent has no e-mail address on record. Send it by mail or add one.',
  'no-mailing-address': 'This parent has no mailing address on record. Add one to send by mail.',
} as const;

/**
 * Sends a draft notice to one parent: refused (422, each missing element named) until every
 * required element is present; then rendered to PDF in the parent's native language where the
 * product writes it (otherwise English, with the oral translation it needs recorded), stored
 * as an immutable document, and delivered by mail (the district prints and mails the PDF; the
 * mailing date is recorded) or by e-mail only where the parent chose it (queued in the outbox;
 * sent only when a mail server is configured). A prior written notice records the case event
 * `prior-written-notice-sent`. The sent notice never changes afterwards.
 */
export async function sendNotice(
  call: Call,
  input: SendNoticeInput & { studentId: string; noticeId: string },
): Promise<NoticeView> {
  const outcome = await withStudentRecords(call, async (records) => {
    const grant = await requireManageCase(records, input.studentId, 'update', 'send-notice');
    const { tx } = records;
    const found = await loadNotice(records, input.studentId, input.noticeId);
    if (!found) throw new NotFoundError('notice');
    const { row } = found;
    const citation = row.kind === 'prior-written-notice' ? PWN_CITATION : MEETING_NOTICE_CITATION;
    if (row.status === 'sent')
      throw new RefusedError(
        'This notice was already sent. To correct it, draft and send a new notice.',
        citation,
      );
    if (row.version !== input.version) {
      await records.log([input.studentId], 'notice', 'read', 'send-notice');
      return { conflict: toNoticeView(row, found.emailStatus, grant.abilities.manageCase) };
    }
    const missing = missingElements(row);
    if (missing.length > 0)
      throw new RefusedError(
        'The notice cannot be sent until every required element is written. Complete the elements named and send it again.',
        citation,
        missing.map((element) => ({ path: `content.${element}`, message: 'is required' })),
      );
    const parent = await tx
      .selectFrom('student_guardians as sg')
      .innerJoin('guardians as g', (j) =>
        j.onRef('g.id', '=', 'sg.guardian_id').onRef('g.district_id', '=', 'sg.district_id'),
      )
      .select(['g.full_name', 'g.email', 'g.address', 'g.preferred_language', 'g.notice_delivery'])
      .where('sg.student_id', '=', input.studentId)
      .where('sg.guardian_id', '=', input.guardianId)
      .executeTakeFirst();
    if (!parent) throw new NotFoundError('guardian');
    const refusal = channelRefusal({
      channel: input.channel,
      preference: parent.notice_delivery,
      email: parent.email,
      address: parent.address,
    });
    if (refusal)
      throw new RefusedError(channelMessages[refusal], EMAIL_CITATION, [
        { path: 'channel', message: channelMessages[refusal] },
      ]);
    const student = await tx
      .selectFrom('students')
      .select(['legal_first_name', 'legal_last_name'])
      .where('id', '=', input.studentId)
      .executeTakeFirstOrThrow();
    await records.log([input.studentId], ['student-profile', 'guardians'], 'read', 'send-notice');
    const language = languageFor(parent.preferred_language);
    const sentOn = input.sentOn ?? records.asOf;
    const title = language.i18n.t(`notices.kind.${row.kind}`);
    const pdf = await renderPdf(
      noticeDocument(
        {
          kind: row.kind,
          proposal: row.proposal,
          subjects: row.subjects,
          content: row.content,
          studentName: `${student.legal_first_name} ${student.legal_last_name}`,
          parentName: parent.full_name,
          sentOn,
          translationNeededFor: language.translationNeeded ? language.nativeLanguage : null,
        },
        language.i18n,
      ),
    );
    const document = await storeDocument(records, {
      studentId: input.studentId,
      kind: row.kind,
      title,
      language: language.language,
      content: pdf,
      source: 'notice',
      sourceId: row.id,
    });
    const addressUsed = (input.channel === 'email' ? parent.email : parent.address) ?? '';
    const sent = await tx
      .updateTable('notices')
      .set((eb) => ({
        status: 'sent' as const,
        guardian_id: input.guardianId,
        native_language: language.nativeLanguage,
        language: language.language,
        translation_needed: language.translationNeeded,
        channel: input.channel,
        address_used: addressUsed,
        sent_on: sentOn,
        sent_by: records.actor.accountId,
        document_id: document.id,
        version: eb('version', '+', 1),
        updated_by: records.actor.accountId,
        updated_at: new Date(),
      }))
      .where('id', '=', row.id)
      .where('version', '=', input.version)
      .returningAll()
      .executeTakeFirstOrThrow();
    let outboxId: string | null = null;
    if (input.channel === 'email')
      outboxId = await queueEmail(records, {
        studentId: input.studentId,
        noticeId: row.id,
        to: addressUsed,
        subject: title,
        body: language.i18n.t('notices.email.body', { title }),
        documentId: document.id,
      });
    if (row.kind === 'prior-written-notice')
      await recordCaseEvent(records, {
        studentId: input.studentId,
        type: 'prior-written-notice-sent',
        on: sentOn,
        source: 'notice',
        sourceId: row.id,
      });
    await records.log([input.studentId], 'notice', 'update', 'send-notice');
    return {
      sent: toNoticeView(sent, outboxId ? 'queued' : null, grant.abilities.manageCase),
      outboxId,
    };
  });
  if ('conflict' in outcome)
    throw new ConflictError(
      'Someone else changed this notice since you opened it. Review the current notice and try again.',
      outcome.conflict,
    );
  if (outcome.outboxId) {
    const emailStatus = await deliverQueuedEmail(call.ctx, call.actor.districtId, outcome.outboxId);
    return { ...outcome.sent, emailStatus };
  }
  return outcome.sent;
}
