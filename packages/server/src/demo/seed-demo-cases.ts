import { iep as iepRules } from '@continuum/rules';
import {
  CalendarCoverageError,
  countBackward,
  day,
  isoDate,
  type CompiledCalendar,
  type Day,
  type DayKind,
} from '@continuum/rules/calendar/index.ts';
import type { IepContent } from '@continuum/rules/iep/index.ts';
import type { EvaluationComponent } from '@continuum/rules/programs/index.ts';
import type { Actor } from '../access/actor.ts';
import { loadConfig } from '../config.ts';
import type { Database } from '../db/database.ts';
import type { StaffRole } from '../db/schema.ts';
import { inDistrict } from '../db/tenant.ts';
import type { Call } from '../http/call.ts';
import { logConsentEffort } from '../consent/log-consent-effort.ts';
import { recordConsentResponse } from '../consent/record-consent-response.ts';
import { requestConsent } from '../consent/request-consent.ts';
import {
  consentResponseBody,
  effortBody,
  requestConsentBody,
  type RequestConsentInput,
} from '../consent/schemas.ts';
import { completeEvaluation } from '../evaluations/complete-evaluation.ts';
import { determineEligibility } from '../evaluations/determine-eligibility.ts';
import { planEvaluation } from '../evaluations/plan-evaluation.ts';
import {
  completeEvaluationBody,
  eligibilityBody,
  planEvaluationBody,
  updateComponentBody,
  type EvaluationDetail,
} from '../evaluations/schemas.ts';
import { updateEvaluationComponent } from '../evaluations/update-evaluation-component.ts';
import { finalizeIep } from '../iep/finalize-iep.ts';
import { recordServicesArranged } from '../iep/record-services-arranged.ts';
import { saveIepDraft } from '../iep/save-iep-draft.ts';
import { eventBody, saveDraftBody } from '../iep/schemas.ts';
import { startIep } from '../iep/start-iep.ts';
import { recordMeeting } from '../meetings/record-meeting.ts';
import { scheduleMeeting } from '../meetings/schedule-meeting.ts';
import { recordMeetingBody, scheduleMeetingBody, type MemberInput } from '../meetings/schemas.ts';
import { draftPriorWrittenNotice } from '../notices/draft-prior-written-notice.ts';
import { recordSafeguardsDelivery } from '../notices/record-safeguards-delivery.ts';
import { draftPwnBody, safeguardsDeliveryBody, sendNoticeBody } from '../notices/schemas.ts';
import { sendNotice } from '../notices/send-notice.ts';
import { recordReferral } from '../referrals/record-referral.ts';
import { createReferralBody } from '../referrals/schemas.ts';
import { compiledDemoCalendar } from './demo-calendar.ts';
import { DEMO_ACCOUNTS } from './generate-demo-staff.ts';

/**
 * A handful of synthetic cases in the demo district, at different stages, so that a newcomer
 * sees the chairperson's deadlines dashboard and the students' Case sections at work: five
 * school-age cases (a referral just received, a consent awaiting the parent's answer, an
 * evaluation under way with its deadline due soon, an evaluation finished without a meeting and
 * overdue, a case completed through prior written notice) and three preschool ones (a first
 * evaluation appointment, a case completed through services, a CPSE meeting overdue).
 *
 * Every step is taken through the modules' own use cases, as the demo CSE (school-age) or CPSE
 * (preschool) chairperson, in requests named `demo-seed`: every rule is enforced and the access
 * log shows the seeding for what it is. Dates are counted back from `asOf` on the
 * demo calendar; the latest is one school day before it, so none is in the future even when
 * `asOf` runs a day ahead of New York.
 *
 * Runs once, when seedDemoDistrict creates the district (not idempotent by itself: a second run
 * would find the open referrals and pending consents and be refused).
 */

/** The request id of every seeding call, as the access log shows it. */
export const DEMO_SEED_REQUEST_ID = 'demo-seed';

/** The stages seeded, one student each. */
export const DEMO_CASE_STAGES = [
  'referral-received',
  'consent-awaiting-answer',
  'evaluation-under-way',
  'evaluation-overdue',
  'school-age-completed',
  'preschool-first-appointment',
  'preschool-completed',
  'cpse-meeting-overdue',
] as const;
export type DemoCaseStage = (typeof DEMO_CASE_STAGES)[number];

export interface SeededCase {
  stage: DemoCaseStage;
  studentId: string;
}

interface CaseStudent {
  id: string;
  classification: string | null;
  guardianId: string;
}

interface Seeding {
  chair: Call;
  cpse: Call;
  /**
   * The day `n` days before `asOf`, counted as the level's deadlines count: school-age in
   * school days and, between school years, workdays (initial-evaluation-to-services); preschool
   * in school days (preschool-evaluation, preschool-services).
   */
  on: (n: number) => string;
}

export async function seedDemoCases(
  database: Database,
  options: { districtId: string; asOf: string },
): Promise<SeededCase[]> {
  let schoolAgeOn: Seeding['on'];
  let preschoolOn: Seeding['on'];
  try {
    const calendar = compiledDemoCalendar();
    const asOfDay = day(options.asOf);
    schoolAgeOn = daysAgo(calendar, 'school-summer-workday', asOfDay);
    preschoolOn = daysAgo(calendar, 'school', asOfDay);
    // The calendar must reach back over the oldest date a case uses.
    schoolAgeOn(OLDEST_DAYS_AGO);
    preschoolOn(OLDEST_DAYS_AGO);
  } catch (error) {
    // Outside the demo calendar's school years there is nothing to count on: no cases.
    if (error instanceof CalendarCoverageError) return [];
    throw error;
  }
  const { chair, cpse } = await chairpersons(database, options.districtId);
  const seeding = (preschool: boolean): Seeding => ({
    chair: seedingCall(database, chair),
    cpse: seedingCall(database, cpse),
    on: preschool ? preschoolOn : schoolAgeOn,
  });
  const students = await caseStudents(database, options.districtId);
  const seeded: SeededCase[] = [];
  for (const stage of DEMO_CASE_STAGES) {
    const student = students[stage];
    await STAGES[stage](seeding(PRESCHOOL_STAGES.has(stage)), student);
    seeded.push({ stage, studentId: student.id });
  }
  return seeded;
}

/** The oldest date any case uses, in days (as `on` counts them) before `asOf`. */
const OLDEST_DAYS_AGO = 100;

function daysAgo(calendar: CompiledCalendar, kind: DayKind, asOf: Day) {
  return (n: number): string => isoDate(countBackward(calendar, kind, asOf, n));
}

/** A staff member of the demo district, as the seed finds them. */
export interface SeedingStaff {
  accountId: string;
  email: string;
  staffId: string;
  fullName: string;
  roles: StaffRole[];
}

/** The staff member as an actor (their sign-in has nothing to do with it). */
export function staffActor(districtId: string, staff: SeedingStaff): Actor {
  return {
    accountId: staff.accountId,
    districtId,
    kind: 'staff',
    staffId: staff.staffId,
    roles: staff.roles,
    displayName: staff.fullName,
    email: staff.email,
    secondFactor: false,
  };
}

/**
 * A use-case call by `actor` in the `demo-seed` request. The seed sends nothing by e-mail
 * (notices go by mail; notifications and escalations stay queued), so it needs no mail server.
 */
export function seedingCall(database: Database, actor: Actor): Call {
  return {
    ctx: { database, config: loadConfig({}, { demo: true }) },
    actor,
    requestId: DEMO_SEED_REQUEST_ID,
  };
}

/** The demo CSE and CPSE chairpersons as actors. */
async function chairpersons(
  database: Database,
  districtId: string,
): Promise<{ chair: Actor; cpse: Actor }> {
  const rows = await inDistrict(database.db, districtId, (tx) =>
    tx
      .selectFrom('accounts')
      .innerJoin('staff', 'staff.account_id', 'accounts.id')
      .select([
        'accounts.id as accountId',
        'accounts.email',
        'staff.id as staffId',
        'staff.full_name as fullName',
        'roles',
      ])
      .where('accounts.email', 'in', [DEMO_ACCOUNTS.chair.email, DEMO_ACCOUNTS.cpse.email])
      .execute(),
  );
  const actor = (email: string): Actor => {
    const row = rows.find((r) => r.email === email);
    if (!row) throw new Error(`demo seed: the account ${email} is missing`);
    return staffActor(districtId, row);
  };
  return { chair: actor(DEMO_ACCOUNTS.chair.email), cpse: actor(DEMO_ACCOUNTS.cpse.email) };
}

/**
 * One student per stage, chosen deterministically: the highest student numbers (the browser
 * tests walk the lowest), school-age students in grades 3 to 6 (no transition plan, no adult
 * student), each with a guardian who holds educational authority and has a mailing address.
 * None is at the demo teacher's school (whose students the access tests use as they are)
 * except the completed school-age case, whose IEP the demo staff there implement
 * (seed-demo-distribution.ts): a student of that school nobody implements an IEP for yet. The
 * completed preschool case is a child at the pre-K center, where the district gives related
 * services (generate-demo-students.ts).
 */
async function caseStudents(
  database: Database,
  districtId: string,
): Promise<Record<DemoCaseStage, CaseStudent>> {
  const rows = await inDistrict(database.db, districtId, async (tx) => {
    const teacherSite = tx
      .selectFrom('staff_sites')
      .innerJoin('staff', 'staff.id', 'staff_sites.staff_id')
      .innerJoin('accounts', 'accounts.id', 'staff.account_id')
      .where('accounts.email', '=', DEMO_ACCOUNTS.teacher.email)
      .select('staff_sites.site_id');
    return tx
      .selectFrom('students')
      .innerJoin('student_guardians as sg', 'sg.student_id', 'students.id')
      .innerJoin('guardians as g', 'g.id', 'sg.guardian_id')
      .innerJoin('enrollments as e', 'e.student_id', 'students.id')
      .innerJoin('sites', 'sites.id', 'e.site_id')
      .select((eb) => [
        'students.id',
        'students.level',
        'students.grade',
        'students.classification',
        'g.id as guardianId',
        'sites.kind as siteKind',
        eb('e.site_id', 'in', teacherSite).as('atTeacherSchool'),
        eb
          .exists(
            eb
              .selectFrom('implementer_assignments as a')
              .whereRef('a.student_id', '=', 'students.id')
              .select('a.id'),
          )
          .as('implemented'),
      ])
      .where('e.ends_on', 'is', null)
      .where('sg.educational_authority', '=', true)
      .where('g.address', 'is not', null)
      .where((eb) =>
        eb.or([
          eb('students.level', '=', 'preschool'),
          eb('students.grade', 'in', ['3', '4', '5', '6']),
        ]),
      )
      .orderBy('students.student_number', 'desc')
      .orderBy('g.full_name')
      .execute();
  });
  type Candidate = (typeof rows)[number];
  const students = [...new Map(rows.map((r) => [r.id, r])).values()];
  const notAtTeacherSchool = (s: Candidate) => !s.atTeacherSchool;
  const fits: Partial<Record<DemoCaseStage, (s: Candidate) => boolean>> = {
    'school-age-completed': (s) => Boolean(s.atTeacherSchool) && !s.implemented,
    'preschool-completed': (s) => s.siteKind === 'pre-k-center',
  };
  const picked = {} as Record<DemoCaseStage, CaseStudent>;
  const taken = new Set<string>();
  for (const stage of DEMO_CASE_STAGES) {
    const level = PRESCHOOL_STAGES.has(stage) ? 'preschool' : 'school-age';
    const next = students.find(
      (s) => s.level === level && !taken.has(s.id) && (fits[stage] ?? notAtTeacherSchool)(s),
    );
    if (!next) throw new Error(`demo seed: no student left for the case ${stage}`);
    taken.add(next.id);
    picked[stage] = {
      id: next.id,
      classification: next.classification,
      guardianId: next.guardianId,
    };
  }
  return picked;
}

const PRESCHOOL_STAGES: ReadonlySet<DemoCaseStage> = new Set([
  'preschool-first-appointment',
  'preschool-completed',
  'cpse-meeting-overdue',
]);

// ---------------------------------------------------------------------------------------------
// The steps, each one use case with its input checked by the route's own schema.

/** The procedural safeguards notice handed to the parent on the day of the initial referral. */
async function giveSafeguardsNotice(call: Call, student: CaseStudent, on: string): Promise<void> {
  await recordSafeguardsDelivery(call, {
    studentId: student.id,
    ...safeguardsDeliveryBody.parse({
      guardianId: student.guardianId,
      trigger: 'initial-referral',
      deliveredOn: on,
      channel: 'in-person',
    }),
  });
}

async function staffReferral(call: Call, studentId: string, on: string, interventionFrom: string) {
  return recordReferral(call, {
    studentId,
    ...createReferralBody.parse({
      referrerKind: 'district-staff',
      referrerName: 'M. Castillo, classroom teacher',
      reason: 'Reads well below grade level after two terms of small-group reading support.',
      submittedOn: on,
      interventions: [
        {
          intervention: 'Small-group phonics instruction, 30 minutes a day',
          tier: 2,
          startsOn: interventionFrom,
          endsOn: on,
          outcome: 'Some progress in decoding; fluency still far below benchmark.',
        },
      ],
    }),
  });
}

async function parentReferral(call: Call, studentId: string, on: string) {
  return recordReferral(call, {
    studentId,
    ...createReferralBody.parse({
      referrerKind: 'parent',
      referrerName: 'Parent of the student',
      reason: 'Asks for an evaluation: the student struggles with written work and attention.',
      submittedOn: on,
    }),
  });
}

async function askConsent(
  call: Call,
  studentId: string,
  request: Omit<RequestConsentInput, 'method'>,
) {
  const { consent } = await requestConsent(call, {
    studentId,
    ...requestConsentBody.parse({ method: 'mail', ...request }),
  });
  return consent;
}

/** Consent requested and granted in writing. */
async function grantConsent(
  call: Call,
  studentId: string,
  type: 'initial-evaluation' | 'initial-services',
  requestedOn: string,
  grantedOn: string,
  description: string,
): Promise<void> {
  const consent = await askConsent(call, studentId, { type, requestedOn, description });
  await recordConsentResponse(call, {
    studentId,
    consentId: consent.id,
    ...consentResponseBody.parse({
      state: 'granted',
      on: grantedOn,
      written: true,
      version: consent.version,
    }),
  });
}

const SCHOOL_AGE_COMPONENTS: EvaluationComponent[] = [
  'physical-examination',
  'psychological-evaluation',
  'social-history',
  'educational',
];
const PRESCHOOL_COMPONENTS: EvaluationComponent[] = [
  'psychological-evaluation',
  'social-history',
  'speech-language',
];

async function planInitialEvaluation(
  call: Call,
  studentId: string,
  components: EvaluationComponent[],
): Promise<EvaluationDetail> {
  return planEvaluation(call, {
    studentId,
    ...planEvaluationBody.parse({
      kind: 'initial',
      components: components.map((component) => ({ component })),
    }),
  });
}

/**
 * Records each component's appointment and, where `reportOn` is given, its report. Returns the
 * evaluation as it then stands.
 */
async function recordComponents(
  call: Call,
  studentId: string,
  evaluation: EvaluationDetail,
  steps: { appointmentOn: string; reportOn?: string }[],
): Promise<EvaluationDetail> {
  let current = evaluation;
  for (const [i, component] of evaluation.components.entries()) {
    const step = steps[i];
    if (!step) continue;
    current = await updateEvaluationComponent(call, {
      studentId,
      evaluationId: evaluation.id,
      componentId: component.id,
      ...updateComponentBody.parse({
        version: component.version,
        evaluator: EVALUATORS[component.component] ?? 'District evaluator',
        status: step.reportOn ? 'completed' : 'scheduled',
        appointmentOn: step.appointmentOn,
        ...(step.reportOn && {
          reportOn: step.reportOn,
          summary: 'Findings are in the report, reviewed with the parent at the meeting.',
        }),
      }),
    });
  }
  return current;
}

const EVALUATORS: Partial<Record<EvaluationComponent, string>> = {
  'physical-examination': 'Dr. A. Okafor, school physician',
  'psychological-evaluation': 'J. Lindqvist, school psychologist',
  'social-history': 'P. Duarte, school social worker',
  educational: 'S. Whitfield, special education teacher',
  'speech-language': 'R. Banerjee, speech-language pathologist',
};

async function complete(call: Call, studentId: string, evaluation: EvaluationDetail, on: string) {
  return completeEvaluation(call, {
    studentId,
    evaluationId: evaluation.id,
    ...completeEvaluationBody.parse({ version: evaluation.version, completedOn: on }),
  });
}

/** A level's initial evaluation: what its consent describes, its components, their spacing. */
const INITIAL_EVALUATIONS = {
  'school-age': {
    describes: 'Initial evaluation: physical, psychological, social history, educational.',
    components: SCHOOL_AGE_COMPONENTS,
    // School days between one component's appointment (report) and the next one's.
    spacing: { appointments: 3, reports: 2 },
  },
  preschool: {
    describes: 'Initial evaluation: psychological, social history, speech and language.',
    components: PRESCHOOL_COMPONENTS,
    spacing: { appointments: 1, reports: 1 },
  },
} as const;

/**
 * Consent to the initial evaluation asked and granted, every component appointed and reported
 * (the first on the days given, the next ones by the level's spacing), and the evaluation
 * completed. Days count back from asOf (`on`).
 */
async function evaluateFully(
  call: Call,
  studentId: string,
  level: keyof typeof INITIAL_EVALUATIONS,
  on: Seeding['on'],
  days: {
    requested: number;
    granted: number;
    appointment: number;
    report: number;
    completed: number;
  },
): Promise<EvaluationDetail> {
  const { describes, components, spacing } = INITIAL_EVALUATIONS[level];
  await grantConsent(
    call,
    studentId,
    'initial-evaluation',
    on(days.requested),
    on(days.granted),
    describes,
  );
  const planned = await planInitialEvaluation(call, studentId, [...components]);
  const reported = await recordComponents(
    call,
    studentId,
    planned,
    components.map((_, i) => ({
      appointmentOn: on(days.appointment - i * spacing.appointments),
      reportOn: on(days.report - i * spacing.reports),
    })),
  );
  return complete(call, studentId, reported, on(days.completed));
}

const CSE_MEMBERS: MemberInput[] = [
  { fullName: 'CSE chairperson', role: 'chairperson' },
  { fullName: 'L. Ferreira', role: 'general-education-teacher' },
  { fullName: 'S. Whitfield', role: 'special-education-teacher' },
  { fullName: 'J. Lindqvist', role: 'school-psychologist' },
  { fullName: 'D. Rivers', role: 'parent-member' },
];
const CPSE_MEMBERS: MemberInput[] = [
  { fullName: 'CPSE chairperson', role: 'chairperson' },
  { fullName: 'Parent of the child', role: 'parent' },
  { fullName: 'K. Haddad', role: 'general-education-teacher' },
  { fullName: 'D. Rivers', role: 'parent-member' },
  { fullName: 'T. Nguyen', role: 'county-representative' },
  { fullName: 'R. Banerjee', role: 'evaluator' },
];

/** A committee meeting scheduled and held on one day, every member attending. */
async function holdMeeting(
  call: Call,
  studentId: string,
  committee: 'cse' | 'cpse',
  on: string,
  program: 'related-service' | 'preschool-related-services',
): Promise<string> {
  const members = committee === 'cse' ? CSE_MEMBERS : CPSE_MEMBERS;
  const scheduled = await scheduleMeeting(call, {
    studentId,
    ...scheduleMeetingBody.parse({
      committee,
      purpose: 'initial',
      scheduledOn: on,
      scheduledTime: '09:30',
      place: committee === 'cse' ? 'CSE office, conference room 2' : 'CPSE office, room 1',
      members: members.map((m) =>
        m.role === 'chairperson' ? { ...m, fullName: call.actor.displayName } : m,
      ),
    }),
  });
  const held = await recordMeeting(call, {
    studentId,
    meetingId: scheduled.id,
    ...recordMeetingBody.parse({
      version: scheduled.version,
      heldOn: on,
      attendance: scheduled.members.map((m) => ({ memberId: m.id, attended: true })),
      parentParticipation: 'in-person',
      reviewsNewPsychologicalEvaluation: true,
      recommendation: { programs: [{ program }], current: null },
    }),
  });
  return held.id;
}

async function decideEligible(
  call: Call,
  studentId: string,
  evaluation: EvaluationDetail,
  classification: string,
  on: string,
  meetingId: string,
) {
  return determineEligibility(call, {
    studentId,
    evaluationId: evaluation.id,
    ...eligibilityBody.parse({
      version: evaluation.version,
      eligible: true,
      classification,
      decidedOn: on,
      meetingId,
    }),
  });
}

/** Starts the IEP from the meeting, saves its content and finalizes it. */
async function finalIep(
  call: Call,
  studentId: string,
  meetingId: string,
  dates: { implementation: string; annualReview: string; reevaluation: string },
  content: IepContent,
): Promise<{ iepId: string; versionId: string }> {
  const started = await startIep(call, { studentId, meetingId });
  const draft = started.draft;
  if (!draft) throw new Error('demo seed: a new IEP has no draft');
  const saved = await saveIepDraft(call, {
    studentId,
    iepId: started.id,
    ...saveDraftBody.parse({
      lockVersion: draft.lockVersion,
      meetingId,
      dates: {
        projectedImplementationDate: dates.implementation,
        annualReviewDate: dates.annualReview,
        reevaluationDate: dates.reevaluation,
      },
      content,
    }),
  });
  const final = await finalizeIep(call, {
    studentId,
    iepId: started.id,
    lockVersion: saved.lockVersion,
  });
  if (!final.current) throw new Error('demo seed: a finalized IEP has no version in effect');
  return { iepId: started.id, versionId: final.current.id };
}

function service(
  program: 'related-service' | 'preschool-related-services',
  location: string,
  from: string,
  to: string,
): IepContent['services'][number] {
  return {
    program,
    service: 'Speech-language therapy',
    frequency: 2,
    period: 'week',
    durationMinutes: 30,
    location,
    groupSize: 3,
    startDate: from,
    endDate: to,
    twelveMonth: false,
  };
}

function schoolAgeIep(classification: string, from: string, to: string): IepContent {
  return {
    ...iepRules.emptyIepContent(),
    classification,
    presentLevels: {
      academic: 'Decodes single-syllable words; reads connected text two grades below level.',
      social: 'Works well with peers in small groups; seeks adult help readily.',
      physical: 'No needs affecting learning.',
      management: 'Needs directions repeated and checked for understanding.',
    },
    effectOnProgress:
      'Expressive and receptive language difficulties slow progress in grade-level reading and writing.',
    goals: [
      {
        area: 'Expressive language',
        goal: 'Will retell a grade-level story in sequence using five or more story elements.',
        criteria: '4 of 5 trials over 3 consecutive sessions',
        method: 'Therapist data and work samples',
        schedule: 'Quarterly, with report cards',
      },
    ],
    services: [service('related-service', 'Speech room', from, to)],
    generalEducationPercent: 95,
    leastRestrictiveEnvironment:
      'Leaves the general education class for two short therapy sessions a week only.',
    equipment: { needed: false, description: '' },
    testingAccommodations: {
      none: false,
      items: [{ accommodation: 'Directions read and reread', conditions: 'All tests' }],
    },
    promotionCriteria: {
      alternateAssessment: false,
      ela: 'standard',
      math: 'standard',
      modifiedCriteria: '',
    },
  };
}

function preschoolIep(from: string, to: string): IepContent {
  return {
    ...iepRules.emptyIepContent(),
    classification: 'preschool-student-with-a-disability',
    presentLevels: {
      academic: 'Names a few colors; follows one-step directions with gestures.',
      social: 'Plays beside peers; uses few words with them.',
      physical: 'Age-appropriate motor skills.',
      management: 'Visual supports for routines and transitions.',
    },
    effectOnProgress:
      'Limited expressive language keeps the child from joining age-appropriate activities.',
    goals: [
      {
        area: 'Expressive language',
        goal: 'Will use two-word phrases to request and comment during play.',
        criteria: '8 of 10 opportunities over 3 sessions',
        method: 'Therapist data sheets',
        schedule: 'Three times a year',
      },
    ],
    services: [service('preschool-related-services', 'Day care center', from, to)],
    generalEducationPercent: 100,
    leastRestrictiveEnvironment: 'Services are given in the child’s day care setting.',
    equipment: { needed: false, description: '' },
  };
}

function yearsAfter(iso: string, years: number): string {
  const [y, m, d] = iso.split('-') as [string, string, string];
  // 29 February has no counterpart in most years: the day before it.
  return `${Number(y) + years}-${m}-${m === '02' && d === '29' ? '28' : d}`;
}

/** The prior written notice of the final IEP (pre-filled from it), sent by mail. */
async function sendPriorWrittenNotice(
  call: Call,
  studentId: string,
  versionId: string,
  guardianId: string,
  on: string,
): Promise<void> {
  const draft = await draftPriorWrittenNotice(call, {
    studentId,
    ...draftPwnBody.parse({
      proposal: 'proposes',
      subjects: ['identification', 'educational-placement', 'provision-of-fape'],
      sourceKind: 'iep-version',
      sourceId: versionId,
      content: {
        otherFactors: 'The parent asked that sessions be scheduled outside of core reading time.',
      },
    }),
  });
  await sendNotice(call, {
    studentId,
    noticeId: draft.id,
    ...sendNoticeBody.parse({ version: draft.version, guardianId, channel: 'mail', sentOn: on }),
  });
}

async function servicesArranged(call: Call, studentId: string, iepId: string, on: string) {
  await recordServicesArranged(call, { studentId, iepId, ...eventBody.parse({ on }) });
}

// ---------------------------------------------------------------------------------------------
// The stages.

const STAGES: Record<DemoCaseStage, (s: Seeding, student: CaseStudent) => Promise<void>> = {
  /** Received the school day before: the building administrator's 10-school-day window is open. */
  'referral-received': async ({ chair, on }, student) => {
    await staffReferral(chair, student.id, on(1), on(40));
    await giveSafeguardsNotice(chair, student, on(1));
  },

  /** The parent's referral, then consent asked by mail; a call logged, no answer yet. */
  'consent-awaiting-answer': async ({ chair, on }, student) => {
    await parentReferral(chair, student.id, on(8));
    await giveSafeguardsNotice(chair, student, on(8));
    const consent = await askConsent(chair, student.id, {
      type: 'initial-evaluation',
      requestedOn: on(6),
      description: INITIAL_EVALUATIONS['school-age'].describes,
    });
    await logConsentEffort(chair, {
      studentId: student.id,
      consentId: consent.id,
      ...effortBody.parse({
        kind: 'call',
        on: on(2),
        madeBy: chair.actor.displayName,
        result: 'Left a message asking the parent to return the signed consent form.',
      }),
    });
  },

  /**
   * Consent 54 school days ago: two reports in, two appointments held without a report yet.
   * The 60 school days to services end in 6 (due soon on the dashboard).
   */
  'evaluation-under-way': async ({ chair, on }, student) => {
    await grantConsent(
      chair,
      student.id,
      'initial-evaluation',
      on(57),
      on(54),
      INITIAL_EVALUATIONS['school-age'].describes,
    );
    const evaluation = await planInitialEvaluation(chair, student.id, SCHOOL_AGE_COMPONENTS);
    await recordComponents(chair, student.id, evaluation, [
      { appointmentOn: on(45), reportOn: on(40) },
      { appointmentOn: on(30), reportOn: on(22) },
      { appointmentOn: on(6) },
      { appointmentOn: on(3) },
    ]);
  },

  /** Consent 75 school days ago, the evaluation finished, no meeting since: overdue. */
  'evaluation-overdue': async ({ chair, on }, student) => {
    await evaluateFully(chair, student.id, 'school-age', on, {
      requested: 78,
      granted: 75,
      appointment: 70,
      report: 60,
      completed: 50,
    });
  },

  /**
   * Referral to prior written notice within the 60 school days: evaluation, CSE meeting, final
   * IEP, consent to first services, notice sent and services arranged (the deadlines met).
   */
  'school-age-completed': async ({ chair, on }, student) => {
    await staffReferral(chair, student.id, on(60), on(100));
    await giveSafeguardsNotice(chair, student, on(60));
    const completed = await evaluateFully(chair, student.id, 'school-age', on, {
      requested: 57,
      granted: 55,
      appointment: 50,
      report: 40,
      completed: 32,
    });
    const meetingOn = on(25);
    const meetingId = await holdMeeting(chair, student.id, 'cse', meetingOn, 'related-service');
    const classification = student.classification ?? 'speech-or-language-impairment';
    await decideEligible(chair, student.id, completed, classification, meetingOn, meetingId);
    const startsOn = on(18);
    const { iepId, versionId } = await finalIep(
      chair,
      student.id,
      meetingId,
      {
        implementation: startsOn,
        annualReview: yearsAfter(meetingOn, 1),
        reevaluation: yearsAfter(meetingOn, 3),
      },
      schoolAgeIep(classification, startsOn, yearsAfter(meetingOn, 1)),
    );
    await grantConsent(
      chair,
      student.id,
      'initial-services',
      meetingOn,
      on(22),
      'Speech-language therapy twice a week, as the CSE recommended.',
    );
    await sendPriorWrittenNotice(chair, student.id, versionId, student.guardianId, on(21));
    await servicesArranged(chair, student.id, iepId, startsOn);
  },

  /** Consent 10 school days ago; the first appointment 7 ago starts the 20 school days. */
  'preschool-first-appointment': async ({ cpse, on }, student) => {
    await grantConsent(
      cpse,
      student.id,
      'initial-evaluation',
      on(12),
      on(10),
      INITIAL_EVALUATIONS['preschool'].describes,
    );
    const evaluation = await planInitialEvaluation(cpse, student.id, PRESCHOOL_COMPONENTS);
    await recordComponents(cpse, student.id, evaluation, [
      { appointmentOn: on(7) },
      { appointmentOn: on(4) },
    ]);
  },

  /** Consent to services arranged within the preschool timelines (all met), with the notice. */
  'preschool-completed': async ({ cpse, on }, student) => {
    const completed = await evaluateFully(cpse, student.id, 'preschool', on, {
      requested: 30,
      granted: 29,
      appointment: 27,
      report: 25,
      completed: 18,
    });
    const meetingOn = on(12);
    const meetingId = await holdMeeting(
      cpse,
      student.id,
      'cpse',
      meetingOn,
      'preschool-related-services',
    );
    await decideEligible(
      cpse,
      student.id,
      completed,
      'preschool-student-with-a-disability',
      meetingOn,
      meetingId,
    );
    const startsOn = on(8);
    const { iepId, versionId } = await finalIep(
      cpse,
      student.id,
      meetingId,
      {
        implementation: startsOn,
        annualReview: yearsAfter(meetingOn, 1),
        reevaluation: yearsAfter(meetingOn, 3),
      },
      preschoolIep(startsOn, yearsAfter(meetingOn, 1)),
    );
    await grantConsent(
      cpse,
      student.id,
      'initial-services',
      meetingOn,
      on(10),
      'Speech-language therapy twice a week, as the CPSE recommended.',
    );
    await sendPriorWrittenNotice(cpse, student.id, versionId, student.guardianId, on(9));
    await servicesArranged(cpse, student.id, iepId, startsOn);
  },

  /** Consent 50 school days ago (over 60 calendar days), evaluation done, no CPSE meeting yet. */
  'cpse-meeting-overdue': async ({ cpse, on }, student) => {
    await evaluateFully(cpse, student.id, 'preschool', on, {
      requested: 52,
      granted: 50,
      appointment: 47,
      report: 40,
      completed: 36,
    });
  },
};
