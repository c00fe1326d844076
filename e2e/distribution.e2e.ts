import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { completeIepContent, insertIep } from '../packages/server/src/iep/test-support.ts';
import { insertStaff } from '../packages/server/src/distribution/test-support.ts';
import { testService } from '../packages/server/src/services/test-support.ts';
import { todayInNewYork } from '../packages/server/src/clock.ts';
import { assertAccessible, signInAs, signInWith, startHarness } from './harness.ts';
import type { Harness } from './harness.ts';
import {
  formWith,
  mainText,
  schoolDaysBefore,
  submit,
  submitOk,
  tick,
  yearsLater,
} from './case-steps.ts';

/**
 * An IEP from the day it is final to the services it promises (PREK, the whole guidance): the
 * CSE chairperson finalizes it; the principal's readiness view flags it; assignments open it
 * to the teacher, the speech provider and a paraprofessional (another teacher still gets 404);
 * the principal reviews it with the teacher and the provider, who confirm; the
 * paraprofessional asks the teacher for a review, which the teacher records; the provider logs
 * a week of speech sessions on a phone without JavaScript; counseling, which nobody gives,
 * raises "not started" on the delivery dashboard, and the escalation filed from it is resolved
 * by the chairperson. Ending the paraprofessional's assignment closes the IEP to them at once.
 *
 * The student is a third to sixth grader at the demo principal's school whom none of the demo
 * teacher, provider and paraprofessional implements yet. Their IEP's draft (from a meeting 14
 * school days ago, in effect 9 school days ago) is set up in the database, so the walk starts
 * where issue 4's walks end.
 */
let harness: Harness;
let student: { id: string; name: string };
let iepPath: string;
const otherTeacher = { email: '', password: 'another-teacher-password-e2e' };
const asOf = todayInNewYork();
const meetingOn = schoolDaysBefore(asOf, 14);
const takesEffectOn = schoolDaysBefore(asOf, 9);
const names: Record<'teacher' | 'provider' | 'para', string> = {
  teacher: '',
  provider: '',
  para: '',
};

before(async () => {
  harness = await startHarness();
  const { database, fixtures } = harness;
  const demoImplementers = (['teacher', 'provider', 'para'] as const).map(
    (n) => fixtures.accounts[n].staffId!,
  );
  const row = await database.db
    .selectFrom('students as s')
    .where('s.id', 'in', fixtures.unimplementedStudentIds)
    .where('s.id', 'not in', fixtures.caseStudentIds)
    .where('s.grade', 'in', ['3', '4', '5', '6'])
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('implementer_assignments as a')
            .whereRef('a.student_id', '=', 's.id')
            .where('a.staff_id', 'in', demoImplementers)
            .where('a.ended_at', 'is', null)
            .select('a.id'),
        ),
      ),
    )
    .select(['s.id', 's.legal_first_name', 's.legal_last_name'])
    .orderBy('s.student_number')
    .executeTakeFirstOrThrow();
  student = { id: row.id, name: `${row.legal_last_name}, ${row.legal_first_name}` };
  const annualReviewDate = yearsLater(meetingOn, 1);
  const { iepId, meetingId } = await insertIep(database.db, student.id, {
    status: 'draft',
    content: completeIepContent({
      services: [
        testService(takesEffectOn, {
          service: 'Speech-language therapy',
          endDate: annualReviewDate,
        }),
        testService(takesEffectOn, {
          service: 'Counseling',
          frequency: 1,
          groupSize: 3,
          endDate: annualReviewDate,
        }),
      ],
      generalEducationPercent: 90,
    }),
    dates: {
      meetingDate: meetingOn,
      projectedImplementationDate: takesEffectOn,
      annualReviewDate,
      reevaluationDate: yearsLater(meetingOn, 3),
    },
  });
  await database.db
    .updateTable('meetings')
    .set({ scheduled_on: meetingOn, held_on: meetingOn })
    .where('id', '=', meetingId)
    .execute();
  iepPath = `/students/${student.id}/ieps/${iepId}`;
  const staff = await database.db
    .selectFrom('staff')
    .where('id', 'in', demoImplementers)
    .select(['id', 'full_name'])
    .execute();
  const nameOf = (id: string) => staff.find((s) => s.id === id)!.full_name;
  names.teacher = nameOf(fixtures.accounts.teacher.staffId!);
  names.provider = nameOf(fixtures.accounts.provider.staffId!);
  names.para = nameOf(fixtures.accounts.para.staffId!);
  otherTeacher.email = (
    await insertStaff(database.db, fixtures.districtId, {
      roles: ['teacher'],
      siteId: fixtures.teacherSiteId,
      password: otherTeacher.password,
      name: 'Another Teacher',
    })
  ).email;
});
after(async () => {
  await harness?.close();
});

/** A signed-in page for a demo account (JavaScript on: axe runs in the page). */
async function as(
  account: Parameters<typeof signInAs>[2],
  javaScriptEnabled = true,
): Promise<Page> {
  const page = await harness.newPage({ javaScriptEnabled });
  await signInAs(page, harness, account);
  return page;
}

/** The status of opening `path`: a student outside one's grants answers 404. */
async function statusOf(page: Page, path: string): Promise<number> {
  return (await page.goto(path))!.status();
}

/** The readiness view's row for the walk's student, as text. */
async function readinessRow(page: Page): Promise<string> {
  await page.goto('/distribution');
  await assertAccessible(page, harness);
  const row = page.locator('main table tbody tr', { hasText: student.name });
  return (await row.innerText()).replace(/\s+/g, ' ');
}

async function assign(page: Page, name: string, role: string, service?: string): Promise<void> {
  const form = formWith(page, 'Assign');
  const staff = form.getByLabel('Staff member');
  const value = await staff
    .locator('option', { hasText: `${name} (` })
    .first()
    .getAttribute('value');
  assert.ok(value, `${name} can be assigned`);
  await staff.selectOption(value);
  await form.getByLabel('Implements the IEP as').selectOption({ label: role });
  if (service) await tick(form, `Related services: ${service}`);
  await submitOk(page, 'Assign', form);
  await page.getByText('The implementer was assigned and notified.').waitFor();
}

async function recordReview(page: Page, withWhom: string, responsibilities: string) {
  const form = formWith(page, 'Record the review');
  await form.getByLabel('Reviewed with').selectOption({ label: withWhom });
  await form.getByLabel('Reviewed on').fill(asOf);
  await form.getByLabel('Responsibilities explained').fill(responsibilities);
  await submitOk(page, 'Record the review', form);
  await page.getByText('The review was recorded.').waitFor();
}

async function confirmReview(account: 'teacher' | 'provider' | 'para'): Promise<void> {
  const page = await as(account);
  await page.goto(iepPath);
  await submitOk(page, 'Confirm this review with me');
  await page.getByText('You confirmed the review.').waitFor();
  await assertAccessible(page, harness);
}

test(
  'an IEP reaches its implementers before it starts, its services are logged, and a service not started is escalated and resolved',
  { timeout: 300_000 },
  async () => {
    // The chairperson finalizes the draft (the editor without JavaScript: no autosave).
    const editor = await as('chair', false);
    await editor.goto(`${iepPath}/draft`);
    const finalized = await submit(editor, 'Save and finalize');
    assert.equal(finalized.status(), 200, `finalized: ${await mainText(editor)}`);
    await editor.getByText('The IEP is final.', { exact: false }).waitFor();
    const chair = await as('chair');

    // Nobody implements it yet: the principal's readiness view flags it.
    const principal = await as('principal');
    assert.match(await readinessRow(principal), /Nobody is assigned to implement the IEP\./);

    // Before any assignment the teacher cannot open the student at all.
    const teacher = await as('teacher');
    assert.equal(await statusOf(teacher, `/students/${student.id}`), 404);

    // The principal assigns the teacher (whole IEP), the provider (speech) and the para.
    await principal.goto(iepPath);
    await assertAccessible(principal, harness);
    await assign(principal, names.teacher, 'Classroom teacher');
    await assign(principal, names.provider, 'Related service provider', 'Speech-language therapy');
    await assign(principal, names.para, 'Paraprofessional');
    await assertAccessible(principal, harness);

    assert.equal(await statusOf(teacher, iepPath), 200, 'the assigned teacher opens the IEP');
    await assertAccessible(teacher, harness);
    const another = await harness.newPage({ javaScriptEnabled: false });
    await signInWith(another, otherTeacher.email, otherTeacher.password);
    assert.equal(await statusOf(another, `/students/${student.id}`), 404, 'another teacher');
    assert.equal(await statusOf(another, iepPath), 404, 'another teacher, the IEP');

    // The principal reviews the IEP with the teacher and the provider; each confirms.
    await principal.goto(iepPath);
    await recordReview(
      principal,
      `${names.teacher} (Classroom teacher)`,
      'Reading goals in class; testing accommodations on every test.',
    );
    await recordReview(
      principal,
      `${names.provider} (Related service provider)`,
      'Two individual speech-language sessions of 30 minutes a week.',
    );
    await confirmReview('teacher');
    await confirmReview('provider');

    // The paraprofessional asks the teacher for a review; the teacher is notified and records it.
    const para = await as('para');
    await para.goto(iepPath);
    const request = formWith(para, 'Ask for a review');
    await request.getByLabel('Teacher or provider').selectOption({ label: names.teacher });
    await request.getByLabel('Note (optional)').fill('Before I start with the student on Monday.');
    await submitOk(para, 'Ask for a review', request);
    await para.getByText('Your request was sent to the teacher or provider.').waitFor();
    assert.match(await mainText(para), /Open: waiting for the review/);
    await assertAccessible(para, harness);

    await teacher.goto('/notifications');
    await assertAccessible(teacher, harness);
    assert.match(await mainText(teacher), new RegExp(student.name.split(',')[0]!));
    await teacher.goto(iepPath);
    await recordReview(
      teacher,
      `${names.para} (Paraprofessional)`,
      'Prompts during reading; the visual schedule.',
    );
    assert.match(await mainText(teacher), /Answered by a review/);
    await confirmReview('para');

    // Everyone is reviewed; what the readiness view still flags is counseling, which nobody gives.
    const ready = await readinessRow(principal);
    assert.match(ready, /Nobody implements Related services: Counseling\./, ready);
    assert.doesNotMatch(ready, /not been reviewed|not confirmed|asked for a review/, ready);

    // The provider logs the week of speech sessions from a phone, without JavaScript.
    const phone = await harness.newPage({
      viewport: { width: 375, height: 812 },
      javaScriptEnabled: false,
    });
    await signInAs(phone, harness, 'provider');
    await phone.goto(`/students/${student.id}/services?week=${schoolDaysBefore(asOf, 1)}`);
    assert.equal(
      await phone.evaluate(() => document.documentElement.scrollWidth > window.innerWidth),
      false,
      'the week form fits a 375-pixel screen',
    );
    const week = phone.locator('#week-form');
    await Promise.all([
      phone.waitForURL('**/services?*done=week-logged'),
      week.getByRole('button', { name: 'Log the week' }).click(),
    ]);
    await phone.getByText("The week's sessions were logged.").waitFor();

    // Counseling has no session 9 school days after the IEP took effect: not started.
    await chair.goto('/delivery');
    await assertAccessible(chair, harness);
    const notStarted = chair.locator('main tr', { hasText: student.name }).filter({
      hasText: 'Not started.',
    });
    assert.match(await notStarted.first().innerText(), /Counseling/);
    await notStarted.first().getByRole('link', { name: 'Escalate: services not started' }).click();
    await assertAccessible(chair, harness);
    const sent = await mainText(chair);
    assert.match(sent, new RegExp(student.name.split(',')[0]!), 'the child is named');
    assert.match(sent, /relatedservices@demo\.continuum\.test/, 'to the related services route');
    await chair.getByLabel('Details (optional)').fill('No counselor has been assigned yet.');
    await submitOk(chair, 'File and send the escalation');
    await chair.getByText('The escalation was filed and its e-mail queued.').waitFor();
    await assertAccessible(chair, harness);
    await chair.getByLabel('How it was resolved').fill('A counselor starts on Monday.');
    await submitOk(chair, 'Resolve');
    await chair.getByText('The escalation was resolved.').waitFor();
    assert.match(await mainText(chair), /Resolved on/);

    // Ending the paraprofessional's assignment closes the IEP to them at once.
    await principal.goto(iepPath);
    await principal
      .getByLabel(`Why the assignment of ${names.para} ends`)
      .fill('Moved to another class.');
    const end = principal.locator('form', {
      has: principal.getByLabel(`Why the assignment of ${names.para} ends`),
    });
    await submitOk(principal, 'End the assignment', end);
    assert.equal(await statusOf(para, iepPath), 404, 'the IEP is closed to the para');
  },
);

test('the delivery pages and the lists the law requires pass axe, a form with problems included', async () => {
  const provider = await as('provider');
  for (const path of ['/caseload', `/students/${student.id}/services`]) {
    await provider.goto(path);
    await assertAccessible(provider, harness);
  }
  const admin = await as('admin');
  for (const path of [
    '/delivery/report',
    '/delivery/settings',
    '/escalations',
    // Issue 6's lists the law requires, until its own browser walk.
    '/records/employees',
    '/records/types',
    '/records/notice',
  ]) {
    await admin.goto(path);
    await assertAccessible(admin, harness);
  }
  await admin.goto('/delivery/settings');
  await admin.getByLabel('Over the last (school weeks)').fill('99');
  await admin.getByRole('button', { name: 'Save the settings' }).click();
  await admin.locator('.continuum-error-summary').waitFor();
  await assertAccessible(admin, harness);
});
