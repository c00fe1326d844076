import type { Call } from '../http/call.ts';
import { deliverQueuedEmail } from '../notices/email-outbox.ts';
import type { AmendmentView } from './schemas.ts';

/**
 * Sends the notice e-mails a step queued, once its transaction committed (they stay queued while
 * no mail server is configured), and returns the request with its e-mail's state.
 */
export async function deliverNotices(
  call: Call,
  outcome: { view: AmendmentView; outbox: readonly string[] },
): Promise<AmendmentView> {
  let emailStatus = outcome.view.emailStatus;
  for (const id of outcome.outbox)
    emailStatus = await deliverQueuedEmail(call.ctx, call.actor.districtId, id);
  return { ...outcome.view, emailStatus };
}
