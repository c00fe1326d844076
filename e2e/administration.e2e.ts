import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { assertAccessible, signInAs, signInWith, startHarness } from './harness.ts';
import type { Harness } from './harness.ts';
import { todayInNewYork } from '../packages/server/src/clock.ts';

let harness: Harness;
before(async () => {
  harness = await startHarness();
});
after(async () => {
  await harness?.close();
});

/** Ticks a USWDS checkbox as a person does, by its label (the input itself is drawn off-screen). */
async function tick(page: Page, group: string, label: string): Promise<void> {
  await page
    .getByRole('group', { name: group })
    .locator('label')
    .getByText(label, { exact: true })
    .click();
  assert.equal(
    await page.getByRole('group', { name: group }).getByLabel(label, { exact: true }).isChecked(),
    true,
  );
}

const newcomer = {
  email: 'casey.e2e@demo.continuum.test',
  name: 'Casey Newcomer',
  password: 'violet harbor lantern quietly',
};

test('the demo administrator adds and edits a site', { timeout: 120_000 }, async () => {
  const page = await harness.newPage();
  await signInAs(page, harness, 'admin');
  await page.goto('/sites');
  await assertAccessible(page, harness);

  await page.getByLabel('Name').fill('E2E Learning Center');
  await page.getByLabel('Kind').selectOption('pre-k-center');
  await page.getByLabel('Address').fill('12 Elm Street');
  await Promise.all([
    page.waitForURL('**/sites?done=created'),
    page.getByRole('button', { name: 'Add site' }).click(),
  ]);
  await page.getByText('The site was added.').waitFor();
  await page.getByRole('row', { name: /E2E Learning Center/ }).waitFor();
  await assertAccessible(page, harness);
  await page.screenshot({ path: '/tmp/continuum-sites.png', fullPage: true });

  await page.getByRole('link', { name: 'Edit E2E Learning Center' }).click();
  await page.waitForURL('**/sites/*/edit');
  await assertAccessible(page, harness);
  await page.screenshot({ path: '/tmp/continuum-site-edit.png', fullPage: true });
  await page.getByLabel('Address').fill('14 Elm Street');
  await Promise.all([
    page.waitForURL('**/sites?done=updated'),
    page.getByRole('button', { name: 'Save site' }).click(),
  ]);
  await page.getByRole('row', { name: /14 Elm Street/ }).waitFor();
});

test(
  'the administrator adds a staff member, changes their roles, and disabling ends their session',
  { timeout: 120_000 },
  async () => {
    const admin = await harness.newPage();
    await signInAs(admin, harness, 'admin');
    await admin.goto('/staff');
    await assertAccessible(admin, harness);
    await admin.getByRole('link', { name: 'Add a staff member' }).click();
    await admin.waitForURL('**/staff/new');
    await assertAccessible(admin, harness);

    // Nothing ticked: the summary names the missing fields and the form keeps its answers.
    await admin.getByLabel('Full name').fill(newcomer.name);
    const [refused] = await Promise.all([
      admin.waitForResponse('**/staff'),
      admin.getByRole('button', { name: 'Add staff member' }).click(),
    ]);
    assert.equal(refused.status(), 400);
    const summary = admin.locator('.continuum-error-summary');
    assert.deepEqual(await summary.getByRole('link').allTextContents(), [
      'Enter an e-mail address like name@example.com that no other account has',
      'Select at least one role',
    ]);
    assert.equal(await admin.getByLabel('Full name').inputValue(), newcomer.name);
    await assertAccessible(admin, harness);
    await admin.screenshot({ path: '/tmp/continuum-staff-new-errors.png', fullPage: true });

    await admin.getByLabel('E-mail address').fill(newcomer.email);
    await admin.getByLabel('Job title').fill('Special education teacher');
    await tick(admin, 'Roles', 'Teacher');
    await tick(admin, 'Committee on Special Education (CSE)', 'Whole district');
    await admin.getByLabel('First password').fill(newcomer.password);
    await Promise.all([
      admin.waitForURL('**/staff?done=created'),
      admin.getByRole('button', { name: 'Add staff member' }).click(),
    ]);
    const row = admin.getByRole('row', { name: new RegExp(newcomer.name) });
    await row.waitFor();
    assert.match((await row.textContent()) ?? '', /Special education teacher/);

    // The newcomer signs in elsewhere with the first password.
    const person = await harness.newPage();
    await signInWith(person, newcomer.email, newcomer.password);

    await admin.getByRole('link', { name: `Edit ${newcomer.name}` }).click();
    await admin.waitForURL('**/staff/*/edit');
    await assertAccessible(admin, harness);
    await admin.screenshot({ path: '/tmp/continuum-staff-edit.png', fullPage: true });
    assert.equal(
      await admin.getByRole('group', { name: 'Roles' }).getByLabel('Teacher').isChecked(),
      true,
      'the form starts from the record',
    );
    await tick(admin, 'Roles', 'Related service provider');
    await Promise.all([
      admin.waitForURL('**/staff?done=updated'),
      admin.getByRole('button', { name: 'Save staff member' }).click(),
    ]);
    assert.match((await row.textContent()) ?? '', /Teacher, Related service provider/);

    await admin.getByRole('link', { name: `Edit ${newcomer.name}` }).click();
    await admin
      .getByText(`Disabling the account ends ${newcomer.name}'s sessions at once`)
      .waitFor();
    await Promise.all([
      admin.waitForURL('**/staff?done=disabled'),
      admin.getByRole('button', { name: 'Disable account' }).click(),
    ]);
    await admin
      .getByText(
        'The account was disabled. The person was signed out everywhere and cannot sign in.',
      )
      .waitFor();
    assert.match((await row.textContent()) ?? '', /account disabled/);
    await assertAccessible(admin, harness);

    // Their next request finds no session.
    await person.goto('/students');
    assert.match(person.url(), /\/sign-in\?next=%2Fstudents$/);
  },
);

test('the chairperson edits a guardian and ends an enrollment', { timeout: 120_000 }, async () => {
  const page = await harness.newPage();
  await signInAs(page, harness, 'chair');
  // The first listed student with a guardian and a current enrollment.
  const hrefs = await page
    .locator('#student-results table a')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  let found = false;
  for (const href of hrefs) {
    await page.goto(href);
    found =
      (await page.locator('a[href*="/guardians/"][href$="/edit"]').count()) > 0 &&
      (await page.getByRole('button', { name: 'End enrollment' }).count()) > 0;
    if (found) break;
  }
  assert.ok(found, 'a student of the chairperson has a guardian and a current enrollment');
  const studentUrl = new URL(page.url()).pathname;
  await page.screenshot({ path: '/tmp/continuum-student-forms.png', fullPage: true });

  await page.locator('a[href*="/guardians/"][href$="/edit"]').first().click();
  await page.waitForURL('**/guardians/*/edit');
  await assertAccessible(page, harness);
  await page.screenshot({ path: '/tmp/continuum-guardian-edit.png', fullPage: true });
  await page.getByLabel('Phone number').fill('(518) 555-0142');
  await Promise.all([
    page.waitForURL(`**${studentUrl}?done=guardian-updated`),
    page.getByRole('button', { name: 'Save parent or guardian' }).click(),
  ]);
  await page.getByText('The parent or guardian was saved.').waitFor();
  await page.getByRole('cell', { name: /\(518\) 555-0142/ }).waitFor();

  // An empty end date is refused on the student page, next to its field.
  const endForm = page.locator('form[action$="/end"]').first();
  const [refused] = await Promise.all([
    page.waitForResponse('**/end'),
    endForm.getByRole('button', { name: 'End enrollment' }).click(),
  ]);
  assert.equal(refused.status(), 400);
  await page
    .locator('.continuum-error-summary')
    .getByRole('link', { name: /Enter the end date/ })
    .waitFor();
  await assertAccessible(page, harness);

  const today = todayInNewYork();
  await page.locator('form[action$="/end"]').first().getByLabel('End date').fill(today);
  await Promise.all([
    page.waitForURL(`**${studentUrl}?done=enrollment-ended`),
    page
      .locator('form[action$="/end"]')
      .first()
      .getByRole('button', { name: 'End enrollment' })
      .click(),
  ]);
  await page.getByText('The enrollment was ended.').waitFor();
  const ended = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeZone: 'UTC' }).format(
    new Date(`${today}T00:00:00Z`),
  );
  await page.getByRole('cell', { name: ended }).first().waitFor();
  await assertAccessible(page, harness);
});

test(
  'an unknown address shows the page not found to a browser, and JSON to a program',
  { timeout: 60_000 },
  async () => {
    const page = await harness.newPage();
    await signInAs(page, harness, 'teacher');
    const response = await page.goto('/nope');
    assert.equal(response?.status(), 404);
    assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), 'Page not found');
    await page.getByText('Signed in as').waitFor();
    await assertAccessible(page, harness);
    const api = await page.request.get('/nope', { headers: { accept: 'application/json' } });
    assert.equal(api.status(), 404);
    assert.deepEqual(await api.json(), { error: { code: 'not-found', message: 'No such page.' } });
  },
);
