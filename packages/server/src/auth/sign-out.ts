import type { AppContext } from '../http/context.ts';
import { hashSessionToken } from './sessions.ts';

/** Ends the session a token names. Signing out twice, or with an expired token, is no error. */
export async function signOut(ctx: AppContext, input: { token: string }): Promise<void> {
  await ctx.database.db
    .deleteFrom('sessions')
    .where('token_hash', '=', hashSessionToken(input.token))
    .execute();
}
