import { isPrivacyOfficial } from '../privacy/access.ts';
import type { StudentGrant } from '../access/student-records.ts';
import type { Actor } from '../access/actor.ts';
import { mayActForParent } from '../records-requests/access.ts';

/**
 * Who reaches a child's destruction case, decided here from the grant's relationships. The
 * privacy officer is the official responsible for the confidentiality of the records, their
 * retention and destruction (34 CFR 300.623) and alone runs a destruction; district
 * administrators act for the district in informing the parent and recording a request; the
 * parent asks for their own child (34 CFR 300.624). Anyone else related to the child: 403.
 */
export function mayRunDestruction(grant: StudentGrant): boolean {
  return grant.relationships.has('privacy-officer');
}

export function mayReadDestruction(grant: StudentGrant): boolean {
  return mayActForParent(grant);
}

/** The district's queue and destroyed records: the privacy officer and district administrators. */
export function mayReadQueue(actor: Actor): boolean {
  return isPrivacyOfficial(actor);
}
