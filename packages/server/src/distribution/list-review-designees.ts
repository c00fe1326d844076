import type { Call } from '../http/call.ts';
import { inDistrict } from '../db/tenant.ts';
import type { Tx } from '../db/tenant.ts';
import { grantSiteDesignees } from './access.ts';
import type { DesigneeList, DesigneeView } from './schemas.ts';
import { iso } from './present.ts';

/**
 * A site's review designees (PREK, Accessibility and Storage: "the preschool program leader
 * ... or designee must review the IEP"), current and ended, and the staff working at the site
 * whom the leader may name. Directory data, no student's: nothing is logged.
 */
export async function listReviewDesignees(
  call: Call,
  input: { siteId: string },
): Promise<DesigneeList> {
  return inDistrict(call.ctx.database.db, call.actor.districtId, async (tx) => {
    const { site, may } = await grantSiteDesignees(tx, call.actor, input.siteId);
    const items = await readDesignees(tx, input.siteId);
    const named = new Set(items.filter((d) => d.endedAt === null).map((d) => d.designeeStaffId));
    const candidates = may.name
      ? (
          await tx
            .selectFrom('staff_sites as ss')
            .innerJoin('staff as st', (j) =>
              j.onRef('st.district_id', '=', 'ss.district_id').onRef('st.id', '=', 'ss.staff_id'),
            )
            .innerJoin('accounts as a', 'a.id', 'st.account_id')
            .where('ss.site_id', '=', input.siteId)
            .where('a.disabled_at', 'is', null)
            .where('st.id', '!=', call.actor.staffId!)
            .select(['st.id', 'st.full_name'])
            .orderBy('st.full_name')
            .execute()
        )
          .filter((s) => !named.has(s.id))
          .map((s) => ({ staffId: s.id, name: s.full_name }))
      : [];
    return { siteId: site.id, siteName: site.name, items, may, candidates };
  });
}

export async function readDesignees(tx: Tx, siteId: string): Promise<DesigneeView[]> {
  const rows = await tx
    .selectFrom('review_designees as d')
    .innerJoin('staff as ds', (j) =>
      j.onRef('ds.district_id', '=', 'd.district_id').onRef('ds.id', '=', 'd.designee_staff_id'),
    )
    .innerJoin('staff as ls', (j) =>
      j.onRef('ls.district_id', '=', 'd.district_id').onRef('ls.id', '=', 'd.leader_staff_id'),
    )
    .where('d.site_id', '=', siteId)
    .select([
      'd.id',
      'd.designee_staff_id',
      'd.named_at',
      'd.ended_at',
      'ds.full_name as designee_name',
      'ls.full_name as leader_name',
    ])
    .orderBy('d.named_at', 'desc')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    designeeStaffId: r.designee_staff_id,
    designeeName: r.designee_name,
    leaderName: r.leader_name,
    namedAt: iso(r.named_at)!,
    endedAt: iso(r.ended_at),
  }));
}

/**
 * The sites whose review designees the actor manages: those a program leader leads; every site
 * for a district administrator (who reads and ends them).
 */
export async function listDesigneeSites(call: Call): Promise<{ id: string; name: string }[]> {
  const { actor } = call;
  if (actor.kind !== 'staff' || actor.staffId === null) return [];
  const admin = actor.roles.includes('district-admin');
  if (!admin && !actor.roles.includes('program-leader')) return [];
  const staffId = actor.staffId;
  return inDistrict(call.ctx.database.db, actor.districtId, (tx) => {
    let query = tx.selectFrom('sites').select(['sites.id', 'sites.name']).orderBy('sites.name');
    if (!admin) {
      query = query.where((eb) =>
        eb.exists(
          eb
            .selectFrom('staff_sites as ss')
            .whereRef('ss.site_id', '=', 'sites.id')
            .where('ss.staff_id', '=', staffId)
            .select(eb.lit(1).as('one')),
        ),
      );
    }
    return query.execute();
  });
}
