import type { StudentRecords } from '../access/student-records.ts';
import type { NotificationKind } from '../db/tables/distribution.ts';
import type { Call } from '../http/call.ts';
import { deliverQueuedEmail, queueEmail } from '../notices/email-outbox.ts';

/**
 * What the e-mail of each kind of notification says. It names no student and nothing of their
 * records (PREK, Accessibility and Storage: the contents of an IEP "must be kept confidential"):
 * the person signs in and reads it through the access policy.
 */
const emailOf: Record<NotificationKind, { subject: string; body: string }> = {
  'review-requested': {
    subject: 'A paraprofessional asked to review an IEP with you',
    body: 'A paraprofessional supporting a student whose IEP you implement asked you to review the IEP with them.',
  },
  assigned: {
    subject: 'You were assigned to implement an IEP',
    body: 'You were assigned to implement a student’s IEP, in whole or in part. You can open it in Continuum.',
  },
  'assignment-ended': {
    subject: 'Your assignment to implement an IEP has ended',
    body: 'Your assignment to implement a student’s IEP has ended; the IEP is no longer open to you through it.',
  },
  'escalation-filed': {
    subject: 'A concern about a student’s IEP or services was filed',
    body: 'A concern about the IEP or services of a student you serve was sent to the district.',
  },
  'escalation-resolved': {
    subject: 'A concern about a student’s IEP or services was resolved',
    body: 'A concern about the IEP or services of a student you serve was resolved.',
  },
};

const signInLine =
  'Sign in to Continuum and open Notifications to see it. This message names no student, to keep their records confidential.';

/**
 * Tells a staff member something about a student, in the caller's transaction: a row of their
 * notifications (read through the access policy on /notifications), and an e-mail in the outbox
 * when their account has an address and is not disabled. The caller sends the e-mail after the
 * commit (deliverNotificationEmails; it stays queued while no mail server is configured).
 */
export async function notifyStaff(
  records: StudentRecords,
  notification: { staffId: string; studentId: string; kind: NotificationKind; subjectId: string },
): Promise<{ notificationId: string; outboxId: string | null }> {
  const { districtId } = records.actor;
  const row = await records.tx
    .insertInto('staff_notifications')
    .values({
      district_id: districtId,
      staff_id: notification.staffId,
      student_id: notification.studentId,
      kind: notification.kind,
      subject_id: notification.subjectId,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const account = await records.tx
    .selectFrom('staff as st')
    .innerJoin('accounts as a', 'a.id', 'st.account_id')
    .where('st.id', '=', notification.staffId)
    .select(['a.email', 'a.disabled_at'])
    .executeTakeFirst();
  if (!account || account.email.trim() === '' || account.disabled_at !== null) {
    return { notificationId: row.id, outboxId: null };
  }
  const email = emailOf[notification.kind];
  const outboxId = await queueEmail(records, {
    studentId: notification.studentId,
    notificationId: row.id,
    to: account.email,
    subject: email.subject,
    body: `${email.body}\n\n${signInLine}`,
  });
  return { notificationId: row.id, outboxId };
}

/** Sends the e-mails of notifications once their transaction committed (queued without SMTP_URL). */
export async function deliverNotificationEmails(
  call: Call,
  outboxIds: readonly (string | null)[],
): Promise<void> {
  for (const id of outboxIds) {
    if (id !== null) await deliverQueuedEmail(call.ctx, call.actor.districtId, id);
  }
}
