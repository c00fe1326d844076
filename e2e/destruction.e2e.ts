import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { todayInNewYork } from '../packages/server/src/clock.ts';
import { assertAccessible, signInAs, startHarness } from './harness.ts';
import type { Harness } from './harness.ts';
import { formWith, mainText, submit, submitOk, tick } from './case-steps.ts';

/**
 * Destroying a child's records at the parent's request (34 CFR 300.624): the privacy officer
 * informs the demo parent that the information is no longer needed, the parent asks online for
 * the destruction of their child's records, the privacy officer destroys them from the queue
 * (typing the student number), the child is gone (404) and the permanent record is on the
 * privacy officer's destruction page; the privacy officer's workspace counts it and the
 * district's record of access still verifies. axe-core on every page visited.
 *
 * The child is the demo parent's last child (by student number): this file has its own
 * database, and the parent keeps their other child, so their account stays.
 */
let harness: Harness;
let child: { id: string; number: string; first: string; last: string; guardian: string };
const today = todayInNewYork();

before(async () => {
  harness = await startHarness();
  const { database, fixtures } = harness;
  assert.ok(fixtures.parentChildIds.length > 0, 'the demo parent has children');
  const row = await database.db
    .selectFrom('students as s')
    .innerJoin('student_guardians as sg', (j) =>
      j.onRef('sg.district_id', '=', 's.district_id').onRef('sg.student_id', '=', 's.id'),
    )
    .innerJoin('guardians as g', (j) =>
      j.onRef('g.district_id', '=', 'sg.district_id').onRef('g.id', '=', 'sg.guardian_id'),
    )
    .where('s.id', 'in', fixtures.parentChildIds)
    .where('g.account_id', '=', fixtures.accounts.parent.accountId)
    // A request to inspect still open would stop the destruction (FERPA 99.10(e)).
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('records_requests as r')
            .whereRef('r.student_id', '=', 's.id')
            .where('r.status', '=', 'requested')
            .select('r.id'),
        ),
      ),
    )
    .select(['s.id', 's.student_number', 's.legal_first_name', 's.legal_last_name', 'g.full_name'])
    .orderBy('s.student_number', 'desc')
    .executeTakeFirstOrThrow();
  child = {
    id: row.id,
    number: row.student_number,
    first: row.legal_first_name,
    last: row.legal_last_name,
    guardian: row.full_name,
  };
});
after(async () => {
  await harness?.close();
});

test(
  'informed, asked for by the parent online, destroyed by the privacy officer from the queue',
  { timeout: 180_000 },
  async () => {
    const officer = await harness.newPage();
    await signInAs(officer, harness, 'privacy');
    await officer.goto(`/students/${child.id}`);
    await Promise.all([
      officer.waitForURL(`**/students/${child.id}/destruction`),
      officer.getByRole('link', { name: 'Destruction of records', exact: true }).click(),
    ]);
    await assertAccessible(officer, harness);
    const inform = formWith(officer, 'Record that the parent was informed');
    await inform.getByLabel('Parent', { exact: true }).selectOption({ label: child.guardian });
    await inform.getByLabel('How the parent was informed').selectOption({ label: 'by mail' });
    await inform.getByLabel('Day the parent was informed').fill(today);
    await submitOk(officer, 'Record that the parent was informed');
    assert.match(await mainText(officer), /The parent was recorded as informed/);
    assert.match(await mainText(officer), /The information is destroyed at the parent’s request/);
    await assertAccessible(officer, harness);

    const parent = await harness.newPage();
    await signInAs(parent, harness, 'parent');
    await parent.goto(`/students/${child.id}/destruction`);
    await assertAccessible(parent, harness);
    await tick(parent, /I ask the district to destroy my child/);
    await submitOk(parent, 'Ask for the destruction');
    assert.match(await mainText(parent), /The request for destruction was recorded/);
    assert.match(await mainText(parent), /by .* \(online\)/);
    await assertAccessible(parent, harness);

    await officer.goto('/destruction');
    const waiting = officer.locator('tr', { hasText: child.number });
    assert.match(await waiting.innerText(), /the privacy officer may destroy/);
    await assertAccessible(officer, harness);
    await Promise.all([
      officer.waitForURL(`**/students/${child.id}/destruction`),
      waiting.getByRole('link').click(),
    ]);
    // A wrong number is refused: the form comes back with the field marked.
    const number = () =>
      formWith(officer, 'Destroy the records').getByLabel("Type the student's number to confirm");
    await number().fill('not the number');
    assert.equal((await submit(officer, 'Destroy the records')).status(), 400);
    await assertAccessible(officer, harness);
    const run = formWith(officer, 'Destroy the records');
    await number().fill(child.number);
    await run.getByLabel('Year completed (optional)').fill(today.slice(0, 4));
    await submitOk(officer, 'Destroy the records');
    assert.match(officer.url(), /\/destruction\?done=destroyed/);
    const text = await mainText(officer);
    assert.match(text, /The records were destroyed/);
    assert.ok(
      text.includes(`Permanent record: ${child.first} ${child.last}`),
      'the permanent record is shown',
    );
    await assertAccessible(officer, harness);
    await officer.screenshot({ path: '/tmp/continuum-destruction.png', fullPage: true });

    const gone = await officer.goto(`/students/${child.id}`);
    assert.equal(gone?.status(), 404);
    const goneForParent = await parent.goto(`/students/${child.id}/destruction`);
    assert.equal(goneForParent?.status(), 404);

    // The privacy officer's workspace counts it, and the district's record of access still
    // verifies: destruction never touches the access log (ADR 0004).
    await officer.goto('/');
    await Promise.all([
      officer.waitForURL('**/privacy'),
      officer.getByRole('link', { name: 'Privacy', exact: true }).click(),
    ]);
    assert.match(await mainText(officer), /1 destruction done/);
    await assertAccessible(officer, harness);
    await Promise.all([
      officer.waitForURL('**/privacy/access-log-check'),
      officer.getByRole('link', { name: 'Verify the record of access' }).click(),
    ]);
    assert.match(await mainText(officer), /The record of access is whole/);
    await assertAccessible(officer, harness);
  },
);
