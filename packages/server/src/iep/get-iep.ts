import type { Call } from '../http/call.ts';
import { withStudentRecords } from '../access/student-records.ts';
import { NotFoundError } from '../errors.ts';
import { grantIepRead } from './access.ts';
import { readIep } from './present.ts';
import type { IepDetail } from './schemas.ts';

/** One IEP with its versions (drafts only for the committee), logged as a read of the IEP. */
export async function getIep(
  call: Call,
  input: { studentId: string; iepId: string },
): Promise<IepDetail> {
  return withStudentRecords(call, async (records) => {
    const grant = await grantIepRead(records, input.studentId, 'view-iep');
    const detail = await readIep(records, input.studentId, input.iepId, grant);
    // An IEP with only a draft does not exist yet for readers outside the committee.
    if (detail.versions.length === 0) throw new NotFoundError('IEP');
    await records.log([input.studentId], 'iep', 'read', 'view-iep');
    return detail;
  });
}
