import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { todayInNewYork } from '../packages/server/src/clock.ts';
import { createTranslator } from '../packages/web/src/i18n/i18n.ts';
import { assertAccessible, signInAs, startHarness } from './harness.ts';
import type { Harness } from './harness.ts';
import { formWith, mainText, openCaseLink, submit, submitOk, tick } from './case-steps.ts';

/**
 * A disclosure and the record of access (34 CFR 300.622, 300.614): the privacy officer tries to
 * record a disclosure of the demo parent's child's IEP to a transition agency and is refused
 * with the passage (no consent on file); the district administrator records the parent's
 * written consent to that disclosure on the consents page; the privacy officer records the
 * disclosure under it; the demo parent signs in and finds it in the child's record of access,
 * with the party, the date and the purpose, beside the staff who reached the records. Every
 * page passes axe-core.
 */
let harness: Harness;
let childId: string;
const today = todayInNewYork();
const agency = 'ACCES-VR Hudson Valley District Office';
const purpose = 'Planning vocational rehabilitation services for after high school.';

before(async () => {
  harness = await startHarness();
  const [first] = harness.fixtures.parentChildIds;
  assert.ok(first, 'the demo parent has a child');
  childId = first;
});
after(async () => {
  await harness?.close();
});

async function fillDisclosure(page: Page): Promise<void> {
  const form = formWith(page, 'Record the disclosure');
  await form.getByLabel('Day of the disclosure').fill(today);
  await form.getByLabel('Kind of party').selectOption('transition-agency');
  await form.getByLabel('Name of the party').fill(agency);
  await form.getByLabel('Purpose', { exact: true }).fill(purpose);
  await tick(form, 'IEP');
  await form.getByLabel('What was disclosed, in words').fill('The current IEP.');
}

test('a disclosure to a transition agency needs the consent, and the parent sees it in the record of access', async () => {
  const officer = await harness.newPage();
  await signInAs(officer, harness, 'privacy');
  await openCaseLink(officer, childId, 'Disclosures');
  await assertAccessible(officer, harness);

  // Without a consent on file the rules refuse it, with the passage.
  await fillDisclosure(officer);
  const refused = await submit(officer, 'Record the disclosure');
  assert.equal(refused.status(), 422);
  const refusal = await mainText(officer);
  assert.match(refusal, /The disclosure could not be recorded/);
  assert.match(refusal, /34 CFR 300\.622/);
  await assertAccessible(officer, harness);

  // The district administrator records the parent's written consent to that disclosure.
  const admin = await harness.newPage();
  await signInAs(admin, harness, 'admin');
  await openCaseLink(admin, childId, 'Consents');
  await admin.getByLabel('Consent for').selectOption('disclosure');
  await admin.getByLabel('Requested on').fill(today);
  await admin.getByLabel('Requested by').selectOption('in-person');
  await admin.getByLabel('Recipient', { exact: true }).selectOption('transition-agency');
  await admin.getByLabel('Recipient’s name').fill(agency);
  await admin.getByLabel('Information disclosed').fill('The current IEP.');
  await submitOk(admin, 'Record the request');
  const answer = formWith(admin, 'Record the answer');
  await answer.getByLabel('Answer').selectOption('granted');
  await answer.getByLabel('Date').fill(today);
  await tick(answer, /^In writing/);
  await submitOk(admin, 'Record the answer');

  // Now the privacy officer names that consent and the disclosure is recorded.
  await officer.goto(`/students/${childId}/disclosures`);
  await fillDisclosure(officer);
  await formWith(officer, 'Record the disclosure')
    .getByLabel("The parent's consent")
    .selectOption({ index: 1 });
  await submitOk(officer, 'Record the disclosure');
  const recorded = await mainText(officer);
  assert.match(recorded, /The disclosure was recorded/);
  assert.ok(recorded.includes(agency));
  await assertAccessible(officer, harness);

  // The demo parent reads the child's record of access.
  const parent = await harness.newPage();
  await signInAs(parent, harness, 'parent');
  await openCaseLink(parent, childId, 'Record of access');
  const record = await mainText(parent);
  const disclosures = await parent.locator('#record-of-access-disclosures').innerText();
  assert.ok(disclosures.includes(agency), disclosures);
  assert.ok(disclosures.includes(purpose), disclosures);
  assert.ok(disclosures.includes(createTranslator('en').formatDate(today)), disclosures);
  assert.match(disclosures, /parent's written consent/);
  const accesses = await parent.locator('#record-of-access-accesses').innerText();
  assert.match(accesses, /Records access officer/);
  assert.match(accesses, /Recorded a disclosure/);
  assert.match(accesses, /Viewed disclosures/);
  assert.match(record, /Disclosures outside the district/);
  await assertAccessible(parent, harness);

  // And the child's disclosures page, which the parent reads but has no form on.
  await parent.getByRole('link', { name: 'Disclosures page' }).click();
  await parent.waitForURL(`**/students/${childId}/disclosures`);
  assert.equal(await parent.getByRole('button', { name: 'Record the disclosure' }).count(), 0);
  await assertAccessible(parent, harness);
});
