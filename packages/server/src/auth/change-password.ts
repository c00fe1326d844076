import type { AppContext } from '../http/context.ts';
import { InvalidInputError } from '../errors.ts';
import { checkNewPassword } from './password-policy.ts';
import { hashPassword, normalizePassword, verifyPassword } from './password-hash.ts';
import type { ResolvedSession } from './sessions.ts';
import { endSessionsOf } from './sessions.ts';
import { assertNotThrottled, recordFailure } from './sign-in-failures.ts';

export interface ChangePasswordInput {
  session: ResolvedSession;
  currentPassword: string;
  newPassword: string;
}

/**
 * Changes the signed-in account's password. The current password is asked again (someone at an
 * unattended screen cannot take the account over) and a wrong one counts as a failed sign-in,
 * so this is no way around throttling. On success every other session of the account ends.
 */
export async function changePassword(ctx: AppContext, input: ChangePasswordInput): Promise<void> {
  const { db } = ctx.database;
  const { accountId, email } = input.session.actor;
  const account = await db
    .selectFrom('accounts')
    .select(['password_hash', 'totp_enabled_at'])
    .where('id', '=', accountId)
    .executeTakeFirstOrThrow();
  await assertNotThrottled(db, accountId);
  if (
    !account.password_hash ||
    !(await verifyPassword(account.password_hash, input.currentPassword))
  ) {
    await recordFailure(db, accountId);
    throw new InvalidInputError([
      { path: 'currentPassword', message: 'This is not your current password.' },
    ]);
  }
  const issues = checkNewPassword(input.newPassword, {
    email,
    hasSecondFactor: account.totp_enabled_at !== null,
    field: 'newPassword',
  });
  if (normalizePassword(input.newPassword) === normalizePassword(input.currentPassword)) {
    issues.push({
      path: 'newPassword',
      message: 'Choose a password different from the current one.',
    });
  }
  if (issues.length) throw new InvalidInputError(issues);

  const passwordHash = await hashPassword(input.newPassword);
  await db.transaction().execute(async (tx) => {
    await tx
      .updateTable('accounts')
      .set((eb) => ({ password_hash: passwordHash, updated_at: eb.fn<Date>('now') }))
      .where('id', '=', accountId)
      .execute();
    await endSessionsOf(tx, accountId, { except: input.session.tokenHash });
  });
}
