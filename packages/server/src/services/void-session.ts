import type { Call } from '../http/call.ts';
import { withStudentRecords } from '../access/student-records.ts';
import { ConflictError, NotFoundError } from '../errors.ts';
import { grantDeliveryChange, requireCovers } from './access.ts';
import { loadSessions } from './load.ts';
import { presentSession } from './present.ts';
import type { SessionView, VoidInput } from './schemas.ts';

const purpose = 'void-service-session' as const;

/**
 * Voids a session logged in error: it stays on the record, struck through, with who voided it,
 * when and why (service_sessions: never deleted), and no longer counts as delivery. Those who
 * may log the service's sessions may void them.
 */
export async function voidSession(
  call: Call,
  input: VoidInput & { studentId: string; sessionId: string },
): Promise<SessionView> {
  return withStudentRecords(call, async (records) => {
    const { studentId, sessionId } = input;
    const grant = await grantDeliveryChange(records, studentId, 'update', purpose);
    const find = async () =>
      (await loadSessions(records.tx, [studentId], { voided: true, ids: [sessionId] }))[0];
    const session = await find();
    if (!session) throw new NotFoundError('session');
    requireCovers(records, grant, session, 'update', purpose);
    if (session.voidedAt !== null)
      throw new ConflictError('This session was already voided.', presentSession(session, grant));
    // A child's session in a group is voided with its group, so the group's size follows it.
    if (session.group !== null)
      throw new ConflictError(
        'This session is part of a group session: void the group session instead.',
        presentSession(session, grant),
      );
    await records.tx
      .updateTable('service_sessions')
      .set({ voided_at: new Date(), voided_by: records.actor.accountId, void_reason: input.reason })
      .where('id', '=', sessionId)
      .where('voided_at', 'is', null)
      .execute();
    await records.log([studentId], 'service-session', 'update', purpose);
    return presentSession((await find())!, grant);
  });
}
