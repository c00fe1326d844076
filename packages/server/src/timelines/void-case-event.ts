import type { Call } from '../http/call.ts';
import { withStudentRecords } from '../access/student-records.ts';
import { ConflictError, InvalidInputError, NotFoundError } from '../errors.ts';
import { manualSource } from './event-owners.ts';
import type { VoidCaseEventInput } from './schemas.ts';

/**
 * Voids a manual event recorded in error: it stays on the case with who voided it, when and
 * why, and the deadlines are derived again without it. An event a module recorded is voided
 * through that module (a consent recorded in error is corrected on the consents page), so the
 * step and its event never disagree.
 */
export async function voidCaseEvent(
  call: Call,
  input: VoidCaseEventInput & { studentId: string; eventId: string },
): Promise<{ id: string; voided: true }> {
  const outcome = await withStudentRecords(call, async (records) => {
    const { studentId, eventId } = input;
    await records.grantCaseChange(
      studentId,
      'case-timeline',
      'update',
      'void-case-event',
      "Only the chairperson of the student's committee or a district administrator voids case events.",
    );
    const event = await records.tx
      .selectFrom('case_events')
      .where('id', '=', eventId)
      .where('student_id', '=', studentId)
      .select(['id', 'source', 'voided_at'])
      .executeTakeFirst();
    if (!event) throw new NotFoundError('case event');
    if (event.source !== manualSource) {
      throw new InvalidInputError(
        [
          {
            path: 'eventId',
            message: `this event was recorded by the ${event.source} module: correct the record there and its event follows`,
          },
        ],
        'This event is not a manual event.',
      );
    }
    const voided = await records.tx
      .updateTable('case_events')
      .set({
        voided_at: new Date(),
        voided_by: records.actor.accountId,
        void_reason: input.reason,
      })
      .where('id', '=', eventId)
      .where('voided_at', 'is', null)
      .returning('id')
      .executeTakeFirst();
    if (!voided) return { alreadyVoided: true as const };
    await records.log([studentId], 'case-timeline', 'update', 'void-case-event');
    return { id: voided.id };
  });
  if ('alreadyVoided' in outcome) {
    throw new ConflictError('This event was already voided.', { id: input.eventId, voided: true });
  }
  return { id: outcome.id, voided: true };
}
