import { randomUUID } from 'node:crypto';
import { Secret, TOTP } from 'otpauth';
import type { LightMyRequestResponse } from 'fastify';
import type { Config } from '../config.ts';
import type { Database } from '../db/database.ts';
import type { StaffRole } from '../db/schema.ts';
import type { App } from '../http/app.ts';
import { buildApp } from '../http/app.ts';
import { openTestDatabase } from '../testing/test-database.ts';
import { hashPassword } from './password-hash.ts';
import { testConfig } from '../testing/test-config.ts';
import { sessionCookie } from './sessions.ts';

/** What the sign-in integration tests share: an app over a fresh database, accounts, sign-in. */

export const password = 'a quiet harbor at dawn';

export { testConfig };

export interface TestWorld {
  database: Database;
  app: App;
  /** The same database served with other settings (demo mode, Secure cookies). */
  appWith(overrides: Partial<Config>): Promise<App>;
  close(): Promise<void>;
}

export async function openWorld(): Promise<TestWorld> {
  const database = await openTestDatabase();
  const apps: App[] = [];
  const appWith = async (overrides: Partial<Config>) => {
    const app = await buildApp({ database, config: testConfig(overrides) });
    apps.push(app);
    return app;
  };
  const app = await appWith({});
  return {
    database,
    app,
    appWith,
    async close() {
      for (const a of apps) await a.close();
      await database.close();
    },
  };
}

export interface TestAccount {
  accountId: string;
  districtId: string;
  email: string;
}

let passwordHash: Promise<string> | undefined;

/** A staff account (or a parent's, with `roles: 'parent'`) in a new district of its own. */
export async function createAccount(
  database: Database,
  options: { roles?: StaffRole[] | 'parent'; demoDistrict?: boolean; totpSecret?: string } = {},
): Promise<TestAccount> {
  const { db } = database;
  const roles = options.roles ?? ['teacher'];
  const email = `user.${randomUUID().slice(0, 8)}@district.example`;
  const district = await db
    .insertInto('districts')
    .values({ name: 'Test District', demo: options.demoDistrict ?? false })
    .returning('id')
    .executeTakeFirstOrThrow();
  passwordHash ??= hashPassword(password);
  const account = await db
    .insertInto('accounts')
    .values({
      district_id: district.id,
      email,
      kind: roles === 'parent' ? 'parent' : 'staff',
      password_hash: await passwordHash,
      totp_secret: options.totpSecret ?? null,
      totp_enabled_at: options.totpSecret ? new Date() : null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  if (roles === 'parent') {
    await db
      .insertInto('guardians')
      .values({ district_id: district.id, full_name: 'Pat Parent', account_id: account.id })
      .execute();
  } else {
    await db
      .insertInto('staff')
      .values({ district_id: district.id, account_id: account.id, full_name: 'Sam Staff', roles })
      .execute();
  }
  return { accountId: account.id, districtId: district.id, email };
}

/** The code an authenticator app shows, `stepsAhead` 30-second steps from now. */
export function totpCode(secret: string, stepsAhead = 0): string {
  return TOTP.generate({
    secret: Secret.fromBase32(secret),
    timestamp: Date.now() + stepsAhead * 30_000,
  });
}

export interface Signed {
  response: LightMyRequestResponse;
  token: string;
  /** `continuum_session=<token>`, for the cookie header. */
  cookie: string;
  csrfToken: string;
  /** The headers of an unsafe request from this session. */
  headers: Record<string, string>;
}

export function sessionCookieOf(response: LightMyRequestResponse) {
  return response.cookies.find((c) => c.name === sessionCookie);
}

export async function signIn(
  app: App,
  email: string,
  options: { password?: string; totp?: string } = {},
): Promise<Signed> {
  const response = await app.inject({
    method: 'POST',
    url: '/api/session',
    payload: {
      email,
      password: options.password ?? password,
      ...(options.totp ? { totp: options.totp } : {}),
    },
  });
  if (response.statusCode !== 200)
    throw new Error(`sign-in failed: ${response.statusCode} ${response.body}`);
  const token = sessionCookieOf(response)?.value ?? '';
  const cookie = `${sessionCookie}=${token}`;
  const { csrfToken } = response.json<{ csrfToken: string }>();
  return { response, token, cookie, csrfToken, headers: { cookie, 'x-csrf-token': csrfToken } };
}
