import type { Call } from '../http/call.ts';
import { withStudentRecords } from '../access/student-records.ts';
import { ConflictError } from '../errors.ts';
import { grantGroup, loadGroup, presentGroup, requireGroupChange } from './group-access.ts';
import type { GroupView, VoidInput } from './schemas.ts';

const purpose = 'void-session-group' as const;

/**
 * Voids a group session logged in error, and with it every child's session in it: they stay on
 * the record, struck through, with who voided them, when and why, and no longer count. It takes
 * the right to log sessions for every child in the group (group-access.ts); a child's session
 * in a group is voided only this way, so the group's size always follows its members.
 */
export async function voidGroupSession(
  call: Call,
  input: VoidInput & { studentId: string; groupId: string },
): Promise<GroupView> {
  return withStudentRecords(call, async (records) => {
    const group = await grantGroup(records, input.studentId, input.groupId, 'update', purpose);
    await requireGroupChange(records, group, 'update', purpose);
    if (group.voidedAt !== null)
      throw new ConflictError('This group session was already voided.', presentGroup(group, true));
    const voided = {
      voided_at: new Date(),
      voided_by: records.actor.accountId,
      void_reason: input.reason,
    };
    await records.tx
      .updateTable('session_groups')
      .set(voided)
      .where('id', '=', group.id)
      .where('voided_at', 'is', null)
      .execute();
    await records.tx
      .updateTable('service_sessions')
      .set(voided)
      .where('group_id', '=', group.id)
      .where('voided_at', 'is', null)
      .execute();
    await records.log(
      group.members.map((m) => m.studentId),
      'service-session',
      'update',
      purpose,
    );
    return presentGroup((await loadGroup(records.tx, group.id))!, true);
  });
}
