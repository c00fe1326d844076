import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { assertAccessible, signInAs, startHarness } from './harness.ts';
import type { Harness } from './harness.ts';
import { todayInNewYork } from '../packages/server/src/clock.ts';
import {
  deadlineRows,
  mainText,
  openCaseLink,
  pickStudent,
  recordConsent,
  recordMeetingHeld,
  scheduleMeeting,
  schoolDaysBefore,
  submitOk,
  tick,
} from './case-steps.ts';

/**
 * A case left late, seen overdue on the chairperson's dashboard with its due date, and a
 * subcommittee's recommendation beyond its authority, refused on the form.
 */
let harness: Harness;
before(async () => {
  harness = await startHarness();
});
after(async () => {
  await harness?.close();
});

/**
 * Consent to the initial evaluation on Monday 2025-09-15, and nothing after it. Its deadline,
 * 60 school days later (PSN NYC addendum, Initial Evaluation), counted by hand on the demo
 * district's 2025-26 calendar (first day 2025-09-04; not school days: Columbus Day 10-13,
 * Election Day 11-04, Veterans Day 11-11, Thanksgiving 11-27 and the recess day 11-28):
 *   Sep 16-19 (4), 22-26 (5), 29-30 (2)          = 11
 *   Oct 1-3 (3), 6-10 (5), 14-17 (4), 20-24 (5),
 *       27-31 (5)                                 = 22, total 33
 *   Nov 3 (1), 5-7 (3), 10 (1), 12-14 (3),
 *       17-21 (5), 24-26 (3)                      = 16, total 49
 *   Dec 1-5 (5), 8-12 (5)                         = 10, total 59
 *   Dec 15                                        = the 60th school day
 */
const consentGranted = '2025-09-15';
const dueLabel = 'Dec 15, 2025';

test(
  'a consent to the initial evaluation with nothing after it is overdue on the dashboard, due 60 school days later',
  { timeout: 120_000 },
  async () => {
    const asOf = todayInNewYork();
    assert.ok(asOf > '2025-12-15', 'the deadline is in the past');
    const student = await pickStudent(harness.database, 'school-age', asOf);
    const page = await harness.newPage();
    await signInAs(page, harness, 'chair');
    await recordConsent(page, student.id, {
      type: 'initial-evaluation',
      requestedOn: '2025-09-11',
      grantedOn: consentGranted,
      describes: 'Initial evaluation: psychological, social history, observation, educational.',
    });
    assert.match(await mainText(page), /Granted/);

    await page.goto('/deadlines');
    await page.getByLabel('Show').selectOption('overdue');
    await submitOk(page, 'Apply filters');
    await assertAccessible(page, harness);
    const rows = (await deadlineRows(page)).filter((row) => row.startsWith(student.name));
    const late = rows.find((row) => row.includes('| initial-evaluation-to-services |'));
    assert.ok(late, `the overdue deadline is listed:\n${rows.join('\n')}`);
    assert.ok(
      late.includes(`| ${dueLabel} | Overdue |`),
      `due on ${dueLabel} and overdue: ${late}`,
    );
    assert.match(late, /PSN NYC addendum/, 'with its citation');
    assert.match(late, /2025-09-15|Sep 15, 2025/, 'with its basis: the consent of that day');

    await openCaseLink(page, student.id, 'Case timeline and deadlines');
    await assertAccessible(page, harness);
    const timeline = (await deadlineRows(page)).find((row) =>
      row.includes('initial-evaluation-to-services'),
    );
    assert.ok(timeline, 'the timeline lists initial-evaluation-to-services');
    assert.ok(timeline.includes(dueLabel), `the timeline shows the same due date: ${timeline}`);
    assert.match(timeline, /Overdue/);
  },
);

test(
  'a subcommittee recommending a more restrictive special class is refused: that needs the full CSE',
  { timeout: 120_000 },
  async () => {
    const asOf = todayInNewYork();
    const student = await pickStudent(harness.database, 'school-age', asOf, 1);
    const page = await harness.newPage();
    await signInAs(page, harness, 'chair');
    const scheduled = await scheduleMeeting(page, student.id, {
      committee: 'subcommittee',
      purpose: 'requested-review',
      on: schoolDaysBefore(asOf, 3),
      members: [
        { name: 'Lucas Taylor', role: 'chairperson' },
        { name: 'Parent of the student', role: 'parent' },
        { name: 'R. Ortiz', role: 'general-education-teacher' },
        { name: 'M. Brandt', role: 'special-education-teacher' },
      ],
    });
    assert.equal(scheduled.status(), 200, `the meeting is scheduled: ${await mainText(page)}`);
    await page.getByLabel("The student's current program").selectOption('resource-room');
    const held = await recordMeetingHeld(page, {
      on: schoolDaysBefore(asOf, 3),
      programs: ['Special class 12:1+1'],
    });
    assert.equal(held.status(), 422, 'beyond the subcommittee’s authority');
    const text = await mainText(page);
    assert.match(text, /full CSE/, `the refusal says who may: ${text}`);
    await assertAccessible(page, harness);

    // Within its authority (resource room kept), the same meeting is recorded.
    await tick(page, 'Resource room');
    await page
      .getByRole('group', { name: 'Programs recommended' })
      .locator('label', { hasText: 'Special class 12:1+1' })
      .first()
      .click();
    assert.equal(
      await page.getByLabel('Special class 12:1+1', { exact: true }).first().isChecked(),
      false,
    );
    await submitOk(page, 'Record the meeting');
    assert.match(page.url(), /\?done=held$/);
  },
);
