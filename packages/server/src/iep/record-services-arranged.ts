import type { Call } from '../http/call.ts';
import { withStudentRecords } from '../access/student-records.ts';
import { requireConsent } from '../consent/require-consent.ts';
import { readIep } from './present.ts';
import { recordIepStep } from './record-iep-step.ts';
import type { IepDetail } from './schemas.ts';

/**
 * Records that the programs and services the final IEP recommends were made available (the
 * case event `services-arranged`, which meets the services deadlines of timelines.md). For
 * the student's first IEP this is the initial provision of special education services, which
 * needs the parent's written consent (PSN, Parental consent): refused (422) until the latest
 * `initial-services` consent is granted.
 */
export async function recordServicesArranged(
  call: Call,
  input: { studentId: string; iepId: string; on: string },
): Promise<IepDetail> {
  return withStudentRecords(call, async (records) => {
    await recordIepStep(records, input, {
      type: 'services-arranged',
      purpose: 'record-iep-services-arranged',
      check: async () => {
        const first = await records.tx
          .selectFrom('ieps')
          .where('student_id', '=', input.studentId)
          .select('id')
          .orderBy('created_at')
          .orderBy('id')
          .executeTakeFirstOrThrow();
        if (first.id === input.iepId) {
          await requireConsent(records, input.studentId, 'initial-services');
        }
      },
    });
    return readIep(records, input.studentId, input.iepId, { canReadDrafts: true, canManage: true });
  });
}
