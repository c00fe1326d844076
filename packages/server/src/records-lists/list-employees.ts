import type { Call } from '../http/call.ts';
import { inDistrict } from '../db/tenant.ts';
import type { StaffRole } from '../db/schema.ts';
import type { Reach } from '../access/reach.ts';
import { reachOf } from '../access/reach.ts';

/**
 * The current listing of the employees who may have access to personally identifiable
 * information: "Each participating agency must maintain, for public inspection, a current
 * listing of the names and positions of those employees within the agency who may have access
 * to personally identifiable information" (PSN, Safeguards, 34 CFR 300.623).
 *
 * Generated, never typed: from the directory (staff, their roles, titles, sites, committees and
 * current designations; accounts not disabled, since a disabled account reaches nothing) and
 * the access policy's reach of each role (access/reach.ts). Any signed-in person may read it,
 * parents included; it shows names and positions only, never an e-mail address.
 */
export interface EmployeeEntry {
  fullName: string;
  /** The position: the job title the directory records ("" when none) and the roles. */
  title: string;
  roles: StaffRole[];
  reach: Reach[];
}

export async function listEmployees(call: Call): Promise<{ items: EmployeeEntry[] }> {
  return inDistrict(call.ctx.database.db, call.actor.districtId, async (tx) => {
    const [staff, sites, committees, designations] = await Promise.all([
      tx
        .selectFrom('staff as st')
        .innerJoin('accounts as a', 'a.id', 'st.account_id')
        .where('a.disabled_at', 'is', null)
        .select(['st.id', 'st.full_name', 'st.title', 'st.roles'])
        .orderBy('st.full_name')
        .orderBy('st.id')
        .execute(),
      tx
        .selectFrom('staff_sites as ss')
        .innerJoin('sites as s', (j) =>
          j.onRef('s.district_id', '=', 'ss.district_id').onRef('s.id', '=', 'ss.site_id'),
        )
        .select(['ss.staff_id', 's.name'])
        .orderBy('s.name')
        .execute(),
      tx
        .selectFrom('committee_memberships as m')
        .leftJoin('sites as s', (j) =>
          j.onRef('s.district_id', '=', 'm.district_id').onRef('s.id', '=', 'm.site_id'),
        )
        .select(['m.staff_id', 'm.committee', 's.name'])
        .orderBy('m.committee')
        .orderBy('s.name')
        .execute(),
      tx
        .selectFrom('review_designees as rd')
        .innerJoin('sites as s', (j) =>
          j.onRef('s.district_id', '=', 'rd.district_id').onRef('s.id', '=', 'rd.site_id'),
        )
        .where('rd.ended_at', 'is', null)
        .select(['rd.designee_staff_id as staff_id', 's.name'])
        .orderBy('s.name')
        .execute(),
    ]);
    const byStaff = <T extends { staff_id: string }>(rows: T[]) => {
      const map = new Map<string, T[]>();
      for (const row of rows) map.set(row.staff_id, [...(map.get(row.staff_id) ?? []), row]);
      return (id: string) => map.get(id) ?? [];
    };
    const sitesOf = byStaff(sites);
    const committeesOf = byStaff(committees);
    const designationsOf = byStaff(designations);
    const items: EmployeeEntry[] = [];
    for (const member of staff) {
      const reach = reachOf({
        roles: member.roles,
        sites: sitesOf(member.id).map((s) => s.name),
        committees: committeesOf(member.id).map((c) => ({
          committee: c.committee,
          site: c.name,
        })),
        designeeSites: [...new Set(designationsOf(member.id).map((d) => d.name))],
      });
      if (reach.length)
        items.push({ fullName: member.full_name, title: member.title, roles: member.roles, reach });
    }
    return { items };
  });
}
