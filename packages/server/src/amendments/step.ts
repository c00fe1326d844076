import { checkAmendmentStep } from '@continuum/rules/records/index.ts';
import type { AmendmentNotice, AmendmentStep } from '@continuum/rules/records/index.ts';
import { withStudentRecords } from '../access/student-records.ts';
import type { StudentRecords } from '../access/student-records.ts';
import type { Purpose } from '../access/access-log.ts';
import type { AmendmentRequestsTable } from '../db/tables/amendments.ts';
import { InvalidInputError, NotFoundError, RefusedError } from '../errors.ts';
import type { Call } from '../http/call.ts';
import { queueEmail } from '../notices/email-outbox.ts';
import { languageFor } from '../notices/parent-language.ts';
import { refuseDistrictFields } from '../records-requests/requester.ts';
import { refuseFutureDates } from '../timelines/case-events.ts';
import { isParentOf, mayActForParent } from '../records-requests/access.ts';
import type { AmendmentRow } from './present.ts';
import { amendmentRows } from './present.ts';
import { readAmendment } from './read-amendment.ts';
import type { AmendmentView } from './schemas.ts';

type Changes = Partial<
  Pick<
    AmendmentRequestsTable,
    | 'decided_on'
    | 'decided_by'
    | 'decision_reason'
    | 'amendment_made'
    | 'hearing_requested_on'
    | 'hearing_held_on'
    | 'heard_by'
    | 'hearing_decided_on'
    | 'hearing_summary'
    | 'withdrawn_on'
  >
>;

/**
 * A step that is the parent's to take (requesting the hearing, withdrawing): the parent takes it
 * online, today, for their own child, and sends no day; the privacy officer or a district
 * administrator records one received another way, on the day it was received (required).
 */
export async function takeParentsStep(
  call: Call,
  step: {
    studentId: string;
    requestId: string;
    to: AmendmentStep;
    /** The input field of the day the district received the step, and its value. */
    field: string;
    receivedOn: string | undefined;
    changes: (on: string) => Changes;
    purpose: Purpose;
    /** Why anyone else is refused (403). */
    refusal: string;
  },
): Promise<AmendmentView> {
  return withStudentRecords(call, async (records) => {
    const { studentId, requestId, field, purpose } = step;
    const grant = await records.grantIf(
      studentId,
      'amendment',
      'update',
      purpose,
      mayActForParent,
      step.refusal,
    );
    const parent = isParentOf(grant);
    if (parent) refuseDistrictFields({ [field]: step.receivedOn }, [field]);
    const on = parent ? records.asOf : step.receivedOn;
    if (on === undefined) throw new InvalidInputError([{ path: field, message: 'required' }]);
    await takeAmendmentStep(records, {
      studentId,
      requestId,
      to: step.to,
      on,
      field,
      purpose,
      changes: step.changes(on),
    });
    return readAmendment(records, grant, requestId);
  });
}

/**
 * Moves one request a step, in the caller's transaction: the row is locked (two steps at once
 * cannot both pass), the rules' `checkAmendmentStep` decides (an illegal step or a day before
 * the current state's is a 422 with the passage, and nothing is written), the state and its
 * facts are written, and each notice the step owes the parent is queued to their e-mail when
 * they have one (sent after the commit, by the caller). Returns the outbox ids to deliver.
 */
export async function takeAmendmentStep(
  records: StudentRecords,
  step: {
    studentId: string;
    requestId: string;
    to: AmendmentStep;
    on: string;
    /** The input field the day came from, for the field-level error. */
    field: string;
    /** Other days of the input: not in the future, nor before the current state's day. */
    dates?: Record<string, string | undefined>;
    changes: Changes;
    purpose: Purpose;
  },
): Promise<string[]> {
  const { studentId, requestId, to, on, field } = step;
  refuseFutureDates(records, { [field]: on, ...step.dates });
  const locked = await records.tx
    .selectFrom('amendment_requests')
    .where('id', '=', requestId)
    .where('student_id', '=', studentId)
    .select('id')
    .forUpdate()
    .executeTakeFirst();
  if (!locked) throw new NotFoundError('amendment request');
  const current = await amendmentRows(records.tx)
    .where('r.id', '=', requestId)
    .executeTakeFirstOrThrow();
  const early = Object.entries(step.dates ?? {}).filter(
    (entry): entry is [string, string] => entry[1] !== undefined && entry[1] < current.status_on,
  );
  if (early.length)
    throw new InvalidInputError(
      early.map(([path]) => ({
        path,
        message: `cannot be before the request was ${current.status} (${current.status_on})`,
      })),
    );
  const check = checkAmendmentStep({ from: current.status, fromOn: current.status_on, to, on });
  if (!check.allowed) {
    // The reader saw the request to be refused this step: that read is on the record too.
    await records.log([studentId], 'amendment', 'read', step.purpose);
    throw new RefusedError(check.message, check.citation, [
      { path: check.field === 'on' ? field : 'status', message: check.message },
    ]);
  }
  await records.tx
    .updateTable('amendment_requests')
    .set({ ...step.changes, status: to, status_on: on, updated_by: records.actor.accountId })
    .where('id', '=', requestId)
    .execute();
  const outbox: string[] = [];
  for (const { notice } of check.notices) {
    const id = await queueNotice(records, current, notice);
    if (id) outbox.push(id);
  }
  await records.log([studentId], 'amendment', 'update', step.purpose);
  return outbox;
}

/**
 * The notice e-mail to the parent who asked, in their language, when they have an address. It
 * names no child and none of the record (e-mail is not a secure channel): the parent signs in
 * to read the decision and its reasons; the page shows the same notice. A request by the
 * student of age has no parent's address: the page is the notice.
 */
async function queueNotice(
  records: StudentRecords,
  request: AmendmentRow,
  notice: AmendmentNotice,
): Promise<string | null> {
  if (!request.guardian_id) return null;
  const guardian = await records.tx
    .selectFrom('guardians')
    .where('id', '=', request.guardian_id)
    .select(['email', 'preferred_language'])
    .executeTakeFirstOrThrow();
  if (!guardian.email?.trim()) return null;
  const { i18n } = languageFor(guardian.preferred_language);
  await records.log([request.student_id], 'guardians', 'read', purposeOf[notice]);
  return queueEmail(records, {
    studentId: request.student_id,
    amendmentRequestId: request.id,
    to: guardian.email,
    subject: i18n.t(`amendments.email.${notice}.subject`),
    body: `${i18n.t(`amendments.email.${notice}.body`)}\n\n${i18n.t('amendments.email.signIn')}`,
  });
}

const purposeOf: Record<AmendmentNotice, Purpose> = {
  'refusal-and-hearing-right': 'decide-amendment',
  'amended-after-hearing': 'record-amendment-hearing',
  'statement-right': 'record-amendment-hearing',
};
