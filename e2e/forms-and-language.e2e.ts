import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { assertAccessible, demoEmail, signInAs, startHarness } from './harness.ts';
import type { Harness } from './harness.ts';

let harness: Harness;
before(async () => {
  harness = await startHarness();
});
after(async () => {
  await harness?.close();
});

test(
  'without JavaScript, a form with bad input shows its problems, then saves when corrected',
  { timeout: 90_000 },
  async () => {
    const page = await harness.newPage({ javaScriptEnabled: false });
    await signInAs(page, harness, 'chair');
    await page.goto('/students/new');

    await page.getByLabel('Student ID').fill('E2E-0001');
    await page.getByLabel('Legal last name').fill('Rivera');
    await page.getByLabel('Date of birth').fill('2016-03-14');
    await page.getByLabel('Level').selectOption('school-age');
    const [response] = await Promise.all([
      page.waitForResponse('**/students'),
      page.getByRole('button', { name: 'Add student' }).click(),
    ]);
    assert.equal(response.status(), 400);
    assert.match(await page.title(), /^Error: Add a student/);
    const summary = page.locator('.continuum-error-summary');
    assert.deepEqual(await summary.getByRole('link').allTextContents(), [
      "Enter the student's legal first name",
    ]);
    assert.equal(
      await page.evaluate(() =>
        document.activeElement?.classList.contains('continuum-error-summary'),
      ),
      true,
      'the summary has focus',
    );
    const firstName = page.getByLabel('Legal first name');
    assert.equal(await firstName.getAttribute('aria-invalid'), 'true');
    assert.equal(await firstName.getAttribute('aria-describedby'), 'student-legalFirstName-error');
    assert.equal(
      await page.getByLabel('Legal last name').inputValue(),
      'Rivera',
      'answers are kept',
    );

    // The rule across fields (a school-age student needs a grade) is checked once the fields are.
    await firstName.fill('Luz');
    await page.getByRole('button', { name: 'Add student' }).click();
    await page.locator('#student-grade-error').waitFor();
    assert.deepEqual(await summary.getByRole('link').allTextContents(), [
      'Select a grade for a school-age student, and none for a preschool child',
    ]);
    await page.screenshot({ path: '/tmp/continuum-form-errors.png', fullPage: true });

    await page.getByLabel('Grade').selectOption('3');
    await Promise.all([
      page.waitForURL('**/students/*?done=created'),
      page.getByRole('button', { name: 'Add student' }).click(),
    ]);
    assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), 'Rivera, Luz');
    await page.getByText('The student was added.').waitFor();
  },
);

test('the new-student form and its error summary pass axe', { timeout: 90_000 }, async () => {
  const page = await harness.newPage();
  await signInAs(page, harness, 'chair');
  await page.goto('/students/new');
  await assertAccessible(page, harness);
  await page.getByRole('button', { name: 'Add student' }).click();
  await page.locator('.continuum-error-summary').waitFor();
  await assertAccessible(page, harness);
});

test(
  'a guardian form with a bad e-mail is shown again on the student page with its error',
  { timeout: 90_000 },
  async () => {
    const page = await harness.newPage();
    await signInAs(page, harness, 'chair');
    await page.locator('#student-results table a').first().click();
    await page.waitForURL('**/students/*');
    const form = page.locator('#guardian-form');
    await form.getByLabel('Full name').fill('Marta Rivera');
    await form.getByLabel('Relationship to the student').fill('aunt');
    await form.getByLabel('E-mail address').fill('not-an-address');
    await form.getByRole('button', { name: 'Add parent or guardian' }).click();
    await form.locator('#guardian-email-error').waitFor();
    assert.equal(await form.getByLabel('E-mail address').inputValue(), 'not-an-address');
    await assertAccessible(page, harness);

    await form.getByLabel('E-mail address').fill('marta@example.com');
    await Promise.all([
      page.waitForURL('**?done=guardian-added'),
      form.getByRole('button', { name: 'Add parent or guardian' }).click(),
    ]);
    await page.getByRole('rowheader', { name: 'Marta Rivera', exact: true }).waitFor();
  },
);

test(
  'in Spanish, the sign-in and list pages speak Spanish and the choice is remembered',
  { timeout: 90_000 },
  async () => {
    const page = await harness.newPage({ locale: 'es-US' });
    await page.goto('/sign-in');
    assert.equal(await page.locator('html').getAttribute('lang'), 'es');
    assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), 'Iniciar sesión');
    await assertAccessible(page, harness);
    await page.screenshot({ path: '/tmp/continuum-sign-in-es.png', fullPage: true });
    await page.getByLabel('Correo electrónico').fill(demoEmail('principal'));
    await page.getByLabel('Contraseña').fill(harness.config.demoPassword);
    await Promise.all([
      page.waitForURL('**/students'),
      page.getByRole('button', { name: 'Iniciar sesión' }).click(),
    ]);
    assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), 'Estudiantes');
    assert.match(
      (await page.locator('#student-count').textContent()) ?? '',
      /Se encontraron \d+ estudiantes/,
    );
    await assertAccessible(page, harness);

    // An English browser that chose Spanish once keeps it.
    const english = await harness.newPage({ locale: 'en-US' });
    await english.goto('/sign-in?lang=es');
    await english.goto('/sign-in');
    assert.equal(await english.getByRole('heading', { level: 1 }).textContent(), 'Iniciar sesión');
    await english.getByRole('link', { name: 'English' }).click();
    assert.equal(await english.getByRole('heading', { level: 1 }).textContent(), 'Sign in');
  },
);
