import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { todayInNewYork } from '../packages/server/src/clock.ts';
import { assertAccessible, signInAs, startHarness } from './harness.ts';
import type { Harness } from './harness.ts';
import { formWith, mainText, openCaseLink, submitOk, tick } from './case-steps.ts';

/**
 * A parent's request to inspect and review their child's records, through delivery (PSN,
 * Access Rights, 34 CFR 300.613; Fees, 300.617): the demo parent asks, with copies and
 * explanations; the privacy officer finds it on the district's open requests with its due date
 * (45 calendar days), opens the child's complete record, records the copy (the fee waived: the
 * parent cannot pay) and marks the request provided, explanations given; the parent sees it
 * provided, opens the complete record and downloads the copy. Every page visited passes axe.
 */
let harness: Harness;
let child: { id: string; lastName: string };
const today = todayInNewYork();
const dueOn = (() => {
  const d = new Date(`${today}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 45);
  return d.toISOString().slice(0, 10);
})();
const shortDate = (iso: string) =>
  new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeZone: 'UTC' }).format(
    new Date(`${iso}T00:00:00Z`),
  );

before(async () => {
  harness = await startHarness();
  const { database, fixtures } = harness;
  const row = await database.db
    .selectFrom('students')
    .where('id', 'in', fixtures.parentChildIds)
    .select(['id', 'legal_last_name'])
    .orderBy('student_number')
    .executeTakeFirstOrThrow();
  child = { id: row.id, lastName: row.legal_last_name };
});
after(async () => {
  await harness?.close();
});

test("a parent's request to inspect their child's records, through delivery", async () => {
  // The parent asks, from their child's page: inspect, explanations and copies.
  const parent = await harness.newPage();
  await signInAs(parent, harness, 'parent');
  await assertAccessible(parent, harness);
  await openCaseLink(parent, child.id, 'Records requests');
  await assertAccessible(parent, harness);
  const ask = formWith(parent, 'Send the request');
  await tick(ask, /^Explanations and interpretations of the records/);
  await tick(ask, /^Copies of the records/);
  await submitOk(parent, 'Send the request');
  assert.match(await mainText(parent), /Open/);
  await assertAccessible(parent, harness);

  // The privacy officer sees it among the district's open requests, due in 45 days at most.
  const officer = await harness.newPage();
  await signInAs(officer, harness, 'privacy');
  await officer.goto('/records-requests');
  await assertAccessible(officer, harness);
  const row = officer.getByRole('row').filter({ hasText: child.lastName });
  const rowText = (await row.innerText()).replace(/\s+/g, ' ');
  assert.ok(rowText.includes(shortDate(dueOn)), `the request shows its due date: ${rowText}`);
  await Promise.all([
    officer.waitForURL(`**/students/${child.id}/records-requests**`),
    row.getByRole('link').first().click(),
  ]);
  await assertAccessible(officer, harness);

  // The complete record, from the request.
  await Promise.all([
    officer.waitForURL(`**/students/${child.id}/complete-record`),
    officer.getByRole('link', { name: 'Open the complete record' }).first().click(),
  ]);
  await assertAccessible(officer, harness);
  const record = await mainText(officer);
  for (const section of ['Profile', 'Parents and guardians', 'Case timeline', 'Record of access'])
    assert.ok(record.includes(section), `the complete record has its ${section} section`);

  // The district's fee for copies, from the complete record: zero, and never one to search.
  await Promise.all([
    officer.waitForURL('**/records/fees'),
    officer.getByRole('link', { name: "The district's fee for copies" }).click(),
  ]);
  await assertAccessible(officer, harness);
  const fee = formWith(officer, 'Save the fee');
  await fee.getByLabel('In force from').fill(today);
  await fee.getByLabel(/^Fee per copied page/).fill('0');
  await submitOk(officer, 'Save the fee', fee);
  assert.match(await mainText(officer), /The fee was saved\./);
  await assertAccessible(officer, harness);
  await officer.goto(`/students/${child.id}/complete-record`);

  // The copy, with the fee waived: the parent said they cannot pay.
  const copy = formWith(officer, 'Record the copy');
  await copy.getByLabel('Day the copy was made').fill(today);
  await copy.getByLabel('Number of pages').fill('12');
  await tick(copy, /^The parent says they cannot pay the fee/);
  await submitOk(officer, 'Record the copy', copy);
  assert.match(await mainText(officer), /The copy was recorded with the request\./);
  assert.match(await mainText(officer), /12 pages, fee waived/);
  await assertAccessible(officer, harness);

  // Provided, with the explanations given.
  await officer.getByRole('link', { name: 'Back to the records requests' }).click();
  await officer.waitForURL(`**/students/${child.id}/records-requests`);
  const provide = formWith(officer, 'Record that the records were provided');
  await provide.getByLabel('Day the records were provided').fill(today);
  await provide
    .getByLabel('How they were provided')
    .fill('Inspected at the district office with the privacy officer; a copy given.');
  await tick(provide, /^Explanations and interpretations given/);
  await submitOk(officer, 'Record that the records were provided', provide);
  const provided = await mainText(officer);
  assert.match(provided, /Provided/);
  assert.match(provided, /12 pages, fee waived/);
  await assertAccessible(officer, harness);

  // The parent sees the request provided, opens the complete record and the copy.
  await parent.goto(`/students/${child.id}/records-requests`);
  const seen = await mainText(parent);
  assert.match(seen, /Provided/);
  assert.match(seen, /Explanations and interpretations given/);
  await assertAccessible(parent, harness);
  await Promise.all([
    parent.waitForURL(`**/students/${child.id}/complete-record`),
    parent.getByRole('link', { name: 'Open the complete record' }).first().click(),
  ]);
  await assertAccessible(parent, harness);
  assert.equal(await parent.getByRole('heading', { name: 'Copies made for a request' }).count(), 0);
  const download = await parent.request.get(`/students/${child.id}/complete-record/copy.pdf`);
  assert.equal(download.status(), 200);
  assert.equal(download.headers()['content-type'], 'application/pdf');
  assert.equal((await download.body()).subarray(0, 5).toString(), '%PDF-');
});
