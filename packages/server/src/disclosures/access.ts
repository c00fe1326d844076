import type { Actor } from '../access/actor.ts';
import type { StudentGrant } from '../access/student-records.ts';

/**
 * Who reaches a child's disclosures and record of access, decided here from the grant's
 * relationships (the access policy says who is related to the child; this module says which of
 * them handle disclosures). The privacy officer answers for the confidentiality of the records
 * (34 CFR 300.623) and records each disclosure, with district administrators acting for the
 * district; the parent may inspect the record of access of their own child (34 CFR
 * 300.613-300.614); the committee's chairperson reads the disclosures, which the committee needs
 * to know of (a transition agency or a private school's district that received the records).
 */
export function mayRecordDisclosures(grant: StudentGrant): boolean {
  return (
    grant.relationships.has('privacy-officer') || grant.relationships.has('district-administrator')
  );
}

export function mayReadDisclosures(actor: Actor, grant: StudentGrant): boolean {
  const r = grant.relationships;
  return (
    mayRecordDisclosures(grant) ||
    r.has('guardian') ||
    (r.has('committee') && actor.roles.includes('chairperson'))
  );
}

/** The record of access: the parent of the child, the privacy officer and administrators. */
export function mayReadRecordOfAccess(grant: StudentGrant): boolean {
  return mayRecordDisclosures(grant) || grant.relationships.has('guardian');
}
