import { createTransport } from 'nodemailer';
import type { StudentRecords } from '../access/student-records.ts';
import type { AppContext } from '../http/context.ts';
import { inDistrict } from '../db/tenant.ts';

export interface QueuedEmail {
  studentId: string;
  to: string;
  subject: string;
  body: string;
  /** A notice sent to a parent, with its PDF attached. */
  noticeId?: string;
  documentId?: string;
  /** An escalation to the district's contact (escalations/file-escalation.ts). */
  escalationId?: string;
  /** A staff member's notification (distribution/notify-staff.ts). */
  notificationId?: string;
  /** A notice owed on a request to amend the records (amendments/step.ts). */
  amendmentRequestId?: string;
}

/**
 * Queues an e-mail (a notice to a parent, an escalation to the district's contact) in the
 * caller's transaction: it is sent only after the commit.
 */
export async function queueEmail(records: StudentRecords, email: QueuedEmail): Promise<string> {
  const row = await records.tx
    .insertInto('email_outbox')
    .values({
      district_id: records.actor.districtId,
      student_id: email.studentId,
      notice_id: email.noticeId ?? null,
      escalation_id: email.escalationId ?? null,
      notification_id: email.notificationId ?? null,
      amendment_request_id: email.amendmentRequestId ?? null,
      to_address: email.to,
      subject: email.subject,
      body: email.body,
      document_id: email.documentId ?? null,
      created_by: records.actor.accountId,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/**
 * Sends one queued e-mail (with its PDF, if it has one) through the configured mail server and records what the
 * server answered. Without a mail server it does nothing: the message stays `queued`, and the
 * pages say so (the product never claims to have sent what it did not). This is a system step
 * after the notice or escalation was committed, so it reads the outbox row directly (no student
 * data leaves but to the address the use case chose: the parent's own, the district's route).
 */
export async function deliverQueuedEmail(
  ctx: AppContext,
  districtId: string,
  outboxId: string,
): Promise<'queued' | 'sent' | 'failed'> {
  // The mail server, when one is configured (`SMTP_URL`); otherwise e-mail stays queued.
  const url = ctx.config.smtpUrl;
  if (!url) return 'queued';
  const { db } = ctx.database;
  const message = await inDistrict(db, districtId, (tx) =>
    tx
      .selectFrom('email_outbox as o')
      .leftJoin('documents as d', (j) =>
        j.onRef('d.id', '=', 'o.document_id').onRef('d.district_id', '=', 'o.district_id'),
      )
      .select(['o.to_address', 'o.subject', 'o.body', 'd.content', 'd.title'])
      .where('o.id', '=', outboxId)
      .where('o.status', '=', 'queued')
      .executeTakeFirst(),
  );
  if (!message) return 'queued';
  let status: 'sent' | 'failed';
  let result: string;
  try {
    const info = await createTransport(url).sendMail({
      from: process.env.SMTP_FROM ?? 'no-reply@continuum.invalid',
      to: message.to_address,
      subject: message.subject,
      text: message.body,
      attachments: message.content
        ? [{ filename: 'notice.pdf', content: Buffer.from(message.content) }]
        : [],
    });
    status = 'sent';
    result = String(info.messageId ?? 'accepted');
  } catch (error) {
    status = 'failed';
    result = error instanceof Error ? error.message.slice(0, 500) : 'failed';
  }
  await inDistrict(db, districtId, (tx) =>
    tx
      .updateTable('email_outbox')
      .set({ status, result, attempted_at: new Date() })
      .where('id', '=', outboxId)
      .where('status', '=', 'queued')
      .execute(),
  );
  return status;
}
