import type { Committee, StaffRole } from '../db/schema.ts';

/**
 * What each staff role lets a person reach under the access policy (policy.ts), described for
 * the listing of employees who may have access to personally identifiable information: "Each
 * participating agency must maintain, for public inspection, a current listing of the names
 * and positions of those employees within the agency who may have access to personally
 * identifiable information" (PSN, Safeguards, 34 CFR 300.623). It sits beside the policy, and
 * its test compares it with the policy's role lists, so the listing cannot drift from who
 * really reaches records.
 *
 * - `district`: every student of the district (administrators, the privacy officer);
 * - `sites-led`: students enrolled at the sites the person leads;
 * - `committee`: the students of the person's committees (CPSE preschool, CSE school-age);
 * - `implemented`: students whose IEP the person is assigned to implement;
 * - `none`: no relationship to any student, so no access through the product.
 */
export type RoleReach = 'district' | 'sites-led' | 'committee' | 'implemented' | 'none';

export const roleReach: Record<StaffRole, RoleReach> = {
  'district-admin': 'district',
  'privacy-officer': 'district',
  'program-leader': 'sites-led',
  chairperson: 'committee',
  'committee-member': 'committee',
  teacher: 'implemented',
  provider: 'implemented',
  seit: 'implemented',
  paraprofessional: 'implemented',
  'hearing-officer': 'none',
  auditor: 'none',
};

/** One reason a person may reach students' records, with the places that bound it. */
export type Reach =
  | { kind: 'district'; role: StaffRole }
  | { kind: 'sites-led'; role: StaffRole; sites: string[] }
  | { kind: 'committee'; role: StaffRole; committee: Committee; site: string | null }
  | { kind: 'implemented'; role: StaffRole }
  /** Named by a program leader to review IEPs at a site (PREK, Accessibility and Storage). */
  | { kind: 'designee'; site: string };

/** A staff member as the directory knows them: roles, and the names of their places. */
export interface DirectoryPlaces {
  roles: readonly StaffRole[];
  /** The sites they work at (a program leader leads these). */
  sites: readonly string[];
  committees: readonly { committee: Committee; site: string | null }[];
  /** The sites they are currently the program leader's designee for. */
  designeeSites: readonly string[];
}

/**
 * Every reason the person may reach records, in the policy's terms; empty when none. A role
 * whose relationship needs a place (a program leader without a site, a committee role without
 * a committee) reaches nothing until the directory gives one.
 */
export function reachOf(places: DirectoryPlaces): Reach[] {
  const reaches: Reach[] = [];
  for (const role of places.roles) {
    switch (roleReach[role]) {
      case 'district':
      case 'implemented':
        reaches.push({ kind: roleReach[role], role });
        break;
      case 'sites-led':
        if (places.sites.length)
          reaches.push({ kind: 'sites-led', role, sites: [...places.sites] });
        break;
      case 'committee':
        for (const c of places.committees)
          reaches.push({ kind: 'committee', role, committee: c.committee, site: c.site });
        break;
      case 'none':
        break;
    }
  }
  for (const site of places.designeeSites) reaches.push({ kind: 'designee', site });
  return reaches;
}
