import assert from 'node:assert/strict';
import type { Page, Response } from 'playwright-core';
import {
  compileCalendar,
  countBackward,
  day,
  isoDate,
  parseCalendar,
} from '../packages/rules/src/calendar/index.ts';
import { demoCalendar } from '../packages/server/src/demo/demo-calendar.ts';
import type { Database } from '../packages/server/src/db/database.ts';

/**
 * Steps of a student's case as a chairperson takes them in the browser: fill the labelled
 * fields, press the button, land on the page the form leads to. Shared by the case-*.e2e.ts
 * files; each step checks only that it landed, the tests assert what matters.
 */

/**
 * Presses a form's button and waits for the page it leads to (after a 303, the page it
 * redirects to; a form shown again with its problems has status 400, 409 or 422).
 */
export async function submit(
  page: Page,
  button: string,
  scope: Pick<Page, 'getByRole'> = page,
): Promise<Response> {
  const landed = page.waitForResponse(
    (r) =>
      r.request().isNavigationRequest() &&
      r.request().frame() === page.mainFrame() &&
      (r.status() < 300 || r.status() >= 400),
  );
  await scope.getByRole('button', { name: button, exact: true }).click();
  const response = await landed;
  await page.waitForLoadState('load');
  return response;
}

/** Submits and fails unless the form was accepted (the page after it is a 200). */
export async function submitOk(
  page: Page,
  button: string,
  scope: Pick<Page, 'getByRole'> = page,
): Promise<void> {
  const response = await submit(page, button, scope);
  if (response.status() !== 200) {
    const summary = await page
      .locator('.continuum-error-summary, .usa-alert--error')
      .allTextContents();
    assert.fail(
      `"${button}" was not accepted on ${page.url()} (${response.status()}): ${summary.join(' | ')}`,
    );
  }
}

/** The text of the page's main region, with runs of white space as one space. */
export async function mainText(page: Page): Promise<string> {
  return (await page.locator('main').innerText()).replace(/\s+/g, ' ');
}

/** The form that has this button: pages with several forms reuse labels like "Date". */
export function formWith(page: Page, button: string) {
  return page.locator('form').filter({
    has: page.getByRole('button', { name: button, exact: true }),
  });
}

type Scope = Pick<Page, 'getByLabel' | 'locator'>;

/**
 * Ticks a USWDS checkbox or radio as a person does, by clicking its label (the input itself
 * is drawn off-screen), and checks that it took.
 */
export async function tick(scope: Scope, label: string | RegExp): Promise<void> {
  const input = scope.getByLabel(label, { exact: typeof label === 'string' });
  const id = await input.getAttribute('id');
  assert.ok(id, `the control labelled ${String(label)} has an id`);
  await scope.locator(`label[for="${id}"]`).click();
  assert.equal(await input.isChecked(), true, `${String(label)} is ticked`);
}

/** Opens the student's page for a case step from the student's page, by its link. */
export async function openCaseLink(page: Page, studentId: string, link: string): Promise<void> {
  await page.goto(`/students/${studentId}`);
  await Promise.all([
    page.waitForURL(`**/students/${studentId}/**`),
    page.getByRole('link', { name: link, exact: true }).click(),
  ]);
}

/** A demo student (from the database the harness seeded) the case tests walk. */
export interface CaseStudent {
  id: string;
  name: string;
  guardian: string;
}

/**
 * A student of the demo district with a parent who makes educational decisions and, for the
 * school-age walk, in grades 3 to 6 (an IEP with promotion criteria and no transition plan).
 * Preschool children are picked 3 and a half to 4 and a half years old on `asOf`, so every
 * event of the walk falls while they are preschool children.
 */
export async function pickStudent(
  database: Database,
  level: 'school-age' | 'preschool',
  asOf: string,
  skip = 0,
): Promise<CaseStudent> {
  const years = (n: number) => {
    const [y, m, d] = asOf.split('-').map(Number) as [number, number, number];
    const months = y * 12 + (m - 1) - Math.round(n * 12);
    return `${Math.floor(months / 12)}-${String((months % 12) + 1).padStart(2, '0')}-${String(Math.min(d, 28)).padStart(2, '0')}`;
  };
  let query = database.db
    .selectFrom('students')
    .innerJoin('student_guardians', 'student_guardians.student_id', 'students.id')
    .innerJoin('guardians', 'guardians.id', 'student_guardians.guardian_id')
    .select([
      'students.id',
      'students.legal_first_name',
      'students.legal_last_name',
      'guardians.full_name',
    ])
    .where('students.level', '=', level)
    .where('student_guardians.educational_authority', '=', true)
    .where('guardians.address', 'is not', null)
    .orderBy('students.student_number')
    .orderBy('guardians.full_name');
  query =
    level === 'school-age'
      ? query.where('students.grade', 'in', ['3', '4', '5', '6'])
      : query
          .where('students.date_of_birth', '<=', years(3.5))
          .where('students.date_of_birth', '>=', years(4.5));
  const rows = await query.execute();
  const seen = [...new Map(rows.map((r) => [r.id, r])).values()];
  const row = seen[skip];
  assert.ok(row, `the demo district has a ${level} student to walk`);
  return {
    id: row.id,
    name: `${row.legal_last_name}, ${row.legal_first_name}`,
    guardian: row.full_name,
  };
}

const demoSchoolDays = compileCalendar(parseCalendar(demoCalendar()));

/**
 * The school day `n` school days before `asOf` on the demo district's calendar: the walks
 * choose their events' dates in the past, so that the deadlines they meet are met, not open.
 * (Choosing dates only: the expected due dates are literals checked by hand.)
 */
export function schoolDaysBefore(asOf: string, n: number): string {
  return isoDate(countBackward(demoSchoolDays, 'school', day(asOf), n));
}

/** Records a designated staff member's referral with one Tier 2 intervention tried. */
export async function recordStaffReferral(
  page: Page,
  studentId: string,
  on: string,
): Promise<void> {
  await openCaseLink(page, studentId, 'Referrals');
  await page.getByLabel('Who referred').selectOption('district-staff');
  await page.getByLabel('Name of the person or agency').fill('R. Ortiz, classroom teacher');
  await page
    .getByLabel('Reason for the referral')
    .fill('Reads well below grade level after two terms of small-group support.');
  await page.getByLabel('Submitted on').fill(on);
  await page
    .getByLabel('Intervention', { exact: true })
    .fill('Small-group reading, three times a week');
  await page.getByLabel('Tier').selectOption('2');
  await page.getByLabel('Started on').fill(schoolDaysBefore(on, 30));
  await page.getByLabel('Ended on').fill(schoolDaysBefore(on, 1));
  await page.getByLabel('Outcome').fill('Little progress on fluency measures');
  await submitOk(page, 'Record the referral');
}

/** Requests a consent on the consents page and records the parent's written answer. */
export async function recordConsent(
  page: Page,
  studentId: string,
  consent: { type: string; requestedOn: string; grantedOn: string; describes: string },
): Promise<void> {
  await openCaseLink(page, studentId, 'Consents');
  await page.getByLabel('Consent for').selectOption(consent.type);
  await page.getByLabel('Requested on').fill(consent.requestedOn);
  await page.getByLabel('Requested by').selectOption('in-person');
  await page.getByLabel('What the consent describes').fill(consent.describes);
  await submitOk(page, 'Record the request');
  const answer = formWith(page, 'Record the answer');
  await answer.getByLabel('Answer').selectOption('granted');
  await answer.getByLabel('Date').fill(consent.grantedOn);
  await tick(answer, /^In writing/);
  await submitOk(page, 'Record the answer');
}

/** Plans an initial evaluation with these components (their labels); lands on its page. */
export async function planInitialEvaluation(
  page: Page,
  studentId: string,
  components: string[],
): Promise<Response> {
  await openCaseLink(page, studentId, 'Evaluations');
  await page.getByLabel('Kind of evaluation').selectOption('initial');
  for (const component of components) await tick(page, component);
  return submit(page, 'Plan the evaluation');
}

/** Records each component's evaluator, appointment and report, then the completion. */
export async function recordReportsAndCompletion(
  page: Page,
  reports: { component: string; appointmentOn: string; reportOn: string }[],
  completedOn: string,
): Promise<void> {
  for (const report of reports) {
    const form = formWith(page, `Save ${report.component}`);
    await form.getByLabel('Evaluator').fill('Dr. J. Lee');
    await form.getByLabel('Status').selectOption('completed');
    await form.getByLabel('Appointment').fill(report.appointmentOn);
    await form.getByLabel('Report date').fill(report.reportOn);
    await form
      .getByLabel('Summary of the report')
      .fill(`${report.component}: findings summarized.`);
    await submitOk(page, `Save ${report.component}`);
  }
  await formWith(page, 'Record as complete').getByLabel('Date completed').fill(completedOn);
  await submitOk(page, 'Record as complete');
}

export interface Member {
  name: string;
  role: string;
}

/** Schedules a committee meeting with its members; lands on the meeting's page. */
export async function scheduleMeeting(
  page: Page,
  studentId: string,
  meeting: { committee: string; purpose: string; on: string; members: Member[] },
): Promise<Response> {
  await openCaseLink(page, studentId, 'Committee meetings');
  await page.getByLabel('Committee').selectOption(meeting.committee);
  await page.getByLabel('Purpose').selectOption(meeting.purpose);
  await page.getByLabel('Date').fill(meeting.on);
  await page.getByLabel('Time').fill('10:00');
  await page.getByLabel('Place').fill('Committee office, room 204');
  for (const [i, member] of meeting.members.entries()) {
    await page.getByLabel(`Member ${i + 1}: name`).fill(member.name);
    await page.getByLabel(`Member ${i + 1}: role`).selectOption(member.role);
  }
  return submit(page, 'Schedule the meeting');
}

/**
 * On a meeting's page: records it held on `on`, every member attending (ticked by default)
 * and the parent in person, with the programs recommended (their labels).
 */
export async function recordMeetingHeld(
  page: Page,
  held: { on: string; programs: string[]; newPsychologicalEvaluation?: boolean },
): Promise<Response> {
  const form = formWith(page, 'Record the meeting');
  await form.getByLabel('Date held').fill(held.on);
  await form.getByLabel("The parent's participation").selectOption('in-person');
  if (held.newPsychologicalEvaluation)
    await tick(
      form,
      'The meeting reviews a new psychological evaluation or considers a more intensive staff ratio',
    );
  for (const program of held.programs) await tick(form, program);
  await form.getByLabel('Notes on the recommendation').fill('As discussed with the parent.');
  return submit(page, 'Record the meeting');
}

/** On the evaluation's page: the committee's eligibility decision at its meeting. */
export async function recordEligibility(
  page: Page,
  decision: { classification: string; on: string; meeting: string },
): Promise<void> {
  const form = formWith(page, 'Record eligibility');
  await form.getByLabel('Decision', { exact: true }).selectOption('true');
  await form.getByLabel('Classification').selectOption(decision.classification);
  await form.getByLabel('Date of the decision').fill(decision.on);
  await form.getByLabel('Committee meeting that decided').selectOption({ label: decision.meeting });
  await submitOk(page, 'Record eligibility');
}

/** On the IEP's page: records the day the services were arranged. */
export async function recordServicesArranged(page: Page, on: string): Promise<Response> {
  const form = page.locator('form').filter({
    hasText: 'The day the recommended programs and services were made available',
  });
  await form.getByLabel('Date').fill(on);
  return submit(page, 'Record', form);
}

/** On a prior written notice draft: sends it by mail to this parent. */
export async function sendNotice(page: Page, guardian: string, on: string): Promise<Response> {
  const form = formWith(page, 'Send the notice');
  await form.getByLabel('Parent').selectOption({ label: `${guardian} (By mail)` });
  await form.getByLabel('Send by').selectOption('mail');
  await form.getByLabel('Mailing or sending date').fill(on);
  return submit(page, 'Send the notice');
}

/** Drafts a prior written notice on the notices page from the source record named `source`. */
export async function draftNoticeFrom(
  page: Page,
  studentId: string,
  source: RegExp,
): Promise<void> {
  await openCaseLink(page, studentId, 'Notices');
  const form = formWith(page, 'Start the draft');
  await form.getByLabel('The district').selectOption('proposes');
  await tick(form, 'Identification');
  await tick(form, 'Educational placement');
  await tick(form, 'Provision of a free appropriate public education');
  const sources = await form.getByLabel('Made from').locator('option').allTextContents();
  const label = sources.find((s) => source.test(s));
  assert.ok(label, `the notice can be made from ${String(source)}: ${sources.join('; ')}`);
  await form.getByLabel('Made from').selectOption({ label });
  await submitOk(page, 'Start the draft');
}

/**
 * The rows of the deadlines table of a page (the dashboard or a timeline) as text, one string
 * per row with its cells separated by " | ".
 */
export async function deadlineRows(page: Page): Promise<string[]> {
  return page
    .locator('main table tbody tr')
    .evaluateAll((rows) =>
      rows.map((row) =>
        [...row.querySelectorAll('th, td')]
          .map((cell) => (cell.textContent ?? '').replace(/\s+/g, ' ').trim())
          .join(' | '),
      ),
    );
}

/** `iso` moved by whole days (calendar days; negative goes back). */
export function addDays(iso: string, days: number): string {
  const date = new Date(`${iso}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** `iso` moved by whole years, the day before the same date (an IEP's review dates). */
export function yearsLater(iso: string, years: number): string {
  return addDays(
    `${Number(iso.slice(0, 4)) + years}${iso.slice(4)}`.replace('-02-29', '-02-28'),
    -1,
  );
}

/** What a chairperson writes into a first IEP with one goal and one service. */
export interface IepAnswers {
  /** The option of the meeting that develops the IEP, as the editor lists it. */
  meeting: string;
  implementationDate: string;
  annualReviewDate: string;
  reevaluationDate: string;
  classification: string;
  /** Present levels by the editor's label (Academic, Social, Physical, Management needs). */
  presentLevels: Record<string, string>;
  effectOnProgress: string;
  goal: { area: string; goal: string; criteria: string; method: string; reported: string };
  service: {
    program: string;
    /** The related service's name (left empty for a program). */
    service?: string;
    sessionsPerWeek: string;
    minutes: string;
    location: string;
    groupSize: string;
  };
  generalEducationPercent: string;
  leastRestrictiveEnvironment: string;
}

/** Fills the IEP editor's sections that every first IEP answers, by their labels. */
export async function fillIep(page: Page, answers: IepAnswers): Promise<void> {
  await page
    .getByLabel('Committee meeting that develops this IEP')
    .selectOption({ label: answers.meeting });
  await page.getByLabel('Projected implementation date').fill(answers.implementationDate);
  await page.getByLabel('Annual review date').fill(answers.annualReviewDate);
  await page.getByLabel('Reevaluation date').fill(answers.reevaluationDate);
  await page
    .getByRole('group', { name: 'Classification' })
    .locator('select')
    .selectOption(answers.classification);
  for (const [label, text] of Object.entries(answers.presentLevels)) {
    await page.getByLabel(label, { exact: true }).fill(text);
  }
  await page
    .getByRole('group', { name: 'Effect on progress in general education' })
    .locator('textarea')
    .fill(answers.effectOnProgress);
  const goal = page.getByRole('group', { name: 'Goal 1' });
  await goal.getByLabel('Area of need').fill(answers.goal.area);
  await goal.getByLabel('Measurable annual goal').fill(answers.goal.goal);
  await goal.getByLabel('Evaluation criteria').fill(answers.goal.criteria);
  await goal.getByLabel('Method of measurement').fill(answers.goal.method);
  await goal.getByLabel('When progress is reported').fill(answers.goal.reported);
  const service = page.getByRole('group', { name: 'Program or service 1' });
  const exact = { exact: true };
  await service.getByLabel('Program', exact).selectOption(answers.service.program);
  if (answers.service.service) {
    await service.getByLabel('Service (for related services)', exact).fill(answers.service.service);
  }
  await service.getByLabel('Sessions', exact).fill(answers.service.sessionsPerWeek);
  await service.getByLabel('Per', exact).selectOption('week');
  await service.getByLabel('Minutes per session', exact).fill(answers.service.minutes);
  await service.getByLabel('Location', exact).fill(answers.service.location);
  await service.getByLabel('Group size (1 = individual)', exact).fill(answers.service.groupSize);
  await service.getByLabel('Start date', exact).fill(answers.implementationDate);
  await service.getByLabel('End date', exact).fill(answers.annualReviewDate);
  await page
    .getByLabel('Percentage of the school day in general education')
    .fill(answers.generalEducationPercent);
  await page
    .getByLabel(
      'Least restrictive environment: why the student is not in general education for the rest of the day',
    )
    .fill(answers.leastRestrictiveEnvironment);
  await page.getByLabel('Are specialized equipment or adaptive devices needed?').selectOption('no');
}
