import type { Actor } from '../access/actor.ts';
import type { StudentGrant, StudentRecords } from '../access/student-records.ts';
import type { AccessAction, Purpose } from '../access/access-log.ts';
import { ForbiddenError } from '../errors.ts';

/**
 * Who reaches a child's amendment requests, decided here from the grant's relationships (the
 * access policy says who is related to the child; this module says which of them handle the
 * requests), as records-requests/access.ts does for inspection. The privacy officer is the
 * official responsible for the confidentiality of the records (34 CFR 300.623) and decides,
 * with district administrators, who act for the district (300.618); the parent asks for their
 * own child, requests the hearing and places a statement; the committee's chairperson reads
 * them, since the statement is part of the records the committee works from.
 */
export function mayHandleAmendments(grant: StudentGrant): boolean {
  return (
    grant.relationships.has('privacy-officer') || grant.relationships.has('district-administrator')
  );
}

/** The parent's own steps: asking, the hearing request, withdrawing, the statement. */
export function isParentOf(grant: StudentGrant): boolean {
  return grant.relationships.has('guardian');
}

/** Asking, requesting the hearing, withdrawing, placing a statement: the parent or the district recording them. */
export function mayActForParent(grant: StudentGrant): boolean {
  return isParentOf(grant) || mayHandleAmendments(grant);
}

export function mayReadAmendments(actor: Actor, grant: StudentGrant): boolean {
  return (
    mayActForParent(grant) ||
    (grant.relationships.has('committee') && actor.roles.includes('chairperson'))
  );
}

/** The grant, or 403 (logged) for a relationship that does not reach amendment requests. */
export async function grantAmendments(
  records: StudentRecords,
  studentId: string,
  action: AccessAction,
  purpose: Purpose,
  may: (grant: StudentGrant) => boolean,
  refusal: string,
): Promise<StudentGrant> {
  const grant = await records.grant(studentId, 'amendment', action, purpose);
  if (!may(grant)) {
    records.deny(studentId, 'amendment', action, purpose);
    throw new ForbiddenError(refusal);
  }
  return grant;
}
