import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { App } from '../http/app.ts';
import type { Signed, TestWorld } from './int-test-setup.ts';
import { createAccount, openWorld, password, signIn, totpCode } from './int-test-setup.ts';

let world: TestWorld;
before(async () => {
  world = await openWorld();
});
after(async () => {
  await world.close();
});

interface SessionBody {
  actor: { secondFactor: boolean };
  secondFactorRequired: boolean;
  secondFactorSkippedInDemo: boolean;
}
interface ErrorBody {
  error: { code: string; message: string; fields?: { path: string; message: string }[] };
}

const get = (app: App, url: string, session: Signed) =>
  app.inject({ method: 'GET', url, headers: { cookie: session.cookie } });
const post = (url: string, session: Signed, payload?: Record<string, string>) =>
  world.app.inject({
    method: 'POST',
    url,
    headers: session.headers,
    ...(payload ? { payload } : {}),
  });

describe('district administrators and privacy officers must set up a second factor', () => {
  for (const role of ['district-admin', 'privacy-officer'] as const) {
    test(`a ${role} without one may sign in only to set it up`, async () => {
      const account = await createAccount(world.database, { roles: [role] });
      const session = await signIn(world.app, account.email);
      const body = session.response.json<SessionBody>();
      assert.equal(body.secondFactorRequired, true);
      assert.equal(body.secondFactorSkippedInDemo, false);

      const elsewhere = await get(world.app, '/api/students', session);
      assert.equal(elsewhere.statusCode, 403);
      assert.equal(elsewhere.json<ErrorBody>().error.code, 'forbidden');
      assert.match(elsewhere.json<ErrorBody>().error.message, /second factor/);
      assert.equal(
        (
          await post('/api/account/password', session, {
            currentPassword: password,
            newPassword: 'x',
          })
        ).statusCode,
        403,
      );
      assert.equal((await get(world.app, '/api/session', session)).statusCode, 200);
    });
  }

  test('setting it up lifts the restriction; the code then works once', async () => {
    const account = await createAccount(world.database, { roles: ['district-admin'] });
    const session = await signIn(world.app, account.email);

    const started = await post('/api/account/second-factor', session);
    assert.equal(started.statusCode, 200);
    const { secret, uri } = started.json<{ secret: string; uri: string }>();
    assert.match(uri, /^otpauth:\/\/totp\//);
    const pending = await world.database.db
      .selectFrom('accounts')
      .select('totp_enabled_at')
      .where('id', '=', account.accountId)
      .executeTakeFirstOrThrow();
    assert.equal(pending.totp_enabled_at, null, 'not on before a code confirms it');

    const wrong = await post('/api/account/second-factor/confirm', session, {
      code: totpCode(secret, 4),
    });
    assert.equal(wrong.statusCode, 400);
    assert.equal(wrong.json<ErrorBody>().error.fields?.[0]?.path, 'code');

    const code = totpCode(secret);
    const confirmed = await post('/api/account/second-factor/confirm', session, { code });
    assert.equal(confirmed.statusCode, 200);
    const body = confirmed.json<SessionBody>();
    assert.equal(body.secondFactorRequired, false);
    assert.equal(body.actor.secondFactor, true);
    assert.notEqual((await get(world.app, '/api/students', session)).statusCode, 403);

    // The code used to confirm cannot sign in again; the next one can.
    const replay = await world.app.inject({
      method: 'POST',
      url: '/api/session',
      payload: { email: account.email, password, totp: code },
    });
    assert.equal(replay.statusCode, 401);
    await signIn(world.app, account.email, { totp: totpCode(secret, 1) });
  });

  test('a session that did not pass the second factor stays restricted even if the account has one now', async () => {
    const account = await createAccount(world.database, { roles: ['privacy-officer'] });
    const session = await signIn(world.app, account.email);
    await world.database.db
      .updateTable('accounts')
      .set({ totp_secret: 'JBSWY3DPEHPK3PXP', totp_enabled_at: new Date() })
      .where('id', '=', account.accountId)
      .execute();
    assert.equal((await get(world.app, '/api/students', session)).statusCode, 403);
  });

  test('in demo mode, accounts of the demo district may skip it, and the session says so', async () => {
    const demoApp = await world.appWith({ demo: true });
    const account = await createAccount(world.database, {
      roles: ['district-admin'],
      demoDistrict: true,
    });
    const session = await signIn(demoApp, account.email);
    const body = session.response.json<SessionBody>();
    assert.equal(body.secondFactorRequired, false);
    assert.equal(body.secondFactorSkippedInDemo, true);
    assert.notEqual((await get(demoApp, '/api/students', session)).statusCode, 403);
  });

  test('demo mode does not excuse accounts of a real district', async () => {
    const demoApp = await world.appWith({ demo: true });
    const account = await createAccount(world.database, {
      roles: ['district-admin'],
      demoDistrict: false,
    });
    const session = await signIn(demoApp, account.email);
    assert.equal(session.response.json<SessionBody>().secondFactorRequired, true);
    assert.equal((await get(demoApp, '/api/students', session)).statusCode, 403);
  });

  test('a demo-district account outside demo mode must set it up', async () => {
    const account = await createAccount(world.database, {
      roles: ['privacy-officer'],
      demoDistrict: true,
    });
    const session = await signIn(world.app, account.email);
    assert.equal(session.response.json<SessionBody>().secondFactorRequired, true);
  });

  test('other roles may set one up too; once on, it cannot be replaced through a session', async () => {
    const account = await createAccount(world.database, { roles: ['teacher'] });
    const session = await signIn(world.app, account.email);
    const { secret } = (await post('/api/account/second-factor', session)).json<{
      secret: string;
    }>();
    assert.equal(
      (await post('/api/account/second-factor/confirm', session, { code: totpCode(secret) }))
        .statusCode,
      200,
    );
    const again = await post('/api/account/second-factor', session);
    assert.equal(again.statusCode, 409);
    assert.equal(again.json<ErrorBody>().error.code, 'conflict');
  });

  test('confirming before starting is refused', async () => {
    const account = await createAccount(world.database, { roles: ['teacher'] });
    const session = await signIn(world.app, account.email);
    const response = await post('/api/account/second-factor/confirm', session, { code: '123456' });
    assert.equal(response.statusCode, 400);
  });
});

describe('changing the password', () => {
  test('needs the current password; a wrong one counts as a failed sign-in', async () => {
    const account = await createAccount(world.database);
    const session = await signIn(world.app, account.email);
    const response = await post('/api/account/password', session, {
      currentPassword: 'not it at all',
      newPassword: 'a new and longer harbor phrase',
    });
    assert.equal(response.statusCode, 400);
    assert.equal(response.json<ErrorBody>().error.fields?.[0]?.path, 'currentPassword');
    const failures = await world.database.db
      .selectFrom('sign_in_failures')
      .select('at')
      .where('account_id', '=', account.accountId)
      .execute();
    assert.equal(failures.length, 1);
  });

  test('applies the password policy to the new one', async () => {
    const account = await createAccount(world.database);
    const session = await signIn(world.app, account.email);
    for (const newPassword of [
      'short one',
      'aaaaaaaaaaaaaaaaaaaa',
      'correct horse battery staple',
      password,
    ]) {
      const response = await post('/api/account/password', session, {
        currentPassword: password,
        newPassword,
      });
      assert.equal(response.statusCode, 400, newPassword);
      const fields = response.json<ErrorBody>().error.fields ?? [];
      assert.ok(
        fields.length > 0 && fields.every((f) => f.path === 'newPassword'),
        JSON.stringify(fields),
      );
    }
  });

  test('on success the other sessions end, this one goes on, and only the new password signs in', async () => {
    const account = await createAccount(world.database);
    const session = await signIn(world.app, account.email);
    const other = await signIn(world.app, account.email);
    const newPassword = 'lanterns over the hudson river';
    const response = await post('/api/account/password', session, {
      currentPassword: password,
      newPassword,
    });
    assert.equal(response.statusCode, 204);
    assert.equal((await get(world.app, '/api/session', session)).statusCode, 200);
    assert.equal((await get(world.app, '/api/session', other)).statusCode, 401);
    const old = await world.app.inject({
      method: 'POST',
      url: '/api/session',
      payload: { email: account.email, password },
    });
    assert.equal(old.statusCode, 401);
    await signIn(world.app, account.email, { password: newPassword });
  });

  test('needs a session', async () => {
    const response = await world.app.inject({
      method: 'POST',
      url: '/api/account/password',
      payload: { currentPassword: password, newPassword: 'lanterns over the hudson river' },
    });
    assert.equal(response.statusCode, 401);
  });
});
