import type { Actor } from '../access/actor.ts';
import type { StudentGrant, StudentRecords } from '../access/student-records.ts';
import type { AccessAction, Purpose } from '../access/access-log.ts';

/**
 * Who reaches a child's records requests, decided here from the grant's relationships (the
 * access policy says who is related to the child; this module says which of them handle the
 * requests). The privacy officer is the official responsible for the confidentiality of the
 * records (34 CFR 300.623) and answers the requests; district administrators act for the
 * district; the parent asks for their own child (34 CFR 300.613); the committee's chairperson
 * reads them, because the records must be available before any IEP meeting.
 */
export function mayHandleRequests(grant: StudentGrant): boolean {
  return (
    grant.relationships.has('privacy-officer') || grant.relationships.has('district-administrator')
  );
}

export function mayReadRequests(actor: Actor, grant: StudentGrant): boolean {
  const r = grant.relationships;
  return (
    mayHandleRequests(grant) ||
    r.has('guardian') ||
    (r.has('committee') && actor.roles.includes('chairperson'))
  );
}

/** The grant, or 403 (logged) for a relationship that does not reach records requests. */
export function grantRequests(
  records: StudentRecords,
  studentId: string,
  action: AccessAction,
  purpose: Purpose,
  may: (grant: StudentGrant) => boolean,
  refusal: string,
): Promise<StudentGrant> {
  return records.grantIf(studentId, 'records-request', action, purpose, may, refusal);
}
