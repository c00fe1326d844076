import { createTranslator, isLocale } from '@continuum/web';
import { NO_LONGER_NEEDED_NOTICE } from '@continuum/rules/records/index.ts';
import { withStudentRecords } from '../access/student-records.ts';
import { ConflictError, InvalidInputError } from '../errors.ts';
import type { Call } from '../http/call.ts';
import { deliverQueuedEmail, queueEmail } from '../notices/email-outbox.ts';
import { readStudentName } from '../records-requests/present.ts';
import { refuseFutureDates } from '../timelines/case-events.ts';
import { handlesRecordRights } from '../records-requests/access.ts';
import { destructionCaseOf } from './present.ts';
import type { DestructionCaseView, InformInput } from './schemas.ts';

/**
 * Records that the district informed the parent that the child's personally identifiable
 * information is no longer needed to provide educational services (PSN, Destruction of
 * Information, 34 CFR 300.624(a)), by the privacy officer or a district administrator: which
 * parent, the day and how. By e-mail the notice (`NO_LONGER_NEEDED_NOTICE`: no longer needed,
 * destroyed at your request, the permanent record that may be kept) is queued to the parent's
 * address, in their language, and sent after the commit when a mail server is configured.
 * Informing is recorded once (409 after).
 */
export async function recordParentInformed(
  call: Call,
  input: InformInput & { studentId: string },
): Promise<DestructionCaseView> {
  const { studentId } = input;
  const { view, outboxId } = await withStudentRecords(call, async (records) => {
    const grant = await records.grantIf(
      studentId,
      'records-destruction',
      'create',
      'inform-no-longer-needed',
      handlesRecordRights,
      'The privacy officer or a district administrator records that the parent was informed.',
    );
    refuseFutureDates(records, { informedOn: input.informedOn });
    const guardian = await records.tx
      .selectFrom('student_guardians as sg')
      .innerJoin('guardians as g', (j) =>
        j.onRef('g.district_id', '=', 'sg.district_id').onRef('g.id', '=', 'sg.guardian_id'),
      )
      .where('sg.student_id', '=', studentId)
      .where('g.id', '=', input.guardianId)
      .select(['g.id', 'g.full_name', 'g.email', 'g.preferred_language'])
      .executeTakeFirst();
    if (!guardian)
      throw new InvalidInputError([
        { path: 'guardianId', message: "is not one of the child's parents or guardians" },
      ]);
    if (input.how === 'email' && guardian.email === null)
      throw new InvalidInputError([
        { path: 'how', message: 'this parent has no e-mail address on file' },
      ]);
    if (input.how === 'email' && input.informedOn !== records.asOf)
      throw new InvalidInputError([
        { path: 'informedOn', message: `an e-mail notice is sent today (${records.asOf})` },
      ]);
    // Locked, so two people recording at once cannot both inform.
    const existing = await records.tx
      .selectFrom('destruction_cases')
      .where('student_id', '=', studentId)
      .select('informed_on')
      .forUpdate()
      .executeTakeFirst();
    if (existing?.informed_on) {
      await records.log([studentId], 'records-destruction', 'read', 'inform-no-longer-needed');
      return { conflict: true as const };
    }
    let outboxId: string | null = null;
    if (input.how === 'email' && guardian.email !== null) {
      const child = await readStudentName(records.tx, studentId);
      const i18n = createTranslator(
        isLocale(guardian.preferred_language) ? guardian.preferred_language : 'en',
      );
      outboxId = await queueEmail(records, {
        studentId,
        to: guardian.email,
        subject: i18n.t('destruction.email.subject', { child }),
        body: [
          i18n.t('destruction.email.greeting', { name: guardian.full_name }),
          ...NO_LONGER_NEEDED_NOTICE.map((element) =>
            i18n.t(`destruction.notice.${element}`, { child }),
          ),
          i18n.t('destruction.email.howToAsk'),
        ].join('\n\n'),
      });
    }
    const informed = {
      informed_on: input.informedOn,
      informed_how: input.how,
      informed_guardian_id: guardian.id,
      notice_outbox_id: outboxId,
      informed_by: call.actor.accountId,
      informed_at: new Date(),
    };
    if (existing)
      await records.tx
        .updateTable('destruction_cases')
        .set(informed)
        .where('student_id', '=', studentId)
        .execute();
    else
      await records.tx
        .insertInto('destruction_cases')
        .values({ district_id: call.actor.districtId, student_id: studentId, ...informed })
        .execute();
    await records.log([studentId], 'guardians', 'read', 'inform-no-longer-needed');
    await records.log([studentId], 'records-destruction', 'create', 'inform-no-longer-needed');
    return { view: await destructionCaseOf(records, grant, studentId), outboxId };
  }).then((r) => {
    if ('conflict' in r) throw new ConflictError('The parent was already informed.');
    return r;
  });
  if (outboxId === null) return view;
  const status = await deliverQueuedEmail(call.ctx, call.actor.districtId, outboxId);
  return { ...view, noticeEmailStatus: status };
}
