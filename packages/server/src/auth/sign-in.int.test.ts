import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { sql } from 'kysely';
import { newTotpSecret } from './totp.ts';
import { signInFailedMessage } from './sign-in.ts';
import type { TestWorld } from './int-test-setup.ts';
import {
  createAccount,
  openWorld,
  password,
  sessionCookieOf,
  signIn,
  totpCode,
} from './int-test-setup.ts';

let world: TestWorld;
before(async () => {
  world = await openWorld();
});
after(async () => {
  await world.close();
});

const postSignIn = (payload: Record<string, unknown>, headers: Record<string, string> = {}) =>
  world.app.inject({ method: 'POST', url: '/api/session', payload, headers });

interface ErrorBody {
  error: { code: string; message: string; fields?: { path: string; message: string }[] };
}

describe('signing in', () => {
  test('sets an HttpOnly, SameSite=Lax session cookie and answers with the actor and a CSRF token', async () => {
    const account = await createAccount(world.database, { roles: ['teacher'] });
    const { response, token, csrfToken } = await signIn(world.app, account.email);
    const cookie = sessionCookieOf(response);
    assert.ok(cookie);
    assert.equal(cookie.httpOnly, true);
    assert.equal(cookie.sameSite, 'Lax');
    assert.equal(cookie.path, '/');
    assert.equal(cookie.secure, undefined);
    assert.equal(cookie.maxAge, 12 * 60 * 60);
    assert.match(token, /^[A-Za-z0-9_-]{43}$/); // 256 bits
    const body = response.json<{ actor: Record<string, unknown>; secondFactorRequired: boolean }>();
    assert.deepEqual(body.actor, {
      accountId: account.accountId,
      districtId: account.districtId,
      kind: 'staff',
      staffId: body.actor.staffId,
      roles: ['teacher'],
      displayName: 'Sam Staff',
      email: account.email,
      secondFactor: false,
    });
    assert.equal(body.secondFactorRequired, false);
    assert.ok(csrfToken.length >= 43);
  });

  test('the table keeps only the SHA-256 of the token', async () => {
    const account = await createAccount(world.database);
    const { token } = await signIn(world.app, account.email);
    const rows = await world.database.db
      .selectFrom('sessions')
      .selectAll()
      .where('account_id', '=', account.accountId)
      .execute();
    assert.equal(rows.length, 1);
    assert.equal(rows[0]?.token_hash, createHash('sha256').update(token).digest('hex'));
    assert.ok(!JSON.stringify(rows).includes(token));
  });

  test('every sign-in gets a new token, and the session the browser had before ends', async () => {
    const account = await createAccount(world.database);
    const first = await signIn(world.app, account.email);
    const second = await world.app.inject({
      method: 'POST',
      url: '/api/session',
      payload: { email: account.email, password },
      headers: { cookie: first.cookie },
    });
    assert.equal(second.statusCode, 200);
    const secondToken = sessionCookieOf(second)?.value;
    assert.ok(secondToken);
    assert.notEqual(secondToken, first.token);
    const old = await world.app.inject({
      method: 'GET',
      url: '/api/session',
      headers: { cookie: first.cookie },
    });
    assert.equal(old.statusCode, 401);
  });

  test('Secure cookies behind HTTPS', async () => {
    const app = await world.appWith({ secureCookies: true });
    const account = await createAccount(world.database);
    const { response } = await signIn(app, account.email);
    assert.equal(sessionCookieOf(response)?.secure, true);
  });

  test('the e-mail is matched without regard to case or surrounding spaces', async () => {
    const account = await createAccount(world.database);
    await signIn(world.app, `  ${account.email.toUpperCase()} `);
  });

  test("a parent's session names the guardian", async () => {
    const account = await createAccount(world.database, { roles: 'parent' });
    const { response } = await signIn(world.app, account.email);
    const { actor } = response.json<{
      actor: { kind: string; displayName: string; staffId: null; roles: [] };
    }>();
    assert.deepEqual(
      [actor.kind, actor.displayName, actor.staffId, actor.roles],
      ['parent', 'Pat Parent', null, []],
    );
  });
});

describe('failed sign-ins never say whether the e-mail exists', () => {
  test('a wrong password and an unknown e-mail get the same 401', async () => {
    const account = await createAccount(world.database);
    const wrong = await postSignIn({ email: account.email, password: 'not the password at all' });
    const unknown = await postSignIn({ email: 'nobody.here@district.example', password });
    for (const response of [wrong, unknown]) {
      assert.equal(response.statusCode, 401);
      assert.deepEqual(response.json(), {
        error: { code: 'unauthenticated', message: signInFailedMessage },
      });
      assert.equal(sessionCookieOf(response), undefined);
    }
  });

  test('a disabled account gets the same 401, even with the right password', async () => {
    const account = await createAccount(world.database);
    await world.database.db
      .updateTable('accounts')
      .set({ disabled_at: new Date() })
      .where('id', '=', account.accountId)
      .execute();
    const response = await postSignIn({ email: account.email, password });
    assert.equal(response.statusCode, 401);
    assert.equal(response.json<ErrorBody>().error.message, signInFailedMessage);
  });
});

describe('throttling (NIST SP 800-63B-4 §3.2.2)', () => {
  const failures = async (accountId: string) =>
    (
      await world.database.db
        .selectFrom('sign_in_failures')
        .select('at')
        .where('account_id', '=', accountId)
        .execute()
    ).length;

  test('a wrong password is counted, and a success clears the count', async () => {
    const account = await createAccount(world.database);
    await postSignIn({ email: account.email, password: 'not the password at all' });
    assert.equal(await failures(account.accountId), 1);
    await signIn(world.app, account.email);
    assert.equal(await failures(account.accountId), 0);
  });

  test('after 100 failures in an hour even the right password gets 429, until the hour passes', async () => {
    const account = await createAccount(world.database);
    await world.database.db
      .insertInto('sign_in_failures')
      .values(Array.from({ length: 100 }, () => ({ account_id: account.accountId })))
      .execute();
    const throttled = await postSignIn({ email: account.email, password });
    assert.equal(throttled.statusCode, 429);
    assert.equal(throttled.json<ErrorBody>().error.code, 'rate-limited');

    await world.database.db
      .updateTable('sign_in_failures')
      .set({ at: sql<Date>`now() - interval '61 minutes'` })
      .where('account_id', '=', account.accountId)
      .execute();
    await signIn(world.app, account.email);
  });

  test('99 failures still let the right password in', async () => {
    const account = await createAccount(world.database);
    await world.database.db
      .insertInto('sign_in_failures')
      .values(Array.from({ length: 99 }, () => ({ account_id: account.accountId })))
      .execute();
    await signIn(world.app, account.email);
  });

  test('one address may try 300 times an hour', async () => {
    const app = await world.appWith({});
    const headers = { 'x-forwarded-for': 'ignored' }; // no trustProxy: the socket address counts
    const attempt = () => app.inject({ method: 'POST', url: '/api/session', payload: {}, headers });
    for (let i = 0; i < 300; i++) assert.equal((await attempt()).statusCode, 400);
    const limited = await attempt();
    assert.equal(limited.statusCode, 429);
    assert.equal(limited.json<ErrorBody>().error.code, 'rate-limited');
  });
});

describe('the sign-in body', () => {
  test('unknown fields are refused with a field message', async () => {
    const response = await postSignIn({ email: 'a@b.example', password, remember: true });
    assert.equal(response.statusCode, 400);
    const { error } = response.json<ErrorBody>();
    assert.equal(error.code, 'invalid-input');
    // The field is named in the path once the error handler reads zod 4's `params.keys`.
    assert.ok(
      error.fields?.some((f) => `${f.path} ${f.message}`.includes('remember')),
      JSON.stringify(error),
    );
  });

  test('wrong types and missing fields are refused per field', async () => {
    const response = await postSignIn({ email: 42 });
    assert.equal(response.statusCode, 400);
    const paths = response.json<ErrorBody>().error.fields?.map((f) => f.path);
    assert.deepEqual(paths?.sort(), ['email', 'password']);
  });

  test('a malformed one-time code is refused', async () => {
    const response = await postSignIn({ email: 'a@b.example', password, totp: 'abc' });
    assert.equal(response.statusCode, 400);
    assert.equal(response.json<ErrorBody>().error.fields?.[0]?.path, 'totp');
  });
});

describe('an account with a second factor', () => {
  test('needs a code: missing, wrong and replayed codes get 401 with a message on totp', async () => {
    const { secret } = newTotpSecret('x@x.example');
    const account = await createAccount(world.database, {
      roles: ['district-admin'],
      totpSecret: secret,
    });

    const missing = await postSignIn({ email: account.email, password });
    assert.equal(missing.statusCode, 401);
    assert.equal(missing.json<ErrorBody>().error.code, 'unauthenticated');
    assert.equal(missing.json<ErrorBody>().error.fields?.[0]?.path, 'totp');

    const wrong = await postSignIn({ email: account.email, password, totp: totpCode(secret, 5) });
    assert.equal(wrong.statusCode, 401);
    assert.equal(wrong.json<ErrorBody>().error.fields?.[0]?.path, 'totp');

    const code = totpCode(secret);
    const { response } = await signIn(world.app, account.email, { totp: code });
    const body = response.json<{
      actor: { secondFactor: boolean };
      secondFactorRequired: boolean;
    }>();
    assert.equal(body.actor.secondFactor, true);
    assert.equal(body.secondFactorRequired, false);

    const replayed = await postSignIn({ email: account.email, password, totp: code });
    assert.equal(replayed.statusCode, 401);
    assert.equal(replayed.json<ErrorBody>().error.fields?.[0]?.path, 'totp');
  });

  test('a wrong password with a code still gets only the generic answer', async () => {
    const { secret } = newTotpSecret('x@x.example');
    const account = await createAccount(world.database, { roles: ['teacher'], totpSecret: secret });
    const response = await postSignIn({
      email: account.email,
      password: 'not the password at all',
      totp: totpCode(secret),
    });
    assert.deepEqual(response.json(), {
      error: { code: 'unauthenticated', message: signInFailedMessage },
    });
  });
});
