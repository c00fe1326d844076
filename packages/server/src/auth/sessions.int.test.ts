import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { inDistrict } from '../db/tenant.ts';
import { endSessionsOf } from './sessions.ts';
import type { Signed, TestWorld } from './int-test-setup.ts';
import { createAccount, openWorld, password, sessionCookieOf, signIn } from './int-test-setup.ts';

let world: TestWorld;
before(async () => {
  world = await openWorld();
});
after(async () => {
  await world.close();
});

const getSession = (session: Pick<Signed, 'cookie'>) =>
  world.app.inject({ method: 'GET', url: '/api/session', headers: { cookie: session.cookie } });

async function signedInTeacher() {
  const account = await createAccount(world.database);
  return { account, session: await signIn(world.app, account.email) };
}

const sessionRows = (accountId: string) =>
  world.database.db
    .selectFrom('sessions')
    .selectAll()
    .where('account_id', '=', accountId)
    .execute();

const moveBack = (accountId: string, column: 'created_at' | 'last_seen_at', minutes: number) =>
  world.database.db
    .updateTable('sessions')
    .set({ [column]: sql<Date>`now() - make_interval(secs => ${minutes * 60})` })
    .where('account_id', '=', accountId)
    .execute();

describe('the current session', () => {
  test('answers with the actor and the same CSRF token as sign-in', async () => {
    const { account, session } = await signedInTeacher();
    const response = await getSession(session);
    assert.equal(response.statusCode, 200);
    const body = response.json<{ actor: { accountId: string }; csrfToken: string }>();
    assert.equal(body.actor.accountId, account.accountId);
    assert.equal(body.csrfToken, session.csrfToken);
  });

  test('is 401 without a cookie, or with a token that names no session', async () => {
    assert.equal((await world.app.inject({ method: 'GET', url: '/api/session' })).statusCode, 401);
    assert.equal(
      (await getSession({ cookie: `continuum_session=${'A'.repeat(43)}` })).statusCode,
      401,
    );
    assert.equal((await getSession({ cookie: 'continuum_session=garbage' })).statusCode, 401);
  });
});

describe('expiry (NIST SP 800-63B §4.2.3: 30 minutes idle, 12 hours in all)', () => {
  test('a session unused for 30 minutes has ended, and its row is deleted', async () => {
    const { account, session } = await signedInTeacher();
    await moveBack(account.accountId, 'last_seen_at', 31);
    assert.equal((await getSession(session)).statusCode, 401);
    assert.equal((await sessionRows(account.accountId)).length, 0);
  });

  test('a session started 12 hours ago has ended even if used a moment ago', async () => {
    const { account, session } = await signedInTeacher();
    await moveBack(account.accountId, 'created_at', 12 * 60 + 1);
    assert.equal((await getSession(session)).statusCode, 401);
    assert.equal((await sessionRows(account.accountId)).length, 0);
  });

  test('use keeps a session alive, writing last_seen_at at most once a minute', async () => {
    const { account, session } = await signedInTeacher();
    await moveBack(account.accountId, 'last_seen_at', 0.5);
    const before = (await sessionRows(account.accountId))[0]?.last_seen_at;
    assert.equal((await getSession(session)).statusCode, 200);
    assert.deepEqual((await sessionRows(account.accountId))[0]?.last_seen_at, before);

    await moveBack(account.accountId, 'last_seen_at', 29);
    assert.equal((await getSession(session)).statusCode, 200);
    const touched = (await sessionRows(account.accountId))[0]?.last_seen_at;
    assert.ok(touched && Date.now() - touched.getTime() < 60_000);
  });
});

describe('CSRF (unsafe requests made with a session)', () => {
  const signOut = (session: Signed, headers: Record<string, string>) =>
    world.app.inject({
      method: 'DELETE',
      url: '/api/session',
      headers: { cookie: session.cookie, ...headers },
    });

  test('without the token: 403 csrf-failed, and the session goes on', async () => {
    const { session } = await signedInTeacher();
    const response = await signOut(session, {});
    assert.equal(response.statusCode, 403);
    assert.equal(response.json<{ error: { code: string } }>().error.code, 'csrf-failed');
    assert.equal((await getSession(session)).statusCode, 200);
  });

  test('with a wrong token: 403 csrf-failed', async () => {
    const { session } = await signedInTeacher();
    const other = await signedInTeacher();
    for (const token of ['wrong', other.session.csrfToken, session.csrfToken.slice(1)]) {
      const response = await signOut(session, { 'x-csrf-token': token });
      assert.equal(response.statusCode, 403);
      assert.equal(response.json<{ error: { code: string } }>().error.code, 'csrf-failed');
    }
  });

  test('with the right token: signed out (204), the row deleted and the cookie cleared', async () => {
    const { account, session } = await signedInTeacher();
    const response = await signOut(session, { 'x-csrf-token': session.csrfToken });
    assert.equal(response.statusCode, 204);
    const cleared = sessionCookieOf(response);
    assert.equal(cleared?.value, '');
    assert.ok(cleared?.expires && cleared.expires.getTime() <= Date.now());
    assert.equal((await sessionRows(account.accountId)).length, 0);
    assert.equal((await getSession(session)).statusCode, 401);
  });

  test('a server-rendered form may send the token as its _csrf field, which the route never sees', async () => {
    const { session } = await signedInTeacher();
    const form = (fields: Record<string, string>) =>
      world.app.inject({
        method: 'POST',
        url: '/api/account/password',
        headers: { cookie: session.cookie, 'content-type': 'application/x-www-form-urlencoded' },
        payload: new URLSearchParams(fields).toString(),
      });
    const passwords = { currentPassword: password, newPassword: 'a new and longer harbor phrase' };
    assert.equal((await form({ ...passwords, _csrf: 'wrong' })).statusCode, 403);
    assert.equal((await form({ ...passwords, _csrf: session.csrfToken })).statusCode, 204);
  });

  test('signing out without a session is no error', async () => {
    const response = await world.app.inject({ method: 'DELETE', url: '/api/session' });
    assert.equal(response.statusCode, 204);
  });
});

describe('cross-site requests and login CSRF', () => {
  test('an unsafe request from a foreign Origin is refused, sign-in included', async () => {
    const account = await createAccount(world.database);
    for (const origin of ['https://evil.example', 'null']) {
      const response = await world.app.inject({
        method: 'POST',
        url: '/api/session',
        payload: { email: account.email, password },
        headers: { origin },
      });
      assert.equal(response.statusCode, 403);
      assert.equal(response.json<{ error: { code: string } }>().error.code, 'csrf-failed');
    }
  });

  test('an unsafe request from our own origin is accepted', async () => {
    const account = await createAccount(world.database);
    const response = await world.app.inject({
      method: 'POST',
      url: '/api/session',
      payload: { email: account.email, password },
      headers: { origin: 'http://continuum.district.example', host: 'continuum.district.example' },
    });
    assert.equal(response.statusCode, 200);
  });
});

describe('disabling an account', () => {
  test('its session stops working at once, even before anyone ends it', async () => {
    const { account, session } = await signedInTeacher();
    await world.database.db
      .updateTable('accounts')
      .set({ disabled_at: new Date() })
      .where('id', '=', account.accountId)
      .execute();
    assert.equal((await getSession(session)).statusCode, 401);
    assert.equal((await sessionRows(account.accountId)).length, 0);
  });

  test('endSessionsOf ends its sessions inside a tenant transaction (as continuum_app)', async () => {
    const { account, session } = await signedInTeacher();
    const second = await signIn(world.app, account.email);
    await inDistrict(world.database.db, account.districtId, async (tx) => {
      await tx
        .updateTable('accounts')
        .set({ disabled_at: new Date() })
        .where('id', '=', account.accountId)
        .execute();
      await endSessionsOf(tx, account.accountId);
    });
    assert.equal((await sessionRows(account.accountId)).length, 0);
    assert.equal((await getSession(session)).statusCode, 401);
    assert.equal((await getSession(second)).statusCode, 401);
  });
});
