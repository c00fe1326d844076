import type { AccessAction, Purpose, RecordType } from '../access/access-log.ts';
import type { StudentGrant, StudentRecords } from '../access/student-records.ts';
import { ForbiddenError } from '../errors.ts';
import { mayHandleRequests } from '../records-requests/access.ts';

/**
 * Who assembles a child's complete record: the parent, for their own child (PSN, Access Rights,
 * 34 CFR 300.613: "inspect and review any education records relating to your child"), and the
 * privacy officer and district administrators, who assemble it to provide it (the same people
 * who handle the requests: records-requests/access.ts). Anyone else related to the child is
 * refused (403, logged); everyone else finds no such child (404).
 */
export function mayAssemble(grant: StudentGrant): boolean {
  return grant.relationships.has('guardian') || mayHandleRequests(grant);
}

/** The grant, or 403 (logged) for a relationship that does not assemble the complete record. */
export async function grantCompleteRecord(
  records: StudentRecords,
  studentId: string,
  recordType: RecordType,
  action: AccessAction,
  purpose: Purpose,
  may: (grant: StudentGrant) => boolean,
  refusal: string,
): Promise<StudentGrant> {
  const grant = await records.grant(studentId, recordType, action, purpose);
  if (!may(grant)) {
    records.deny(studentId, recordType, action, purpose);
    throw new ForbiddenError(refusal);
  }
  return grant;
}
