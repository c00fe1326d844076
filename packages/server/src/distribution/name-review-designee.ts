import type { Call } from '../http/call.ts';
import { inDistrict } from '../db/tenant.ts';
import { isUniqueViolation } from '../db/sql-errors.ts';
import { ConflictError, ForbiddenError, RefusedError } from '../errors.ts';
import { grantSiteDesignees } from './access.ts';
import { readDesignees } from './list-review-designees.ts';
import type { DesigneeView } from './schemas.ts';

const CITATION = 'PREK, Accessibility and Storage ("the preschool program leader ... or designee")';

/**
 * The program leader of a site names a designee, who reviews the IEPs of the site's students
 * with their teachers and providers in the leader's stead (access/policy.ts, 'leader-designee')
 * until the naming ends. The designee works at the site (staff_sites) and is not the leader.
 */
export async function nameReviewDesignee(
  call: Call,
  input: { siteId: string; staffId: string },
): Promise<DesigneeView> {
  return inDistrict(call.ctx.database.db, call.actor.districtId, async (tx) => {
    const { may } = await grantSiteDesignees(tx, call.actor, input.siteId);
    if (!may.name)
      throw new ForbiddenError('Only the program leader of this site names its designees.');
    const worksHere = await tx
      .selectFrom('staff_sites as ss')
      .innerJoin('staff as st', (j) =>
        j.onRef('st.district_id', '=', 'ss.district_id').onRef('st.id', '=', 'ss.staff_id'),
      )
      .innerJoin('accounts as a', 'a.id', 'st.account_id')
      .where('ss.site_id', '=', input.siteId)
      .where('ss.staff_id', '=', input.staffId)
      .where('a.disabled_at', 'is', null)
      .select('st.id')
      .executeTakeFirst();
    if (!worksHere || input.staffId === call.actor.staffId) {
      throw new RefusedError('This person cannot be named a designee.', CITATION, [
        {
          path: 'staffId',
          message:
            input.staffId === call.actor.staffId
              ? 'You lead this site: name someone else to act for you.'
              : 'Choose a staff member who works at this site, with an account that is not disabled.',
        },
      ]);
    }
    let id: string;
    try {
      ({ id } = await tx
        .insertInto('review_designees')
        .values({
          district_id: call.actor.districtId,
          site_id: input.siteId,
          leader_staff_id: call.actor.staffId!,
          designee_staff_id: input.staffId,
        })
        .returning('id')
        .executeTakeFirstOrThrow());
    } catch (error) {
      if (isUniqueViolation(error, 'review_designees_current')) {
        throw new ConflictError('This person is already a designee for this site.');
      }
      throw error;
    }
    return (await readDesignees(tx, input.siteId)).find((d) => d.id === id)!;
  });
}
