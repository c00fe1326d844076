import type { Call } from '../http/call.ts';
import { withStudentRecords } from '../access/student-records.ts';
import { grantGroup, mayChangeGroup, presentGroup } from './group-access.ts';
import type { GroupView } from './schemas.ts';

const purpose = 'view-session-group' as const;

/**
 * A group session's log, reached through one of its children: every child in it by name, with
 * their service and their own note, and the group's note. Only for a reader who reaches every
 * child in it (group-access.ts; 404 otherwise); logged as a read of each child's sessions.
 */
export async function getGroupSession(
  call: Call,
  input: { studentId: string; groupId: string },
): Promise<GroupView> {
  return withStudentRecords(call, async (records) => {
    const group = await grantGroup(records, input.studentId, input.groupId, 'read', purpose);
    const canVoid = await mayChangeGroup(records, group, purpose);
    await records.log(
      group.members.map((m) => m.studentId),
      'service-session',
      'read',
      purpose,
    );
    return presentGroup(group, canVoid);
  });
}
