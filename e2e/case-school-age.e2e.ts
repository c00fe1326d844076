import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { assertAccessible, signInAs, startHarness } from './harness.ts';
import type { Harness } from './harness.ts';
import { todayInNewYork } from '../packages/server/src/clock.ts';
import {
  deadlineRows,
  draftNoticeFrom,
  fillIep,
  mainText,
  openCaseLink,
  pickStudent,
  planInitialEvaluation,
  recordConsent,
  recordEligibility,
  recordMeetingHeld,
  recordReportsAndCompletion,
  recordServicesArranged,
  recordStaffReferral,
  scheduleMeeting,
  schoolDaysBefore,
  sendNotice,
  submit,
  submitOk,
  yearsLater,
} from './case-steps.ts';
import type { CaseStudent } from './case-steps.ts';

/**
 * A school-age child's case from referral to prior written notice, as the demo CSE
 * chairperson walks it in the browser, with the refusals met on the way (a first evaluation
 * without consent, first services without consent, a prior written notice missing an
 * element, a stale draft save, an edit to a final IEP). Its events are dated in the past,
 * about 34 school days ago to 8 school days ago, so the deadlines they meet are met.
 */
let harness: Harness;
let student: CaseStudent;
const asOf = todayInNewYork();
const on = (schoolDaysAgo: number) => schoolDaysBefore(asOf, schoolDaysAgo);
const dates = {
  referral: on(34),
  consentRequested: on(33),
  consentGranted: on(32),
  appointment: on(28),
  completed: on(20),
  meeting: on(15),
  servicesConsentGranted: on(12),
  noticeSent: on(10),
  servicesArranged: on(8),
};

before(async () => {
  harness = await startHarness();
  student = await pickStudent(harness.database, 'school-age', asOf);
});
after(async () => {
  await harness?.close();
});

const components = [
  'Psychological evaluation',
  'Social history',
  'Classroom observation',
  'Educational evaluation',
];
const cseMembers = [
  { name: 'Lucas Taylor', role: 'chairperson' },
  { name: 'Parent of the student', role: 'parent' },
  { name: 'R. Ortiz', role: 'general-education-teacher' },
  { name: 'M. Brandt', role: 'special-education-teacher' },
  { name: 'Dr. J. Lee', role: 'school-psychologist' },
  { name: 'D. Rivers', role: 'parent-member' },
];

/** The problems a refused form lists in its error summary. */
async function summary(page: Page): Promise<string> {
  return (await page.locator('.continuum-error-summary').innerText()).replace(/\s+/g, ' ');
}

test(
  'the CSE chairperson walks a school-age child from referral to prior written notice, and the deadlines are met',
  { timeout: 240_000 },
  async () => {
    const page = await harness.newPage();
    await signInAs(page, harness, 'chair');
    const id = student.id;

    // Referral by designated staff, with the interventions tried.
    await recordStaffReferral(page, id, dates.referral);
    await page.getByText('The referral was recorded.').waitFor();
    assert.match(await mainText(page), /Small-group reading, three times a week/);
    await assertAccessible(page, harness);

    // No evaluation before the parent's consent: refused on the form, with what would allow it.
    const refused = await planInitialEvaluation(page, id, components);
    assert.equal(refused.status(), 422, 'an initial evaluation without consent is refused');
    assert.match(
      await mainText(page),
      /The parent has not given consent for .+\. Record the parent's written consent first\./,
    );
    await assertAccessible(page, harness);

    await recordConsent(page, id, {
      type: 'initial-evaluation',
      requestedOn: dates.consentRequested,
      grantedOn: dates.consentGranted,
      describes: 'Initial evaluation: psychological, social history, observation, educational.',
    });
    assert.match(await mainText(page), /Granted/);
    await assertAccessible(page, harness);

    // The evaluation, its component reports and its completion.
    const planned = await planInitialEvaluation(page, id, components);
    assert.equal(planned.status(), 200, 'with consent, the evaluation is planned');
    await page.getByText('The evaluation is planned.').waitFor();
    await assertAccessible(page, harness);
    const evaluationUrl = page.url().replace(/\?.*$/, '');
    await recordReportsAndCompletion(
      page,
      components.map((component, i) => ({
        component,
        appointmentOn: dates.appointment,
        reportOn: on(26 - i),
      })),
      dates.completed,
    );
    await page.getByText('The evaluation is recorded as complete.').waitFor();

    // The CSE meeting with its required members, held; eligibility decided there.
    const scheduled = await scheduleMeeting(page, id, {
      committee: 'cse',
      purpose: 'initial',
      on: dates.meeting,
      members: cseMembers,
    });
    assert.equal(scheduled.status(), 200);
    await page.getByText('The meeting is scheduled.').waitFor();
    await assertAccessible(page, harness);
    const held = await recordMeetingHeld(page, {
      on: dates.meeting,
      programs: ['Resource room'],
      newPsychologicalEvaluation: true,
    });
    assert.equal(held.status(), 200, `the meeting is recorded: ${await mainText(page)}`);
    const meetingLabel = await page.getByRole('heading', { level: 1 }).innerText();
    assert.match(meetingLabel, /^CSE meeting of /);
    await page.goto(evaluationUrl);
    await recordEligibility(page, {
      classification: 'learning-disability',
      on: dates.meeting,
      meeting: meetingLabel,
    });
    await page.getByText('Eligibility is recorded.').waitFor();
    assert.match(await mainText(page), /Eligible: Learning disability/);
    await assertAccessible(page, harness);

    // The IEP: a draft, edited by two people at once (the stale save is refused and shows
    // the newer text), then completed and finalized.
    await openCaseLink(page, id, 'IEPs');
    await assertAccessible(page, harness);
    await submitOk(page, 'Start a new IEP');
    const draftUrl = page.url().replace(/\?.*$/, '');
    await assertAccessible(page, harness);
    // A colleague opens the same draft, without JavaScript (no autosave): their form holds
    // the version they read.
    const colleague = await harness.newPage({ javaScriptEnabled: false });
    await signInAs(colleague, harness, 'chair');
    await colleague.goto(draftUrl);
    // The chairperson writes the academic present levels; leaving the field autosaves them.
    const newer = 'Reads at a grade 2 level; decoding multisyllabic words is slow.';
    await page.getByLabel('Academic', { exact: true }).fill(newer);
    await page.getByLabel('Social', { exact: true }).focus();
    await page.getByText(/^Draft saved at/).waitFor();
    // The colleague's save is stale: refused, nothing overwritten, the newer text shown.
    await colleague
      .getByLabel('Academic', { exact: true })
      .fill('Reading is at grade level with support.');
    const stale = await submit(colleague, 'Save draft');
    assert.equal(stale.status(), 409, 'a stale save is a conflict');
    const conflict = await mainText(colleague);
    assert.match(conflict, /Someone else saved this draft/);
    assert.ok(conflict.includes(newer), 'the newer text is shown');
    assert.equal(
      await colleague.getByLabel('Academic', { exact: true }).inputValue(),
      'Reading is at grade level with support.',
      'their own unsaved text is kept in the form',
    );
    // Having read it, the colleague keeps the chairperson's text and completes the draft.
    await colleague.getByLabel('Academic', { exact: true }).fill(newer);
    await fillSchoolAgeIep(colleague, meetingLabel);
    await submitOk(colleague, 'Save draft');
    await colleague.getByText('The draft was saved.').waitFor();
    await submitOk(colleague, 'Save and finalize');
    await colleague.context().close();

    await page.goto(draftUrl.replace(/\/draft$/, ''));
    const iepUrl = page.url();
    await page.getByText('This IEP is final and cannot be changed.').waitFor();
    const pdf = page.getByRole('link', { name: 'IEP as a PDF (version 1)' }).first();
    const pdfResponse = await page.request.get((await pdf.getAttribute('href')) ?? '');
    assert.equal(pdfResponse.status(), 200);
    assert.equal(pdfResponse.headers()['content-type'], 'application/pdf');
    assert.equal((await pdfResponse.body()).subarray(0, 5).toString(), '%PDF-');
    await assertAccessible(page, harness);

    // A final IEP has no edit form, and the API refuses to change it.
    await page.goto(draftUrl);
    assert.equal(page.url(), iepUrl, 'the draft editor of a final IEP leads to the IEP');
    assert.equal(await page.getByRole('button', { name: 'Save draft' }).count(), 0);
    const csrf = await page.locator('input[name="_csrf"]').first().inputValue();
    const api = `/api${new URL(iepUrl).pathname}`;
    const current = (await (await page.request.get(api)).json()) as {
      current: {
        lockVersion: number;
        meetingId: string | null;
        projectedImplementationDate: string | null;
        annualReviewDate: string | null;
        reevaluationDate: string | null;
        content: { presentLevels: { academic: string } };
      };
    };
    const version = current.current;
    const put = await page.request.put(`${api}/draft`, {
      headers: { 'x-csrf-token': csrf },
      data: {
        lockVersion: version.lockVersion,
        meetingId: version.meetingId,
        dates: {
          projectedImplementationDate: version.projectedImplementationDate,
          annualReviewDate: version.annualReviewDate,
          reevaluationDate: version.reevaluationDate,
        },
        content: {
          ...version.content,
          presentLevels: { ...version.content.presentLevels, academic: 'Changed after the fact' },
        },
      },
    });
    assert.ok(
      put.status() === 409 || put.status() === 422,
      `an edit to a final IEP is refused (${put.status()}: ${await put.text()})`,
    );
    const refusal = (await put.json()) as { error: { message: string } };
    assert.match(refusal.error.message, /final|amend/i, 'the refusal says why');
    const after = (await (await page.request.get(api)).json()) as typeof current;
    assert.equal(after.current.content.presentLevels.academic, newer, 'nothing changed');

    // First services need the parent's consent to initial services.
    const noConsent = await recordServicesArranged(page, dates.servicesArranged);
    assert.equal(noConsent.status(), 422);
    assert.match(
      await mainText(page),
      /has not given consent for special education services for the first time/,
    );
    await assertAccessible(page, harness);
    await recordConsent(page, id, {
      type: 'initial-services',
      requestedOn: dates.meeting,
      grantedOn: dates.servicesConsentGranted,
      describes: 'Resource room, five periods a week, as recommended by the CSE.',
    });
    await page.goto(iepUrl);
    const arranged = await recordServicesArranged(page, dates.servicesArranged);
    assert.equal(arranged.status(), 200);
    await page.getByText('Recorded: the programs and services were arranged.').waitFor();
    await openCaseLink(page, id, 'Case timeline and deadlines');
    await assertTimelineMet(page);

    // The prior written notice from the final IEP: refused with an element missing, then sent.
    await draftNoticeFrom(page, id, /^Final IEP, version 1/);
    await assertAccessible(page, harness);
    const otherReasons = page.getByLabel("8. Other reasons for the district's decision");
    await otherReasons.fill('');
    await submitOk(page, 'Save the draft');
    const incomplete = await sendNotice(page, student.guardian, dates.noticeSent);
    assert.equal(incomplete.status(), 422, 'a notice missing an element is not sent');
    assert.match(await summary(page), /element 8: other reasons for the district's decision/i);
    await assertAccessible(page, harness);
    await otherReasons.fill('The parent asked that counseling be considered at the annual review.');
    await submitOk(page, 'Save the draft');
    const sent = await sendNotice(page, student.guardian, dates.noticeSent);
    assert.equal(sent.status(), 200, `the notice is sent: ${await mainText(page)}`);
    await page.getByText('The notice was sent').waitFor();
    await assertAccessible(page, harness);

    // The deadlines: met on the dashboard and on the student's timeline.
    await page.goto('/deadlines');
    await page.getByLabel('Show').selectOption('met');
    await submitOk(page, 'Apply filters');
    await assertAccessible(page, harness);
    const met = (await deadlineRows(page)).filter((row) => row.startsWith(student.name));
    const services = met.find((row) => row.includes('initial-evaluation-to-services'));
    assert.ok(services, `initial-evaluation-to-services is listed as met:\n${met.join('\n')}`);
    assert.match(services, /\| Met \|/);
    assert.ok(
      met.every((row) => / \| Met \| /.test(row)),
      `every listed deadline of the student is met:\n${met.join('\n')}`,
    );

    // The notice sent, the student's timeline still counts every deadline.
    await openCaseLink(page, id, 'Case timeline and deadlines');
    await assertAccessible(page, harness);
    await assertTimelineMet(page);
  },
);

/** The student's timeline lists the deadline met by the services arranged, and the referral's. */
async function assertTimelineMet(page: Page): Promise<void> {
  const timeline = await deadlineRows(page);
  const rows = timeline.join('\n');
  const services = timeline.find((row) => row.includes('initial-evaluation-to-services'));
  assert.ok(services, `the timeline lists initial-evaluation-to-services:\n${rows}`);
  assert.match(services, /\bMet\b/, rows);
  assert.ok(
    timeline.some((row) => row.includes('referral-admin-meeting')),
    `the window for the administrator's meeting on the referral is listed:\n${rows}`,
  );
}

/** Fills the rest of a grade 3-6 student's first IEP (the editor's labels, as a person would). */
async function fillSchoolAgeIep(page: Page, meeting: string): Promise<void> {
  await fillIep(page, {
    meeting: meeting.replace(/^CSE meeting of /, 'CSE meeting held on '),
    implementationDate: dates.servicesArranged,
    annualReviewDate: yearsLater(dates.meeting, 1),
    reevaluationDate: yearsLater(dates.meeting, 3),
    classification: 'learning-disability',
    presentLevels: {
      Social: 'Works well with peers in small groups.',
      Physical: 'No physical needs affect learning.',
      'Management needs': 'Needs directions repeated and text read aloud.',
    },
    effectOnProgress: 'Reading difficulties limit access to grade-level texts in every subject.',
    goal: {
      area: 'Reading',
      goal: 'Will read grade-level passages at 100 words per minute with 95% accuracy.',
      criteria: '100 wcpm, 95% accuracy, 3 of 4 probes',
      method: 'Curriculum-based measurement',
      reported: 'Every ten weeks, with report cards',
    },
    service: {
      program: 'resource-room',
      sessionsPerWeek: '5',
      minutes: '42',
      location: 'Resource room',
      groupSize: '5',
    },
    generalEducationPercent: '85',
    leastRestrictiveEnvironment: 'Needs small-group reading instruction five periods a week.',
  });
  const accommodation = page.getByRole('group', { name: 'Testing accommodation 1' });
  await accommodation.getByLabel('Accommodation', { exact: true }).fill('Tests read aloud');
  await accommodation
    .getByLabel('For which tests and under which conditions')
    .fill('All tests except reading comprehension');
  await page.getByLabel('Promotion criteria in ELA').selectOption('standard');
  await page.getByLabel('Promotion criteria in math').selectOption('standard');
}
