import type { Actor } from '../access/actor.ts';
import type { StudentGrant } from '../access/student-records.ts';
import { mayActForParent } from '../records-requests/access.ts';

/**
 * Who reaches a child's amendment requests, decided here from the grant's relationships (the
 * access policy says who is related to the child; this module says which of them handle the
 * requests), as records-requests/access.ts does for inspection. The privacy officer is the
 * official responsible for the confidentiality of the records (34 CFR 300.623) and decides,
 * with district administrators, who act for the district (300.618); the parent asks for their
 * own child, requests the hearing and places a statement (the shared predicates of
 * records-requests/access.ts); the committee's chairperson reads them, since the statement is
 * part of the records the committee works from.
 */
export function mayReadAmendments(actor: Actor, grant: StudentGrant): boolean {
  return (
    mayActForParent(grant) ||
    (grant.relationships.has('committee') && actor.roles.includes('chairperson'))
  );
}
