import { Secret, TOTP } from 'otpauth';
import type { FastifyInstance } from 'fastify';
import type { Fixture, FixtureRole } from './fixtures.ts';
import { fixturePassword, fixtureTotpSecret, rolesWithSecondFactor } from './fixtures.ts';

/** A signed-in client of an app under test: its session cookie and CSRF token. */
export interface TestSession {
  cookie: string;
  csrfToken: string;
  headers: Record<string, string>;
}

/** Signs in through the real POST /api/session, with a one-time code when a secret is given. */
export async function signInAs(
  app: FastifyInstance,
  email: string,
  password: string,
  totpSecret?: string,
): Promise<TestSession> {
  const totp = totpSecret
    ? new TOTP({
        algorithm: 'SHA1',
        digits: 6,
        period: 30,
        secret: Secret.fromBase32(totpSecret),
      }).generate()
    : undefined;
  const response = await app.inject({
    method: 'POST',
    url: '/api/session',
    payload: { email, password, ...(totp ? { totp } : {}) },
  });
  if (response.statusCode !== 200)
    throw new Error(`sign-in of ${email} failed: ${response.statusCode} ${response.body}`);
  const setCookie = [response.headers['set-cookie']]
    .flat()
    .find((c) => c?.startsWith('continuum_session='));
  if (!setCookie) throw new Error('sign-in set no session cookie');
  const cookie = setCookie.split(';')[0]!;
  const csrfToken = response.json<{ csrfToken: string }>().csrfToken;
  return { cookie, csrfToken, headers: { cookie, 'x-csrf-token': csrfToken } };
}

/** Signs in as the fixture's account of `role`, with the second factor when the role needs one. */
export function signInAsRole(
  app: FastifyInstance,
  fixture: Pick<Fixture, 'accounts'>,
  role: FixtureRole,
): Promise<TestSession> {
  const secret = rolesWithSecondFactor.includes(role) ? fixtureTotpSecret : undefined;
  return signInAs(app, fixture.accounts[role].email, fixturePassword, secret);
}
