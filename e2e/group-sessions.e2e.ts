import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import {
  assignImplementer,
  insertServedIep,
  testService,
} from '../packages/server/src/services/test-support.ts';
import { todayInNewYork } from '../packages/server/src/clock.ts';
import { assertAccessible, signInAs, startHarness } from './harness.ts';
import type { Harness } from './harness.ts';
import { mainText, schoolDaysBefore, submit, submitOk } from './case-steps.ts';

/**
 * A group session and a record on more than one child (34 CFR 300.615): the demo provider
 * logs one speech session for two children of their caseload, one of them the demo parent's
 * child; the group's log names both, and the parent sees on their child's services page the
 * session "with 1 other child", never who, and finds no group log (404). Axe on every page.
 *
 * The two children are students of the demo school: the demo parent's first child and a
 * classmate without a case; each gets a final IEP with speech in a group of up to 3 (in effect
 * 9 school days ago), implemented by the demo provider, set up in the database.
 */
let harness: Harness;
const asOf = todayInNewYork();
const takesEffectOn = schoolDaysBefore(asOf, 9);
const children: { id: string; name: string }[] = [];

before(async () => {
  harness = await startHarness();
  const { database, fixtures } = harness;
  const parentChild = fixtures.parentChildIds[0]!;
  const classmate = await database.db
    .selectFrom('students as s')
    .innerJoin('enrollments as e', 'e.student_id', 's.id')
    .where('e.site_id', '=', fixtures.teacherSiteId)
    .where('e.ends_on', 'is', null)
    .where('s.id', 'not in', [...fixtures.parentChildIds, ...fixtures.caseStudentIds])
    .where('s.level', '=', 'school-age')
    .select('s.id')
    .orderBy('s.student_number')
    .executeTakeFirstOrThrow();
  for (const studentId of [parentChild, classmate.id]) {
    const { iepId } = await insertServedIep(database.db, studentId, takesEffectOn, [
      testService(takesEffectOn, { groupSize: 3 }),
    ]);
    await assignImplementer(database.db, {
      studentId,
      staffId: fixtures.accounts.provider.staffId!,
      iepId,
      role: 'related-service-provider',
    });
    const s = await database.db
      .selectFrom('students')
      .where('id', '=', studentId)
      .select(['legal_first_name', 'legal_last_name', 'student_number'])
      .executeTakeFirstOrThrow();
    children.push({ id: studentId, name: `${s.legal_last_name}, ${s.legal_first_name}` });
  }
});
after(async () => {
  await harness?.close();
});

async function as(account: 'provider' | 'parent'): Promise<Page> {
  const page = await harness.newPage();
  await signInAs(page, harness, account);
  return page;
}

test('the provider logs a group session; the parent sees their child’s part only', async () => {
  const [ours, theirs] = children as [{ id: string; name: string }, { id: string; name: string }];
  const provider = await as('provider');
  await provider.goto(`/students/${ours.id}/services`);
  await assertAccessible(provider, harness);
  await provider.getByRole('link', { name: 'Log a group session' }).click();
  await provider.getByRole('heading', { name: 'Log a group session', level: 1 }).waitFor();
  await assertAccessible(provider, harness);

  // One child only: the form comes back with its problem named, and axe still passes.
  await provider.getByLabel('Date').fill(schoolDaysBefore(asOf, 1));
  await provider.getByLabel('Minutes').fill('30');
  await provider.getByLabel('Note about the group').fill(`Turn-taking with ${theirs.name}.`);
  await provider
    .getByLabel(`Service for ${ours.name}`)
    .selectOption({ label: 'Related services: Speech-language therapy' });
  const refused = await submit(provider, 'Log the group session');
  assert.equal(refused.status(), 400);
  await provider.locator('.continuum-error-summary').waitFor();
  await assertAccessible(provider, harness);

  await provider
    .getByLabel(`Service for ${ours.name}`)
    .selectOption({ label: 'Related services: Speech-language therapy' });
  await provider
    .getByLabel(`Service for ${theirs.name}`)
    .selectOption({ label: 'Related services: Speech-language therapy' });
  await provider
    .getByLabel(`Note about ${ours.name} (on this child's record)`)
    .fill('Named ten pictures.');
  await submitOk(provider, 'Log the group session');
  await provider.getByText('The group session is logged, with a session for each child.').waitFor();
  await assertAccessible(provider, harness);
  const log = await mainText(provider);
  assert.ok(log.includes(ours.name) && log.includes(theirs.name), 'the log names both children');
  const groupPath = new URL(provider.url()).pathname;

  const parent = await as('parent');
  await parent.goto(`/students/${ours.id}/services`);
  await assertAccessible(parent, harness);
  const shown = await mainText(parent);
  assert.match(shown, /with 1 other child/);
  assert.match(shown, /Named ten pictures\./, "the child's own note is theirs to read");
  assert.ok(!shown.includes(theirs.name.split(',')[0]!), 'the other child is not named');
  assert.ok(!shown.includes('Turn-taking'), "the group's note is not on the child's record");
  const html = await parent.content();
  assert.ok(!html.includes(theirs.id), "nor is the other child's id anywhere in the page");
  const denied = await parent.goto(groupPath);
  assert.equal(denied!.status(), 404, 'the group log does not exist for the parent');
  await assertAccessible(parent, harness);
});
