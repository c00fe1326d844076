import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { inDistrict } from '../packages/server/src/db/tenant.ts';
import {
  insertServedIep,
  schoolDaysAgo,
  testService,
} from '../packages/server/src/services/test-support.ts';
import { assertAccessible, signInAs, startHarness } from './harness.ts';
import type { Harness } from './harness.ts';

/**
 * Service delivery in the browser: the demo provider logs a week from a phone-sized screen
 * without JavaScript, and every delivery page passes axe. A school-age student the provider
 * serves (without a case of the demo's) gets a final IEP with two services, in effect for 20
 * school days.
 */

let harness: Harness;
let studentId: string;

before(async () => {
  harness = await startHarness();
  const { database, fixtures } = harness;
  studentId = await inDistrict(database.db, fixtures.districtId, async (tx) => {
    const row = await tx
      .selectFrom('implementer_assignments as a')
      .innerJoin('students as s', (j) =>
        j.onRef('s.district_id', '=', 'a.district_id').onRef('s.id', '=', 'a.student_id'),
      )
      .where('a.staff_id', '=', fixtures.accounts.provider.staffId!)
      .where('a.ended_at', 'is', null)
      .where('s.level', '=', 'school-age')
      .where('s.id', 'not in', fixtures.caseStudentIds)
      .select('s.id')
      .executeTakeFirstOrThrow();
    return row.id;
  });
  const takesEffectOn = schoolDaysAgo(20);
  await insertServedIep(database.db, studentId, takesEffectOn, [
    testService(takesEffectOn),
    testService(takesEffectOn, { service: 'Counseling', frequency: 1, groupSize: 3 }),
  ]);
});
after(async () => {
  await harness?.close();
});

/** Whether the page is wider than the screen (a 375-pixel phone must not scroll sideways). */
const overflows = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);

test(
  'a provider logs a week of sessions on a phone, without JavaScript',
  { timeout: 120_000 },
  async () => {
    const page = await harness.newPage({
      viewport: { width: 375, height: 812 },
      javaScriptEnabled: false,
    });
    await signInAs(page, harness, 'provider');
    await page.goto(`/students/${studentId}/services?week=${schoolDaysAgo(1)}`);
    assert.equal(await overflows(page), false, 'the page fits 375 pixels');
    const form = page.locator('#week-form');
    const cells = await form.locator('select[name$=".status"]').count();
    assert.ok(cells >= 2, 'the week offers a cell per service and school day');
    await Promise.all([
      page.waitForURL('**/services?*done=week-logged'),
      form.getByRole('button', { name: 'Log the week' }).click(),
    ]);
    await page.getByText("The week's sessions were logged.").waitFor();
    const logged = await page.locator('#sessions-heading ~ div table tbody tr').count();
    assert.ok(logged >= 1, 'the sessions are listed');
  },
);

test('the delivery pages pass axe', { timeout: 120_000 }, async () => {
  const provider = await harness.newPage();
  await signInAs(provider, harness, 'provider');
  for (const path of [`/students/${studentId}/services`, '/caseload']) {
    await provider.goto(path);
    await assertAccessible(provider, harness);
  }
  const admin = await harness.newPage();
  await signInAs(admin, harness, 'admin');
  for (const path of ['/delivery', '/delivery/report', '/delivery/settings']) {
    await admin.goto(path);
    await assertAccessible(admin, harness);
  }
  // A form shown again with its problems passes too.
  await admin.getByLabel('Over the last (school weeks)').fill('99');
  await admin.getByRole('button', { name: 'Save the settings' }).click();
  await admin.locator('.continuum-error-summary').waitFor();
  await assertAccessible(admin, harness);
});
