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
  scheduleMeeting,
  schoolDaysBefore,
  sendNotice,
  submitOk,
  yearsLater,
} from './case-steps.ts';
import type { CaseStudent } from './case-steps.ts';

/**
 * A preschool child's case from the consent to the initial evaluation to prior written
 * notice, as the demo CPSE chairperson walks it in the browser. Its events are dated 30 to 8
 * school days ago, so the preschool deadlines are met.
 */
let harness: Harness;
let child: CaseStudent;
const asOf = todayInNewYork();
const on = (schoolDaysAgo: number) => schoolDaysBefore(asOf, schoolDaysAgo);
const dates = {
  consentRequested: on(30),
  consentGranted: on(29),
  firstAppointment: on(27),
  completed: on(18),
  meeting: on(12),
  servicesConsentGranted: on(10),
  noticeSent: on(9),
  servicesArranged: on(8),
};

before(async () => {
  harness = await startHarness();
  child = await pickStudent(harness.database, 'preschool', asOf);
});
after(async () => {
  await harness?.close();
});

const components = ['Psychological evaluation', 'Social history', 'Speech and language evaluation'];
const cpseMembers = [
  { name: 'Olivia Moreno', role: 'chairperson' },
  { name: 'Parent of the child', role: 'parent' },
  { name: 'K. Haddad', role: 'general-education-teacher' },
  { name: 'D. Rivers', role: 'parent-member' },
  { name: 'T. Nguyen', role: 'county-representative' },
  { name: 'Dr. P. Shah', role: 'evaluator' },
];

test(
  'the CPSE chairperson walks a preschool child from consent to prior written notice, and the preschool deadlines are met',
  { timeout: 240_000 },
  async () => {
    const page = await harness.newPage();
    await signInAs(page, harness, 'cpse');
    const id = child.id;

    await recordConsent(page, id, {
      type: 'initial-evaluation',
      requestedOn: dates.consentRequested,
      grantedOn: dates.consentGranted,
      describes: 'Initial evaluation: psychological, social history, speech and language.',
    });
    assert.match(await mainText(page), /Granted/);
    await assertAccessible(page, harness);

    // The evaluation: its first appointment starts the preschool evaluation's 20 school days.
    const planned = await planInitialEvaluation(page, id, components);
    assert.equal(planned.status(), 200, `the evaluation is planned: ${await mainText(page)}`);
    await assertAccessible(page, harness);
    const evaluationUrl = page.url().replace(/\?.*$/, '');
    await recordReportsAndCompletion(
      page,
      components.map((component, i) => ({
        component,
        appointmentOn: on(27 - i),
        reportOn: on(25 - i),
      })),
      dates.completed,
    );
    await page.getByText('The evaluation is recorded as complete.').waitFor();
    await assertAccessible(page, harness);

    // The CPSE meeting with the members the district plan names for the CPSE.
    const scheduled = await scheduleMeeting(page, id, {
      committee: 'cpse',
      purpose: 'initial',
      on: dates.meeting,
      members: cpseMembers,
    });
    assert.equal(scheduled.status(), 200, `the meeting is scheduled: ${await mainText(page)}`);
    await assertAccessible(page, harness);
    const held = await recordMeetingHeld(page, {
      on: dates.meeting,
      programs: ['Preschool related services'],
    });
    assert.equal(held.status(), 200, `the meeting is recorded: ${await mainText(page)}`);
    const meetingLabel = await page.getByRole('heading', { level: 1 }).innerText();
    assert.match(meetingLabel, /^CPSE meeting of /);
    await assertAccessible(page, harness);
    await page.goto(evaluationUrl);
    await recordEligibility(page, {
      classification: 'preschool-student-with-a-disability',
      on: dates.meeting,
      meeting: meetingLabel,
    });
    await page.getByText('Eligibility is recorded.').waitFor();

    // The IEP, finalized with its PDF.
    await openCaseLink(page, id, 'IEPs');
    await submitOk(page, 'Start a new IEP');
    await assertAccessible(page, harness);
    // The draft is written without JavaScript: autosave would post each half-written row
    // (refused with 400 until complete, which the harness counts as a browser error).
    const editor = await harness.newPage({ javaScriptEnabled: false });
    await signInAs(editor, harness, 'cpse');
    await editor.goto(page.url());
    await fillPreschoolIep(
      editor,
      meetingLabel.replace(/^CPSE meeting of /, 'CPSE meeting held on '),
    );
    await submitOk(editor, 'Save and finalize');
    await editor.getByText('This IEP is final and cannot be changed.').waitFor();
    const iepUrl = editor.url().replace(/\?.*$/, '');
    await editor.context().close();
    await page.goto(iepUrl);
    const pdf = page.getByRole('link', { name: 'IEP as a PDF (version 1)' }).first();
    const pdfResponse = await page.request.get((await pdf.getAttribute('href')) ?? '');
    assert.equal(pdfResponse.headers()['content-type'], 'application/pdf');
    await assertAccessible(page, harness);

    // Consent to first services, then the services arranged.
    await recordConsent(page, id, {
      type: 'initial-services',
      requestedOn: dates.meeting,
      grantedOn: dates.servicesConsentGranted,
      describes: 'Speech-language therapy twice a week, as recommended by the CPSE.',
    });
    await page.goto(iepUrl);
    const arranged = await recordServicesArranged(page, dates.servicesArranged);
    assert.equal(arranged.status(), 200, `services arranged: ${await mainText(page)}`);
    await openCaseLink(page, id, 'Case timeline and deadlines');
    await assertAccessible(page, harness);
    assertMet(await deadlineRows(page), 'the timeline');

    // The prior written notice from the final IEP, every element written, sent by mail.
    await draftNoticeFrom(page, id, /^Final IEP, version 1/);
    await page
      .getByLabel("8. Other reasons for the district's decision")
      .fill('The parent asked for sessions at the child’s day care.');
    await submitOk(page, 'Save the draft');
    const sent = await sendNotice(page, child.guardian, dates.noticeSent);
    assert.equal(sent.status(), 200, `the notice is sent: ${await mainText(page)}`);
    await page.getByText('The notice was sent').waitFor();
    await assertAccessible(page, harness);

    // The dashboard, filtered to met deadlines of the CPSE, lists the child's three.
    await page.goto('/deadlines');
    await page.getByLabel('Show').selectOption('met');
    await page.getByLabel('Committee').selectOption('cpse');
    await submitOk(page, 'Apply filters');
    await assertAccessible(page, harness);
    assertMet(
      (await deadlineRows(page)).filter((row) => row.startsWith(child.name)),
      'the dashboard',
    );
  },
);

/** Rows of a deadlines table (cells joined by " | ") list the three preschool deadlines as met. */
function assertMet(rows: string[], where: string): void {
  for (const rule of ['preschool-evaluation', 'cpse-meeting', 'preschool-services']) {
    const row = rows.find((r) => r.includes(`| ${rule} |`) || r.startsWith(`${rule} |`));
    assert.ok(row, `${where} lists ${rule}:\n${rows.join('\n')}`);
    assert.match(row, /\| Met\b/, `${where}: ${rule} is met`);
  }
}

/** The content of a preschool child's first IEP: no testing accommodations or promotion criteria. */
async function fillPreschoolIep(page: Page, meeting: string): Promise<void> {
  await fillIep(page, {
    meeting,
    implementationDate: dates.servicesArranged,
    annualReviewDate: yearsLater(dates.meeting, 1),
    reevaluationDate: yearsLater(dates.meeting, 3),
    classification: 'preschool-student-with-a-disability',
    presentLevels: {
      Academic: 'Names a few colors; follows one-step directions with gestures.',
      Social: 'Plays beside peers; few words with them.',
      Physical: 'Age-appropriate motor skills.',
      'Management needs': 'Visual supports for routines and transitions.',
    },
    effectOnProgress:
      'Limited expressive language keeps the child from joining age-appropriate activities.',
    goal: {
      area: 'Expressive language',
      goal: 'Will use two-word phrases to request and comment during play.',
      criteria: '8 of 10 opportunities over 3 sessions',
      method: 'Therapist data sheets',
      reported: 'Three times a year',
    },
    service: {
      program: 'preschool-related-services',
      service: 'Speech-language therapy',
      sessionsPerWeek: '2',
      minutes: '30',
      location: 'Day care center',
      groupSize: '1',
    },
    generalEducationPercent: '100',
    leastRestrictiveEnvironment: 'Services are given in the child’s day care setting.',
  });
}
