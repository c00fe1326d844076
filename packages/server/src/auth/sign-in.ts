import type { AppContext } from '../http/context.ts';
import { AppError } from '../errors.ts';
import { hashPassword, verifyPassword } from './password-hash.ts';
import type { ResolvedSession } from './sessions.ts';
import { createSession, hashSessionToken, resolveSession } from './sessions.ts';
import { assertNotThrottled, clearFailures, recordFailure } from './sign-in-failures.ts';
import { acceptTotpCode } from './totp.ts';

/**
 * One answer for an unknown e-mail, a wrong password and a disabled account, so sign-in never
 * tells whether an e-mail has an account.
 */
export const signInFailedMessage = 'The e-mail or password is not right. Check them and try again.';

export interface SignInInput {
  email: string;
  password: string;
  /** The one-time code, when the account has a second factor. */
  totp?: string | undefined;
  /** The session token the browser already had, if any: that session ends. */
  previousToken?: string | undefined;
}

export interface SignedIn extends ResolvedSession {
  /** The new session token, for the cookie only: never logged, never in a response body. */
  token: string;
}

// Compared against when the e-mail is unknown, so that answer takes as long as a wrong password.
let dummyHash: Promise<string> | undefined;

/**
 * Signs in with e-mail and password (and a one-time code when the account has a second factor),
 * starting a new session. Throws 401 (`unauthenticated`) with one generic message, with a field
 * issue on `totp` when only the code is missing or wrong, and 429 (`rate-limited`) once the
 * account has 100 failures in the last hour, even for the right password.
 */
export async function signIn(ctx: AppContext, input: SignInInput): Promise<SignedIn> {
  const { db } = ctx.database;
  const account = await db
    .selectFrom('accounts')
    .select([
      'id',
      'password_hash',
      'totp_secret',
      'totp_enabled_at',
      'totp_last_step',
      'disabled_at',
    ])
    .where('email', '=', input.email.trim().toLowerCase())
    .executeTakeFirst();
  if (!account?.password_hash) {
    dummyHash ??= hashPassword('a password no account has, for timing only');
    await verifyPassword(await dummyHash, input.password);
    throw new AppError('unauthenticated', signInFailedMessage);
  }
  await assertNotThrottled(db, account.id);
  const passwordMatches = await verifyPassword(account.password_hash, input.password);
  if (!passwordMatches || account.disabled_at !== null) {
    if (!passwordMatches) await recordFailure(db, account.id);
    throw new AppError('unauthenticated', signInFailedMessage);
  }

  const hasSecondFactor = account.totp_enabled_at !== null;
  if (hasSecondFactor) {
    if (!input.totp) {
      throw new AppError(
        'unauthenticated',
        'Enter the code from your authenticator app to finish signing in.',
        [{ path: 'totp', message: 'Enter the 6-digit code from your authenticator app.' }],
      );
    }
    if (!(await acceptTotpCode(db, account, input.totp))) {
      await recordFailure(db, account.id);
      throw new AppError(
        'unauthenticated',
        'That code did not work. Codes change every 30 seconds and work once.',
        [{ path: 'totp', message: 'Enter the current 6-digit code from your authenticator app.' }],
      );
    }
  }

  const { token, tokenHash } = await db.transaction().execute(async (tx) => {
    if (input.previousToken)
      await tx
        .deleteFrom('sessions')
        .where('token_hash', '=', hashSessionToken(input.previousToken))
        .execute();
    await clearFailures(tx, account.id);
    return createSession(tx, { accountId: account.id, secondFactor: hasSecondFactor });
  });
  const session = await resolveSession(db, ctx.config, tokenHash);
  if (!session) throw new AppError('unauthenticated', signInFailedMessage); // disabled in between
  return { ...session, token };
}
