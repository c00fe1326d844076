import type { AppContext } from '../http/context.ts';
import { ConflictError, InvalidInputError, UnauthenticatedError } from '../errors.ts';
import type { ResolvedSession } from './sessions.ts';
import { endSessionsOf, resolveSession } from './sessions.ts';
import { acceptTotpCode } from './totp.ts';

/**
 * Finishes setting up an authenticator app: a valid code from the pending secret turns the
 * second factor on (only then is totp_enabled_at set). This session counts as having passed
 * it; the account's other sessions, which did not, end.
 */
export async function confirmSecondFactor(
  ctx: AppContext,
  input: { session: ResolvedSession; code: string },
): Promise<ResolvedSession> {
  const { db } = ctx.database;
  const { accountId } = input.session.actor;
  const { tokenHash } = input.session;
  const account = await db
    .selectFrom('accounts')
    .select(['id', 'totp_secret', 'totp_last_step', 'totp_enabled_at'])
    .where('id', '=', accountId)
    .executeTakeFirstOrThrow();
  if (account.totp_enabled_at !== null)
    throw new ConflictError('A second factor is already set up for this account.');
  if (!account.totp_secret) {
    throw new InvalidInputError([
      { path: 'code', message: 'Start setting up the authenticator app first.' },
    ]);
  }
  await db.transaction().execute(async (tx) => {
    if (!(await acceptTotpCode(tx, account, input.code, { enable: true }))) {
      throw new InvalidInputError([
        {
          path: 'code',
          message:
            'That code did not work. Enter the current 6-digit code from your authenticator app.',
        },
      ]);
    }
    await tx
      .updateTable('sessions')
      .set({ second_factor: true })
      .where('token_hash', '=', tokenHash)
      .execute();
    await endSessionsOf(tx, accountId, { except: tokenHash });
  });
  const session = await resolveSession(db, ctx.config, tokenHash);
  if (!session) throw new UnauthenticatedError('Your session ended. Sign in again.');
  return session;
}
