import type { Call } from '../http/call.ts';
import { withStudentRecords } from '../access/student-records.ts';
import { ForbiddenError } from '../errors.ts';
import { grantIepRead } from './access.ts';
import { loadIep, loadVersion, presentVersion, studentFacts } from './present.ts';
import type { IepVersionView } from './schemas.ts';

/** One version of an IEP. A draft is refused (403, logged) to readers outside the committee. */
export async function getIepVersion(
  call: Call,
  input: { studentId: string; iepId: string; versionId: string },
): Promise<IepVersionView> {
  return withStudentRecords(call, async (records) => {
    const grant = await grantIepRead(records, input.studentId, 'view-iep');
    await loadIep(records, input.studentId, input.iepId);
    const row = await loadVersion(records, input.iepId, input.versionId);
    if (row.status === 'draft' && !grant.canReadDrafts) {
      records.deny(input.studentId, 'iep', 'read', 'view-iep');
      throw new ForbiddenError('An IEP draft is open only to the committee until it is final.');
    }
    const { level } = await studentFacts(records, input.studentId);
    await records.log([input.studentId], 'iep', 'read', 'view-iep');
    return presentVersion(row, level);
  });
}
