import type { Call } from '../http/call.ts';
import { inDistrict } from '../db/tenant.ts';
import { mayReadDirectory } from '../access/policy.ts';
import { ForbiddenError, NotFoundError } from '../errors.ts';
import { iso } from './present.ts';

/**
 * Marks one of the signed-in staff member's notifications read (once: a second time keeps the
 * first date). Another person's notification does not exist for them (404). It reads no
 * student's records, so nothing is logged.
 */
export async function markNotificationRead(
  call: Call,
  input: { notificationId: string },
): Promise<{ id: string; readAt: string }> {
  const staffId = call.actor.staffId;
  if (!mayReadDirectory(call.actor) || staffId === null) {
    throw new ForbiddenError('Notifications are for staff members.');
  }
  const row = await inDistrict(call.ctx.database.db, call.actor.districtId, (tx) =>
    tx
      .updateTable('staff_notifications')
      .set((eb) => ({ read_at: eb.fn.coalesce('read_at', eb.val(new Date())) }))
      .where('id', '=', input.notificationId)
      .where('staff_id', '=', staffId)
      .returning(['id', 'read_at'])
      .executeTakeFirst(),
  );
  if (!row) throw new NotFoundError('notification');
  return { id: row.id, readAt: iso(row.read_at)! };
}
