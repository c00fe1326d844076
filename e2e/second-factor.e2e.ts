import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { Secret, TOTP } from 'otpauth';
import { assertAccessible, signInWith, startHarness } from './harness.ts';
import type { Harness } from './harness.ts';
import { hashPassword } from '../packages/server/src/auth/password-hash.ts';
import { inDistrict } from '../packages/server/src/db/tenant.ts';

/** Outside demo mode, a district administrator without a second factor must set one up first. */
let harness: Harness;
before(async () => {
  harness = await startHarness({ demo: false });
});
after(async () => {
  await harness?.close();
});

const admin = { email: 'morgan.admin@district.test', password: 'copper meadow signal tractor' };

test(
  'a district administrator without a second factor sets one up before anything else',
  { timeout: 120_000 },
  async () => {
    const { db } = harness.database;
    const { districtId } = harness.fixtures;
    const account = await db
      .insertInto('accounts')
      .values({
        district_id: districtId,
        email: admin.email,
        kind: 'staff',
        password_hash: await hashPassword(admin.password),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await inDistrict(db, districtId, (tx) =>
      tx
        .insertInto('staff')
        .values({
          district_id: districtId,
          account_id: account.id,
          full_name: 'Morgan Admin',
          roles: ['district-admin'],
        })
        .execute(),
    );

    const page = await harness.newPage();
    await signInWith(page, admin.email, admin.password, '**/account/second-factor');
    await page.getByText('A second factor is required').waitFor();
    assert.equal(
      await page.getByRole('link', { name: 'Students' }).count(),
      0,
      'only the account pages are offered',
    );
    // The page is styled: the assets answer before the second factor is set up.
    assert.notEqual(
      await page
        .getByRole('button', { name: 'Start setting up' })
        .evaluate((b) => getComputedStyle(b).backgroundColor),
      'rgba(0, 0, 0, 0)',
    );
    await assertAccessible(page, harness);
    const refused = await page.goto('/students');
    assert.equal(refused?.status(), 403);

    await page.goto('/account/second-factor');
    await page.getByRole('button', { name: 'Start setting up' }).click();
    const key = page.locator('#second-factor-key');
    await key.waitFor();
    await page.getByText('enter this key in your authenticator app').waitFor();
    await assertAccessible(page, harness);
    await page.screenshot({ path: '/tmp/continuum-second-factor.png', fullPage: true });

    const secret = ((await key.textContent()) ?? '').replaceAll(' ', '');

    // A wrong code is refused on the form; the pending key still works with the app.
    await page.getByLabel('One-time code').fill('000000');
    const [wrong] = await Promise.all([
      page.waitForResponse('**/confirm'),
      page.getByRole('button', { name: 'Turn on' }).click(),
    ]);
    assert.equal(wrong.status(), 400);
    await page.locator('#second-factor-code-error').waitFor();
    assert.equal(await key.count(), 0, 'the key is not shown again');
    await assertAccessible(page, harness);

    const code = new TOTP({
      algorithm: 'SHA1',
      digits: 6,
      period: 30,
      secret: Secret.fromBase32(secret),
    }).generate();
    await page.getByLabel('One-time code').fill(code);
    await Promise.all([
      page.waitForURL('**/account?done=second-factor-on'),
      page.getByRole('button', { name: 'Turn on' }).click(),
    ]);
    await page.getByText('Your authenticator app is set up.').waitFor();
    await assertAccessible(page, harness);
    await page.screenshot({ path: '/tmp/continuum-account.png', fullPage: true });

    await page.goto('/students');
    assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), 'Students');

    await page.goto('/account/password');
    await assertAccessible(page, harness);
    await page.screenshot({ path: '/tmp/continuum-password.png', fullPage: true });
  },
);
