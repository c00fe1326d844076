import type { Kysely } from 'kysely';
import { sql } from 'kysely';
import type { DB } from '../db/schema.ts';
import { RateLimitedError } from '../errors.ts';

/**
 * Throttling guesses at one account: NIST SP 800-63B-4 §3.2.2 allows at most 100 consecutive
 * failed attempts; we count failures in the last hour, so a throttled account opens again as
 * its oldest failures age out. A success clears the count ("consecutive").
 */
const maxFailuresPerHour = 100;

export async function assertNotThrottled(db: Kysely<DB>, accountId: string): Promise<void> {
  const { failures } = await db
    .selectFrom('sign_in_failures')
    .select((eb) => eb.fn.countAll<number>().as('failures'))
    .where('account_id', '=', accountId)
    .where('at', '>', sql<Date>`now() - interval '1 hour'`)
    .executeTakeFirstOrThrow();
  if (Number(failures) >= maxFailuresPerHour) {
    throw new RateLimitedError('Too many failed sign-in attempts. Try again in an hour.');
  }
}

/** Records a failed attempt and drops the account's failures too old to count. */
export async function recordFailure(db: Kysely<DB>, accountId: string): Promise<void> {
  await db.insertInto('sign_in_failures').values({ account_id: accountId }).execute();
  await db
    .deleteFrom('sign_in_failures')
    .where('account_id', '=', accountId)
    .where('at', '<=', sql<Date>`now() - interval '1 hour'`)
    .execute();
}

export async function clearFailures(db: Kysely<DB>, accountId: string): Promise<void> {
  await db.deleteFrom('sign_in_failures').where('account_id', '=', accountId).execute();
}
