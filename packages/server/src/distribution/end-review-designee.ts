import type { Call } from '../http/call.ts';
import { inDistrict } from '../db/tenant.ts';
import { ConflictError, ForbiddenError, NotFoundError } from '../errors.ts';
import { grantSiteDesignees } from './access.ts';
import { readDesignees } from './list-review-designees.ts';
import type { DesigneeView } from './schemas.ts';

/**
 * Ends a designee's naming: from the next request they no longer reach the site's IEPs through
 * it (access/policy.ts reads `ended_at`).
 */
export async function endReviewDesignee(
  call: Call,
  input: { siteId: string; designeeId: string },
): Promise<DesigneeView> {
  return inDistrict(call.ctx.database.db, call.actor.districtId, async (tx) => {
    const { may } = await grantSiteDesignees(tx, call.actor, input.siteId);
    if (!may.end)
      throw new ForbiddenError('Only the program leader of this site ends its designees.');
    const find = async () =>
      (await readDesignees(tx, input.siteId)).find((d) => d.id === input.designeeId);
    const designee = await find();
    if (!designee) throw new NotFoundError('designee');
    const ended = await tx
      .updateTable('review_designees')
      .set({ ended_at: new Date() })
      .where('id', '=', input.designeeId)
      .where('ended_at', 'is', null)
      .returning('id')
      .executeTakeFirst();
    if (!ended) throw new ConflictError('This designee’s naming has already ended.', designee);
    return (await find())!;
  });
}
