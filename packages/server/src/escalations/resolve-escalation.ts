import { withStudentRecords } from '../access/student-records.ts';
import { ConflictError, ForbiddenError, NotFoundError } from '../errors.ts';
import type { Call } from '../http/call.ts';
import { notifyStaff } from '../distribution/notify-staff.ts';
import { mayResolveEscalation } from './access.ts';
import { escalationRows, toEscalationView } from './present.ts';
import type { EscalationView, ResolveEscalationInput } from './schemas.ts';

/**
 * Closes an escalation with how it was resolved: the committee's chairperson, a district
 * administrator or the person who filed it. An escalation is resolved once (409 after); the
 * person who filed it is told, unless they resolved it themselves.
 */
export async function resolveEscalation(
  call: Call,
  input: ResolveEscalationInput & { studentId: string; escalationId: string },
): Promise<EscalationView> {
  const outcome = await withStudentRecords(call, async (records) => {
    const { studentId, escalationId } = input;
    const grant = await records.grant(studentId, 'escalation', 'update', 'resolve-escalation');
    const current = await escalationRows(records.tx)
      .where('e.id', '=', escalationId)
      .where('e.student_id', '=', studentId)
      .executeTakeFirst();
    if (!current) throw new NotFoundError('escalation');
    if (!mayResolveEscalation(records.actor, grant, current)) {
      records.deny(studentId, 'escalation', 'update', 'resolve-escalation');
      throw new ForbiddenError(
        'You may view this escalation but not resolve it. The committee’s chairperson, a district administrator or the person who filed it resolves it.',
      );
    }
    if (current.status === 'resolved') {
      await records.log([studentId], 'escalation', 'read', 'resolve-escalation');
      return { conflict: toEscalationView(current, call.actor.accountId) };
    }
    const updated = await records.tx
      .updateTable('escalations')
      .set({
        status: 'resolved',
        resolved_by: call.actor.accountId,
        resolved_at: new Date(),
        resolution: input.resolution,
      })
      .where('id', '=', escalationId)
      .where('status', '=', 'open')
      .executeTakeFirst();
    // A resolution committed by someone else in the meantime: the same answer as above.
    if (updated.numUpdatedRows === 0n) {
      await records.log([studentId], 'escalation', 'read', 'resolve-escalation');
      return { conflict: toEscalationView(current, call.actor.accountId) };
    }
    if (current.filed_by !== call.actor.accountId) {
      const filer = await records.tx
        .selectFrom('staff')
        .select('id')
        .where('account_id', '=', current.filed_by)
        .executeTakeFirst();
      if (filer)
        await notifyStaff(records, {
          staffId: filer.id,
          studentId,
          kind: 'escalation-resolved',
          subjectId: escalationId,
        });
    }
    await records.log([studentId], 'escalation', 'update', 'resolve-escalation');
    const row = await escalationRows(records.tx)
      .where('e.id', '=', escalationId)
      .executeTakeFirstOrThrow();
    return { resolved: toEscalationView(row, call.actor.accountId) };
  });
  if ('conflict' in outcome)
    throw new ConflictError('This escalation was already resolved.', outcome.conflict);
  return outcome.resolved;
}
