import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { assertAccessible, signInAs, startHarness } from './harness.ts';
import type { Harness } from './harness.ts';

let harness: Harness;
before(async () => {
  harness = await startHarness();
});
after(async () => {
  await harness?.close();
});

/** The ids of the students the list links to. */
async function listedStudentIds(page: Page): Promise<string[]> {
  const hrefs = await page
    .locator('#student-results table a')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  return hrefs.map((href) => href.replace('/students/', ''));
}

test(
  'the chairperson signs in, searches the list as they type, and opens a student',
  { timeout: 90_000 },
  async () => {
    const page = await harness.newPage();
    await page.goto('/students');
    assert.match(
      page.url(),
      /\/sign-in\?next=%2Fstudents$/,
      'a signed-out visitor is sent to sign in',
    );
    await assertAccessible(page, harness);
    await signInAs(page, harness, 'chair');
    await assertAccessible(page, harness);
    assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), 'Students');
    await page.getByText('Demo mode: synthetic data; second factor skipped').waitFor();

    const first = page.locator('#student-results table a').first();
    const name = (await first.textContent()) ?? '';
    const lastName = name.split(',')[0] ?? '';
    const before = await page.locator('#student-count').textContent();
    // htmx: typing refreshes the results and the address without a page load.
    await page.getByLabel('Search').pressSequentially(lastName, { delay: 20 });
    await page.waitForFunction(
      (previous) => document.querySelector('#student-count')?.textContent !== previous,
      before,
    );
    await page.waitForURL(`**/students?q=${encodeURIComponent(lastName)}**`);
    const names = await page.locator('#student-results table a').allTextContents();
    assert.ok(
      names.length > 0 && names.every((n) => n.includes(lastName)),
      `every result matches ${lastName}: ${names.join('; ')}`,
    );
    await assertAccessible(page, harness);

    await Promise.all([
      page.waitForURL('**/students/*'),
      page.getByRole('link', { name }).first().click(),
    ]);
    assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), name);
    await page.getByRole('heading', { name: 'Profile' }).waitFor();
    assert.equal(
      await page.getByRole('heading', { name: 'Record of access' }).count(),
      0,
      'a chairperson does not keep the record of access',
    );
    await assertAccessible(page, harness);
    await page.screenshot({ path: '/tmp/continuum-student.png', fullPage: true });

    await Promise.all([
      page.waitForURL('**/signed-out'),
      page.getByRole('button', { name: 'Sign out' }).click(),
    ]);
    await page.getByRole('heading', { name: 'You are signed out' }).waitFor();
    await assertAccessible(page, harness);
    await page.goto('/students');
    assert.match(page.url(), /\/sign-in/, 'after signing out the list needs a new sign-in');
  },
);

test(
  'the teacher sees only the students whose IEP they implement; another reads as not found',
  { timeout: 90_000 },
  async () => {
    const page = await harness.newPage();
    await signInAs(page, harness, 'teacher');
    const listed = await listedStudentIds(page);
    assert.deepEqual(listed.sort(), [...harness.fixtures.implementedStudentIds].sort());
    await assertAccessible(page, harness);

    const other = harness.fixtures.unimplementedStudentIds[0];
    assert.ok(other, 'the demo school has a student the teacher does not implement');
    const response = await page.goto(`/students/${other}`);
    assert.equal(response?.status(), 404);
    await page.getByRole('heading', { name: 'Page not found' }).waitFor();
    await assertAccessible(page, harness);
  },
);

test(
  'the privacy officer sees the record of access, with the earlier views in it',
  { timeout: 90_000 },
  async () => {
    const studentId = harness.fixtures.implementedStudentIds[0];
    assert.ok(studentId);
    const teacher = await harness.newPage();
    await signInAs(teacher, harness, 'teacher');
    await teacher.goto(`/students/${studentId}`);

    const page = await harness.newPage();
    await signInAs(page, harness, 'privacy');
    await page.goto(`/students/${studentId}`);
    const log = page.locator('#access-log');
    await log.waitFor();
    const teacherName =
      (await teacher.locator('.continuum-user').textContent())?.replace('Signed in as ', '') ?? '';
    const rows = await log.locator('tbody tr').allTextContents();
    assert.ok(
      rows.some((row) => row.includes(teacherName) && row.includes('Viewed the student’s record')),
      `the teacher's view is listed:\n${rows.join('\n')}`,
    );
    assert.ok(
      rows.some((row) => row.includes('Privacy officer')),
      "the officer's own view is listed too",
    );
    await assertAccessible(page, harness);
    await page.screenshot({ path: '/tmp/continuum-access-log.png', fullPage: true });
  },
);
