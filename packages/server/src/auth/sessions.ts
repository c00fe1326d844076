import { createHash, randomBytes } from 'node:crypto';
import type { FastifyReply } from 'fastify';
import type { Kysely } from 'kysely';
import { sql } from 'kysely';
import type { Actor } from '../access/actor.ts';
import type { Config } from '../config.ts';
import type { DB, StaffRole } from '../db/schema.ts';

/**
 * Server-side sessions (NIST SP 800-63B-4 §5.1). The cookie holds a 256-bit random token; the
 * table keeps only its SHA-256, so a copy of the database cannot be replayed as cookies.
 */
export const sessionCookie = 'continuum_session';

/**
 * Reauthentication at AAL2: SP 800-63B (rev. 3) §4.2.3 asks for at least every 12 hours and
 * after 30 minutes of inactivity; rev. 4 §2.2.3 relaxes this to 24 hours and 1 hour, and we keep
 * the stricter figures for children's disability records.
 */
const absoluteSeconds = 12 * 60 * 60;
const idleSeconds = 30 * 60;
/** last_seen_at is written at most once a minute: a page load makes many requests. */
const touchSeconds = 60;

/** District administrators and privacy officers reach every student's records: AAL2 only. */
const rolesRequiringSecondFactor: readonly StaffRole[] = ['district-admin', 'privacy-officer'];

const randomToken = (): string => randomBytes(32).toString('base64url');

export function hashSessionToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** A live session as the request sees it. */
export interface ResolvedSession {
  tokenHash: string;
  csrfToken: string;
  actor: Actor;
  /** The account must set up a second factor before it may do anything else. */
  secondFactorRequired: boolean;
  /** The second factor would be required, but demo mode lets demo-district accounts skip it. */
  secondFactorSkippedInDemo: boolean;
}

/**
 * Starts a session: always a fresh token, never one the browser had before signing in
 * (session fixation). Expired sessions of the account are cleared on the way.
 */
export async function createSession(
  executor: Kysely<DB>,
  options: { accountId: string; secondFactor: boolean },
): Promise<{ token: string; tokenHash: string }> {
  const token = randomToken();
  const tokenHash = hashSessionToken(token);
  await executor
    .deleteFrom('sessions')
    .where('account_id', '=', options.accountId)
    .where(isExpired('sessions'))
    .execute();
  await executor
    .insertInto('sessions')
    .values({
      token_hash: tokenHash,
      account_id: options.accountId,
      csrf_token: randomToken(),
      second_factor: options.secondFactor,
    })
    .execute();
  return { token, tokenHash };
}

/** Older than 12 hours, or unused for 30 minutes (the database's clock decides). */
function isExpired(table: 'sessions' | 's') {
  return sql<boolean>`(${sql.ref(`${table}.created_at`)} <= now() - make_interval(secs => ${absoluteSeconds}) or ${sql.ref(`${table}.last_seen_at`)} <= now() - make_interval(secs => ${idleSeconds}))`;
}

/**
 * The session a token hash names, with its actor, in one query over the global tables
 * (sessions, accounts, districts, staff, guardians) under the connection's own role: the
 * district is not known until the session is. An expired session, or one whose account is
 * disabled, is deleted and reads as none.
 */
export async function resolveSession(
  db: Kysely<DB>,
  config: Config,
  tokenHash: string,
): Promise<ResolvedSession | null> {
  const row = await db
    .selectFrom('sessions as s')
    .innerJoin('accounts as a', 'a.id', 's.account_id')
    .innerJoin('districts as d', 'd.id', 'a.district_id')
    .leftJoin('staff as st', (join) =>
      join.onRef('st.account_id', '=', 'a.id').onRef('st.district_id', '=', 'a.district_id'),
    )
    .select((eb) => [
      's.csrf_token',
      's.second_factor',
      'a.id as account_id',
      'a.district_id',
      'a.kind',
      'a.email',
      'a.disabled_at',
      'd.demo',
      'st.id as staff_id',
      'st.roles',
      'st.full_name as staff_name',
      eb
        .selectFrom('guardians as g')
        .select('g.full_name')
        .whereRef('g.account_id', '=', 'a.id')
        .whereRef('g.district_id', '=', 'a.district_id')
        .orderBy('g.created_at')
        .limit(1)
        .as('guardian_name'),
      isExpired('s').as('expired'),
      sql<boolean>`s.last_seen_at <= now() - make_interval(secs => ${touchSeconds})`.as('stale'),
    ])
    .where('s.token_hash', '=', tokenHash)
    .executeTakeFirst();
  if (!row) return null;
  if (row.disabled_at !== null) {
    await endSessionsOf(db, row.account_id);
    return null;
  }
  if (row.expired) {
    await db.deleteFrom('sessions').where('token_hash', '=', tokenHash).execute();
    return null;
  }
  if (row.stale) {
    await db
      .updateTable('sessions')
      .set((eb) => ({ last_seen_at: eb.fn<Date>('now') }))
      .where('token_hash', '=', tokenHash)
      .execute();
  }

  const roles = row.roles ?? [];
  // The requirement is on the session, not only the account: a session started before the
  // account's second factor was turned on outside the enrollment routes has not passed it.
  const needsSecondFactor =
    !row.second_factor && roles.some((role) => rolesRequiringSecondFactor.includes(role));
  // Demo mode shows the product with synthetic data; only accounts of the demo district skip.
  const skippedInDemo = needsSecondFactor && config.demo && row.demo;
  return {
    tokenHash,
    csrfToken: row.csrf_token,
    actor: {
      accountId: row.account_id,
      districtId: row.district_id,
      kind: row.kind,
      staffId: row.staff_id,
      roles,
      displayName: row.staff_name ?? row.guardian_name ?? row.email,
      email: row.email,
      secondFactor: row.second_factor,
    },
    secondFactorRequired: needsSecondFactor && !skippedInDemo,
    secondFactorSkippedInDemo: skippedInDemo,
  };
}

/**
 * Ends every session of an account, or all but one (`except`, a token hash). The
 * staff-administration use case calls it in the transaction that disables an account
 * (continuum_app may select and delete sessions), so the account is signed out at once.
 */
export async function endSessionsOf(
  executor: Kysely<DB>,
  accountId: string,
  options: { except?: string } = {},
): Promise<void> {
  let query = executor.deleteFrom('sessions').where('account_id', '=', accountId);
  if (options.except !== undefined) query = query.where('token_hash', '<>', options.except);
  await query.execute();
}

/**
 * The cookie: HttpOnly (no script reads it), Secure behind HTTPS, Path=/, and SameSite=Lax.
 * Lax, not Strict: a parent or teacher following a link from a notification e-mail arrives by a
 * cross-site top-level GET, and Strict would show them signed out. Lax still withholds the
 * cookie from cross-site POSTs, frames and fetches, and every unsafe request also needs the
 * CSRF token and a same-origin Origin header (session-plugin.ts), so Strict would add nothing.
 * Max-Age matches the absolute expiry (§5.1.1: the cookie expires with the session).
 */
export function setSessionCookie(reply: FastifyReply, config: Config, token: string): void {
  void reply.setCookie(sessionCookie, token, { ...cookieOptions(config), maxAge: absoluteSeconds });
}

export function clearSessionCookie(reply: FastifyReply, config: Config): void {
  void reply.clearCookie(sessionCookie, cookieOptions(config));
}

function cookieOptions(config: Config) {
  return { path: '/', httpOnly: true, sameSite: 'lax', secure: config.secureCookies } as const;
}
