import { withStudentRecords } from '../access/student-records.ts';
import type { Call } from '../http/call.ts';
import { readCompleteRecord } from './assemble-complete-record.ts';
import type { CompleteRecord } from './schemas.ts';

/**
 * A copy of the child's complete record (PSN, Access Rights, 34 CFR 300.613(b)(2)), for the
 * same readers as the record itself. The record is assembled and `render`ed in one transaction,
 * and every record type it holds is logged as a `download` (a copy left the product), so a
 * copy that fails to render leaves no record of having left.
 */
export async function copyCompleteRecord(
  call: Call,
  input: { studentId: string },
  render: (record: CompleteRecord) => Promise<Uint8Array>,
): Promise<Uint8Array> {
  return withStudentRecords(call, async (records) =>
    render(await readCompleteRecord(records, input.studentId, 'copy-complete-record', 'download')),
  );
}
