import { withStudentRecords } from '../access/student-records.ts';
import type { Call } from '../http/call.ts';
import { mayReadDestruction } from './access.ts';
import { destructionCaseOf } from './present.ts';
import type { DestructionCaseView } from './schemas.ts';

/**
 * A child's destruction case (34 CFR 300.624): whether the parent was informed that the
 * information is no longer needed, whether destruction was asked for, and what stops it today.
 * For the parent, the privacy officer and district administrators.
 */
export async function getDestructionCase(
  call: Call,
  input: { studentId: string },
): Promise<DestructionCaseView> {
  return withStudentRecords(call, async (records) => {
    const grant = await records.grantIf(
      input.studentId,
      'records-destruction',
      'read',
      'view-destruction',
      mayReadDestruction,
      "A child's destruction case is read by the parent, the privacy officer and district administrators.",
    );
    const view = await destructionCaseOf(records, grant, input.studentId);
    await records.log([input.studentId], 'records-destruction', 'read', 'view-destruction');
    return view;
  });
}
