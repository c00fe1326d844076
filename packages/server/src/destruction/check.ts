import { checkDestruction, checkInspectionRequest } from '@continuum/rules/records/index.ts';
import type { DestructionCheck } from '@continuum/rules/records/index.ts';
import type { StudentRecords } from '../access/student-records.ts';
import type { Tx } from '../db/tenant.ts';
import { AppError } from '../errors.ts';
import { requesterForRules } from '../records-requests/requester.ts';

/** A child's destruction case row, or undefined when nothing was recorded yet. */
export function caseRow(tx: Tx, studentId: string) {
  return tx
    .selectFrom('destruction_cases')
    .where('student_id', '=', studentId)
    .selectAll()
    .executeTakeFirst();
}
export type CaseRow = NonNullable<Awaited<ReturnType<typeof caseRow>>>;

/**
 * What the rules say about destroying the child's records today (`checkDestruction`): informed
 * first, on the request of someone with authority over the records (the same authority as to
 * inspect them, `checkInspectionRequest`, 34 CFR 300.613(c)), and never while a request to
 * inspect is open (FERPA 34 CFR 99.10(e)).
 */
export async function destructionCheck(
  records: StudentRecords,
  studentId: string,
  row: CaseRow | undefined,
): Promise<DestructionCheck> {
  const open = await records.tx
    .selectFrom('records_requests')
    .where('student_id', '=', studentId)
    .where('status', '=', 'requested')
    .select('id')
    .executeTakeFirst();
  return checkDestruction({
    parentInformedOn: row?.informed_on ?? null,
    parentRequestedOn: row?.requested_on ?? null,
    requesterHasAuthority: row ? await requesterHasAuthority(records, studentId, row) : false,
    inspectionOutstanding: open !== undefined,
    on: records.asOf,
  });
}

async function requesterHasAuthority(
  records: StudentRecords,
  studentId: string,
  row: CaseRow,
): Promise<boolean> {
  if (row.requester_kind === null || row.requested_on === null) return false;
  try {
    const requester = await requesterForRules(records, studentId, {
      kind: row.requester_kind,
      guardianId: row.requester_guardian_id,
      representativeName: null,
      authorizationRecordedOn: null,
      receivedOn: row.requested_on,
      channel: row.request_channel ?? 'paper',
    });
    return checkInspectionRequest({ requester, on: row.requested_on }).allowed;
  } catch (error) {
    // The parent who asked is no longer linked to the child: no authority is recorded.
    if (error instanceof AppError && error.code === 'invalid-input') return false;
    throw error;
  }
}
