import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { todayInNewYork } from '../packages/server/src/clock.ts';
import { assertAccessible, signInAs, startHarness } from './harness.ts';
import type { Harness } from './harness.ts';
import { formWith, mainText, openCaseLink, submit, submitOk } from './case-steps.ts';

/**
 * Amendment of records at a parent's request, refused then heard (34 CFR 300.618-300.621): the
 * demo parent asks to amend their child's evaluation; the privacy officer refuses, and the
 * parent sees the refusal and the right to a hearing; the parent requests the hearing; the
 * privacy officer records that it kept the information; the parent is told they may place a
 * statement, places it, and sees it attached to the evaluation records. A statement before the
 * hearing's outcome is refused with its passage. axe-core checks every page visited.
 */
let harness: Harness;
let studentId: string;
const today = todayInNewYork();
const statement = 'I disagree: the retest in March showed my child reads at grade level.';

before(async () => {
  harness = await startHarness();
  const [first] = harness.fixtures.parentChildIds;
  assert.ok(first, 'the demo parent has a child');
  studentId = first;
});
after(async () => {
  await harness?.close();
});

async function openAmendments(page: Page): Promise<void> {
  await openCaseLink(page, studentId, 'Amendment requests');
  await assertAccessible(page, harness);
}

test('a request refused, then heard and kept, with the statement attached to the record', async () => {
  const parent = await harness.newPage();
  await signInAs(parent, harness, 'parent');
  await parent.goto(`/students/${studentId}`);
  await assertAccessible(parent, harness);
  await openAmendments(parent);

  // The parent asks; a form sent without its answers is shown again with its error summary.
  await submit(parent, 'Send the request');
  assert.match(await mainText(parent), /Choose the record the request is about/);
  await assertAccessible(parent, harness);
  const ask = formWith(parent, 'Send the request');
  await ask.getByLabel('Which record').selectOption('evaluation');
  await ask
    .getByLabel('Which information')
    .fill('The reading score on page 3 of the psychological evaluation.');
  await ask.getByLabel('Why it should change').selectOption('inaccurate');
  await ask.getByLabel('The change asked for').fill('Report the score from the retest in March.');
  await submitOk(parent, 'Send the request');
  assert.match(await mainText(parent), /The request to amend the records was recorded/);
  assert.match(await mainText(parent), /Decision due/);
  await assertAccessible(parent, harness);

  // The privacy officer refuses, with the reason.
  const officer = await harness.newPage();
  await signInAs(officer, harness, 'privacy');
  await openAmendments(officer);
  const decide = formWith(officer, 'Record the decision');
  await decide.getByLabel('Decision', { exact: true }).selectOption('refused');
  await decide.getByLabel('Date of the decision').fill(today);
  await decide
    .getByLabel('Reason for the refusal')
    .fill('The score reported is the one measured at the evaluation.');
  await submitOk(officer, 'Record the decision');
  assert.match(await mainText(officer), /Refused on/);
  await assertAccessible(officer, harness);

  // The parent sees the refusal and the right to a hearing, and requests it. A statement is
  // not theirs to place yet: the form is not offered.
  await parent.reload();
  const refusedText = await mainText(parent);
  assert.match(refusedText, /You have the right to a hearing/);
  assert.match(refusedText, /The score reported is the one measured/);
  assert.equal(await formWith(parent, 'Place the statement').count(), 0);
  await assertAccessible(parent, harness);
  await submitOk(parent, 'Request a hearing');
  assert.match(await mainText(parent), /The request for a hearing was recorded/);
  await assertAccessible(parent, harness);

  // The privacy officer records the outcome: the information is kept.
  await officer.reload();
  const outcome = formWith(officer, 'Record the outcome');
  await outcome.getByLabel('Outcome').selectOption('kept');
  await outcome.getByLabel('Date of the hearing').fill(today);
  await outcome.getByLabel('Heard by').fill('Assistant Superintendent for Operations');
  await outcome.getByLabel('Date of the decision').fill(today);
  await outcome
    .getByLabel('Decision and its reasons')
    .fill('The evidence shows the score was reported as measured.');
  await submitOk(officer, 'Record the outcome');
  assert.match(await mainText(officer), /Kept after the hearing/);
  await assertAccessible(officer, harness);

  // The parent is told of the right to place a statement, and places it.
  await parent.reload();
  assert.match(await mainText(parent), /You may place a statement in your child's records/);
  await assertAccessible(parent, harness);
  const place = formWith(parent, 'Place the statement');
  await place.getByLabel('Your statement').fill(statement);
  await submitOk(parent, 'Place the statement');
  const placed = await mainText(parent);
  assert.match(placed, /The statement was placed in the records/);
  const attached = parent.locator('section[aria-labelledby="statements-heading"]');
  const attachedText = (await attached.innerText()).replace(/\s+/g, ' ');
  assert.match(attachedText, /Evaluations?.*statement placed/);
  assert.ok(attachedText.includes(statement));
  await assertAccessible(parent, harness);

  // The officer sees the same statement with the record.
  await officer.reload();
  assert.ok((await mainText(officer)).includes(statement));
  await assertAccessible(officer, harness);
  await parent.context().close();
  await officer.context().close();
});

test("the parent's page works without JavaScript: the parent asks, then withdraws", async () => {
  const parent = await harness.newPage({ javaScriptEnabled: false });
  await signInAs(parent, harness, 'parent');
  await parent.goto(`/students/${studentId}/amendments`);
  const ask = formWith(parent, 'Send the request');
  await ask.getByLabel('Which record').selectOption('iep');
  await ask.getByLabel('Which information').fill('The present levels paragraph on reading.');
  await ask.getByLabel('Why it should change').selectOption('misleading');
  await ask.getByLabel('The change asked for').fill('Say the reading goal was met in January.');
  await submitOk(parent, 'Send the request');
  assert.match(await mainText(parent), /The request to amend the records was recorded/);
  // The withdraw form is the parent's; nothing else is offered before a decision.
  assert.equal(await formWith(parent, 'Request a hearing').count(), 0);
  await submitOk(parent, 'Withdraw the request');
  assert.match(await mainText(parent), /Withdrawn on/);
  await parent.context().close();
});
