import type { AppContext } from '../http/context.ts';
import type { Actor } from '../access/actor.ts';
import { ConflictError } from '../errors.ts';
import type { NewTotpSecret } from './totp.ts';
import { newTotpSecret } from './totp.ts';

/**
 * Starts setting up an authenticator app: a new secret, kept pending until a code from it is
 * confirmed (confirm-second-factor.ts). Starting again replaces a pending secret. An account
 * that already has a second factor cannot replace it this way: whoever holds a session could
 * otherwise swap in their own app.
 */
export async function enrollSecondFactor(
  ctx: AppContext,
  input: { actor: Actor },
): Promise<NewTotpSecret> {
  const enrollment = newTotpSecret(input.actor.email);
  const result = await ctx.database.db
    .updateTable('accounts')
    .set((eb) => ({
      totp_secret: enrollment.secret,
      totp_last_step: null,
      updated_at: eb.fn<Date>('now'),
    }))
    .where('id', '=', input.actor.accountId)
    .where('totp_enabled_at', 'is', null)
    .executeTakeFirst();
  if (result.numUpdatedRows !== 1n)
    throw new ConflictError('A second factor is already set up for this account.');
  return enrollment;
}
