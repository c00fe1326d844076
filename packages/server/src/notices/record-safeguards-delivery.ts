import { channelRefusal, EMAIL_CITATION } from '@continuum/rules/notices/index.ts';
import { withStudentRecords } from '../access/student-records.ts';
import { NotFoundError, RefusedError } from '../errors.ts';
import type { Call } from '../http/call.ts';
import { recordCaseEvent } from '../timelines/case-events.ts';
import { languageFor } from './parent-language.ts';
import { toSafeguardsDeliveryView } from './present.ts';
import { requireManageCase } from './require-manage-case.ts';
import type { SafeguardsDeliveryInput, SafeguardsDeliveryView } from './schemas.ts';

/**
 * Records that the district gave a parent the procedural safeguards notice (PSN, opening
 * section: once a year and on each trigger), by which channel and in which language. E-mail
 * only where the parent chose it (PSN, Electronic mail). When the product has no written
 * notice in the parent's native language, the delivery records that an oral or other
 * translation is owed. Records the case events the `psn-annual` check reads:
 * `procedural-safeguards-notice-given`, and `procedural-safeguards-notice-requested` on the day
 * of a parent's request.
 */
export async function recordSafeguardsDelivery(
  call: Call,
  input: SafeguardsDeliveryInput & { studentId: string },
): Promise<SafeguardsDeliveryView> {
  return withStudentRecords(call, async (records) => {
    await requireManageCase(records, input.studentId, 'create', 'record-safeguards-delivery');
    const { tx } = records;
    const parent = await tx
      .selectFrom('student_guardians as sg')
      .innerJoin('guardians as g', (j) =>
        j.onRef('g.id', '=', 'sg.guardian_id').onRef('g.district_id', '=', 'sg.district_id'),
      )
      .select(['g.email', 'g.address', 'g.preferred_language', 'g.notice_delivery'])
      .where('sg.student_id', '=', input.studentId)
      .where('sg.guardian_id', '=', input.guardianId)
      .executeTakeFirst();
    if (!parent) throw new NotFoundError('guardian');
    if (input.channel !== 'in-person') {
      const refusal = channelRefusal({
        channel: input.channel,
        preference: parent.notice_delivery,
        email: parent.email,
        address: parent.address,
      });
      if (refusal) {
        const message =
          refusal === 'email-not-chosen'
            ? 'This parent did not choose to receive notices by e-mail.'
            : refusal === 'no-email-address'
              ? 'This parent has no e-mail address on record.'
              : 'This parent has no mailing address on record.';
        throw new RefusedError(message, EMAIL_CITATION, [{ path: 'channel', message }]);
      }
    }
    await records.log([input.studentId], 'guardians', 'read', 'record-safeguards-delivery');
    const language = languageFor(parent.preferred_language);
    const row = await tx
      .insertInto('safeguards_deliveries')
      .values({
        district_id: records.actor.districtId,
        student_id: input.studentId,
        guardian_id: input.guardianId,
        trigger: input.trigger,
        requested_on: input.requestedOn ?? null,
        delivered_on: input.deliveredOn,
        channel: input.channel,
        address_used:
          input.channel === 'email'
            ? parent.email
            : input.channel === 'mail'
              ? parent.address
              : null,
        native_language: language.nativeLanguage,
        language: language.language,
        translation_needed: language.translationNeeded,
        recorded_by: records.actor.accountId,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    const source = { source: 'safeguards-delivery', sourceId: row.id };
    if (input.requestedOn)
      await recordCaseEvent(records, {
        studentId: input.studentId,
        type: 'procedural-safeguards-notice-requested',
        on: input.requestedOn,
        field: 'requestedOn',
        ...source,
      });
    await recordCaseEvent(records, {
      studentId: input.studentId,
      type: 'procedural-safeguards-notice-given',
      on: input.deliveredOn,
      field: 'deliveredOn',
      ...source,
    });
    await records.log([input.studentId], 'notice', 'create', 'record-safeguards-delivery');
    return toSafeguardsDeliveryView(row);
  });
}
