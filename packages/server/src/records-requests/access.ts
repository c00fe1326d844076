import type { Actor } from '../access/actor.ts';
import type { StudentGrant } from '../access/student-records.ts';

/**
 * Who reaches a child's records requests, decided here from the grant's relationships (the
 * access policy says who is related to the child; this module says which of them handle the
 * requests). The privacy officer is the official responsible for the confidentiality of the
 * records (34 CFR 300.623) and answers the requests; district administrators act for the
 * district; the parent asks for their own child (34 CFR 300.613); the committee's chairperson
 * reads them, because the records must be available before any IEP meeting. The parent's other
 * rights over the records (amendment, 300.618; destruction, 300.624; the complete record) are
 * handled by the same people, so those modules decide with the same predicates.
 */
export function handlesRecordRights(grant: StudentGrant): boolean {
  return (
    grant.relationships.has('privacy-officer') || grant.relationships.has('district-administrator')
  );
}

/** The child's parent: asks for their own child, online, today. */
export function isParentOf(grant: StudentGrant): boolean {
  return grant.relationships.has('guardian');
}

/** Asking (and the parent's own steps after): the parent, or the district recording what the parent sent another way. */
export function mayActForParent(grant: StudentGrant): boolean {
  return isParentOf(grant) || handlesRecordRights(grant);
}

export function mayReadRequests(actor: Actor, grant: StudentGrant): boolean {
  const r = grant.relationships;
  return mayActForParent(grant) || (r.has('committee') && actor.roles.includes('chairperson'));
}
