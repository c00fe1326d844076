import { programs } from '@continuum/rules';
import type { Call } from '../http/call.ts';
import { withStudentRecords } from '../access/student-records.ts';
import { RefusedError } from '../errors.ts';
import { readIep } from './present.ts';
import { recordIepStep } from './record-iep-step.ts';
import type { IepDetail } from './schemas.ts';

/**
 * Records that a placement offer for the special class the final IEP recommends was sent to
 * the parent (the case event `placement-offered`, which satisfies the `p1-letter` rule of
 * timelines.md: PSN NYC addendum, P-1 Letter). Refused for an IEP that recommends no special
 * class: there is no class placement to offer.
 */
export async function recordPlacementOffered(
  call: Call,
  input: { studentId: string; iepId: string; on: string },
): Promise<IepDetail> {
  return withStudentRecords(call, async (records) => {
    await recordIepStep(records, input, {
      type: 'placement-offered',
      purpose: 'record-iep-placement-offered',
      check: (final) => {
        if (!final.content.services.some((s) => programs.isSpecialClass(s.program))) {
          throw new RefusedError(
            'This IEP recommends no special class, so there is no class placement to offer.',
            'PSN NYC addendum, P-1 Letter',
            [{ path: 'iepId', message: 'must recommend a special class' }],
          );
        }
        return Promise.resolve();
      },
    });
    return readIep(records, input.studentId, input.iepId, { canReadDrafts: true, canManage: true });
  });
}
