import { DISABILITY_CLASSIFICATIONS } from '../programs/classifications.ts';
import { PROGRAMS, isSpecialClass } from '../programs/catalog.ts';
import type { ProgramDefinition } from '../programs/catalog.ts';
import { IEP_CONTENT_AREAS } from '../programs/iep-content.ts';
import type { IepContentArea } from '../programs/iep-content.ts';
import { checkPreschoolServiceLevel } from '../programs/preschool.ts';
import type { IepContent, IepDates, IepService, IepStudent } from './content.ts';
import {
  addYears,
  compareDates,
  PROMOTION_CITATION,
  requiredIepContentAreas,
  TRANSITION_CITATION,
  TWELVE_MONTH_CITATION,
} from './required-areas.ts';
import type { RequiredArea } from './required-areas.ts';

/**
 * Whether an IEP version may be finalized: every required content area answered, every
 * recommended program within its limits, and its dates within the law's bounds. Each finding
 * names the field at fault by its path in the input (`content.goals.0.criteria`,
 * `dates.annualReviewDate`), so a form can point at it, and cites its source.
 */
export interface IepReadinessInput {
  student: IepStudent;
  content: IepContent;
  dates: IepDates;
  /** Today (YYYY-MM-DD): the rules read no clock. */
  asOf: string;
}

export type IepFindingKind = 'missing' | 'program-limit' | 'date';

export interface IepFinding {
  kind: IepFindingKind;
  /** The content area it belongs to, or `dates`. */
  area: IepContentArea | 'dates';
  path: string;
  message: string;
  citation: string;
}

export interface IepReadiness {
  ready: boolean;
  required: RequiredArea[];
  findings: IepFinding[];
}

const PLAN = 'PLAN, CSE referral process';
const ANNUAL_REVIEW_CITATION =
  'PLAN, CSE appointment and functions (annual review; 8 NYCRR 200.4(f): at least annually)';
const REEVALUATION_CITATION =
  'PLAN, CSE appointment and functions (8 NYCRR 200.4(b)(4): reevaluation at least once every three years)';

const blank = (text: string) => text.trim() === '';
const citationOf = (area: IepContentArea): string =>
  IEP_CONTENT_AREAS.find((a) => a.id === area)?.citation ?? PLAN;

/** Minutes a week a service row amounts to (a month counted as 52/12 weeks). */
export function weeklyMinutes(
  service: Pick<IepService, 'frequency' | 'period' | 'durationMinutes'>,
): number {
  const perPeriod = service.frequency * service.durationMinutes;
  switch (service.period) {
    case 'day':
      return perPeriod * 5;
    case 'week':
      return perPeriod;
    case 'month':
      return Math.round((perPeriod * 12) / 52);
  }
}

export function checkIepReadiness(input: IepReadinessInput): IepReadiness {
  const { student, content, dates, asOf } = input;
  const required = requiredIepContentAreas(student, content, dates, asOf);
  const needs = new Set(required.map((r) => r.area));
  const findings: IepFinding[] = [];
  const missing = (
    area: IepContentArea,
    path: string,
    message: string,
    citation = citationOf(area),
  ) => findings.push({ kind: 'missing', area, path, message, citation });

  if (needs.has('classification')) {
    const known = DISABILITY_CLASSIFICATIONS.find((c) => c.id === content.classification);
    if (!known)
      missing(
        'classification',
        'content.classification',
        'Choose the classification of the disability.',
      );
    else if (known.level !== student.level) {
      missing(
        'classification',
        'content.classification',
        student.level === 'preschool'
          ? 'A preschool child is classified "preschool student with a disability".'
          : 'Choose a school-age classification; "preschool student with a disability" is for preschool children.',
        'PLAN, Disability by Type and Age (8 NYCRR 200.1(zz), 200.1(mm))',
      );
    }
  }
  if (needs.has('present-levels')) {
    for (const part of ['academic', 'social', 'physical', 'management'] as const) {
      if (blank(content.presentLevels[part])) {
        missing(
          'present-levels',
          `content.presentLevels.${part}`,
          `Describe the present levels of performance and needs: ${part}.`,
        );
      }
    }
  }
  if (needs.has('effect-on-general-education-progress') && blank(content.effectOnProgress)) {
    missing(
      'effect-on-general-education-progress',
      'content.effectOnProgress',
      "Say how the disability affects the student's progress in general education.",
    );
  }
  if (needs.has('annual-goals')) {
    if (content.goals.length === 0)
      missing('annual-goals', 'content.goals', 'Add at least one measurable annual goal.');
    content.goals.forEach((goal, i) => {
      for (const [field, what] of [
        ['goal', 'the goal'],
        ['criteria', 'its evaluation criteria'],
        ['method', 'how progress is measured'],
        ['schedule', 'when progress is reported'],
      ] as const) {
        if (blank(goal[field]))
          missing(
            'annual-goals',
            `content.goals.${i}.${field}`,
            `Annual goal ${i + 1}: state ${what}.`,
          );
      }
    });
  }
  if (needs.has('programs-and-services')) {
    if (content.services.length === 0) {
      missing(
        'programs-and-services',
        'content.services',
        'Recommend at least one program or service.',
      );
    }
    content.services.forEach((service, i) =>
      findings.push(...serviceFindings(service, i, student)),
    );
  }
  if (needs.has('least-restrictive-environment') && blank(content.leastRestrictiveEnvironment)) {
    missing(
      'least-restrictive-environment',
      'content.leastRestrictiveEnvironment',
      'Explain the least restrictive environment: why the student is not in general education for the rest of the day.',
    );
  }
  if (needs.has('general-education-participation') && content.generalEducationPercent === null) {
    missing(
      'general-education-participation',
      'content.generalEducationPercent',
      'State the percentage of the school day in general education.',
    );
  }
  if (needs.has('equipment-and-devices')) {
    if (content.equipment.needed === null) {
      missing(
        'equipment-and-devices',
        'content.equipment.needed',
        'Say whether specialized equipment or adaptive devices are needed.',
      );
    } else if (content.equipment.needed && blank(content.equipment.description)) {
      missing(
        'equipment-and-devices',
        'content.equipment.description',
        'Name the specialized equipment and adaptive devices.',
      );
    }
  }
  if (needs.has('testing-accommodations')) {
    const { none, items } = content.testingAccommodations;
    if (!none && items.length === 0) {
      missing(
        'testing-accommodations',
        'content.testingAccommodations',
        'List the testing accommodations, or record that none are needed.',
      );
    }
    items.forEach((item, i) => {
      if (blank(item.accommodation)) {
        missing(
          'testing-accommodations',
          `content.testingAccommodations.items.${i}.accommodation`,
          `Testing accommodation ${i + 1}: name it.`,
        );
      }
    });
  }
  if (needs.has('promotion-criteria') && !content.promotionCriteria.alternateAssessment) {
    const p = content.promotionCriteria;
    if (p.ela === null)
      missing(
        'promotion-criteria',
        'content.promotionCriteria.ela',
        'Choose standard or modified promotion criteria in ELA.',
        PROMOTION_CITATION,
      );
    if (p.math === null)
      missing(
        'promotion-criteria',
        'content.promotionCriteria.math',
        'Choose standard or modified promotion criteria in math.',
        PROMOTION_CITATION,
      );
    if ((p.ela === 'modified' || p.math === 'modified') && blank(p.modifiedCriteria)) {
      missing(
        'promotion-criteria',
        'content.promotionCriteria.modifiedCriteria',
        'State the modified promotion criteria.',
        PROMOTION_CITATION,
      );
    }
  }
  if (needs.has('post-secondary-goals')) {
    const t = content.transition;
    if (blank(t.postSecondaryEducation)) {
      missing(
        'post-secondary-goals',
        'content.transition.postSecondaryEducation',
        'State the post-secondary goal for education or training.',
        TRANSITION_CITATION,
      );
    }
    if (blank(t.postSecondaryEmployment)) {
      missing(
        'post-secondary-goals',
        'content.transition.postSecondaryEmployment',
        'State the post-secondary goal for employment.',
        TRANSITION_CITATION,
      );
    }
  }
  if (needs.has('transition-activities')) {
    const { activities } = content.transition;
    if (activities.length === 0) {
      missing(
        'transition-activities',
        'content.transition.activities',
        'Add the coordinated set of transition activities.',
        TRANSITION_CITATION,
      );
    }
    activities.forEach((a, i) => {
      if (blank(a.activity))
        missing(
          'transition-activities',
          `content.transition.activities.${i}.activity`,
          `Transition activity ${i + 1}: describe it.`,
          TRANSITION_CITATION,
        );
      if (blank(a.responsible))
        missing(
          'transition-activities',
          `content.transition.activities.${i}.responsible`,
          `Transition activity ${i + 1}: name who is responsible.`,
          TRANSITION_CITATION,
        );
    });
  }
  if (needs.has('twelve-month-services')) {
    if (content.twelveMonthServices.category === null) {
      missing(
        'twelve-month-services',
        'content.twelveMonthServices.category',
        'Choose the ESY category that makes the student eligible for 12-month services.',
        TWELVE_MONTH_CITATION,
      );
    }
    if (!content.services.some((s) => s.twelveMonth)) {
      missing(
        'twelve-month-services',
        'content.services',
        'Mark the programs and services given during July and August.',
        TWELVE_MONTH_CITATION,
      );
    }
  }
  findings.push(...dateFindings(dates));
  return { ready: findings.length === 0, required, findings };
}

function serviceFindings(service: IepService, i: number, student: IepStudent): IepFinding[] {
  const path = `content.services.${i}`;
  const program: ProgramDefinition = PROGRAMS[service.program];
  const found: IepFinding[] = [];
  const limit = (field: string, message: string) =>
    found.push({
      kind: 'program-limit',
      area: 'programs-and-services',
      path: `${path}.${field}`,
      message,
      citation: program.citation,
    });
  const miss = (field: string, message: string) =>
    found.push({
      kind: 'missing',
      area: 'programs-and-services',
      path: `${path}.${field}`,
      message,
      citation: citationOf('programs-and-services'),
    });

  if (program.level !== student.level) {
    limit(
      'program',
      `Service ${i + 1}: ${program.label} is a ${program.level} program; this student is ${student.level}.`,
    );
  }
  if (blank(service.location)) miss('location', `Service ${i + 1}: state where it is given.`);
  if (
    (service.program === 'related-service' || service.program === 'preschool-related-services') &&
    blank(service.service)
  ) {
    miss('service', `Service ${i + 1}: name the related service.`);
  }
  if (compareDates(service.endDate, service.startDate) < 0) {
    miss('endDate', `Service ${i + 1}: the end date is before the start date.`);
  }
  const weekly = weeklyMinutes(service);
  const { limits } = program;
  if (service.program === 'resource-room') {
    if (limits.maxStudentsAtOnce !== undefined && service.groupSize > limits.maxStudentsAtOnce) {
      limit(
        'groupSize',
        `Service ${i + 1}: a resource room group of ${service.groupSize}; no more than ${limits.maxStudentsAtOnce} students may be in a resource room at any one time.`,
      );
    }
    if (limits.minMinutesPerWeek !== undefined && weekly < limits.minMinutesPerWeek) {
      limit(
        'durationMinutes',
        `Service ${i + 1}: ${weekly} minutes of resource room a week; the minimum is ${limits.minMinutesPerWeek} minutes (3 hours) a week.`,
      );
    }
  }
  if (
    service.program === 'seit' &&
    limits.minMinutesPerWeek !== undefined &&
    weekly < limits.minMinutesPerWeek
  ) {
    limit(
      'durationMinutes',
      `Service ${i + 1}: ${weekly} minutes of SEIT a week; the minimum is ${limits.minMinutesPerWeek} minutes (2 hours) a week.`,
    );
  }
  if (
    isSpecialClass(service.program) &&
    limits.ratio &&
    service.groupSize > limits.ratio.maxStudents
  ) {
    limit(
      'groupSize',
      `Service ${i + 1}: ${program.label} with a class of ${service.groupSize}; the limit is ${limits.ratio.maxStudents} students.`,
    );
  }
  if (
    service.program === 'ict' &&
    limits.defaultMaxStudentsWithDisabilities !== undefined &&
    service.groupSize > limits.defaultMaxStudentsWithDisabilities
  ) {
    limit(
      'groupSize',
      `Service ${i + 1}: integrated co-teaching with ${service.groupSize} students with disabilities; the limit is ${limits.defaultMaxStudentsWithDisabilities}.`,
    );
  }
  if (
    service.program === 'preschool-special-class' ||
    service.program === 'preschool-residential'
  ) {
    const daysPerWeek =
      service.period === 'week'
        ? service.frequency
        : service.period === 'day'
          ? 5
          : Math.round((service.frequency * 12) / 52);
    const minutesPerDay =
      service.period === 'day'
        ? service.frequency * service.durationMinutes
        : service.durationMinutes;
    for (const v of checkPreschoolServiceLevel({
      program: service.program,
      minutesPerDay,
      daysPerWeek,
    })) {
      limit('durationMinutes', `Service ${i + 1}: ${v.message}`);
    }
  }
  return found;
}

function dateFindings(dates: IepDates): IepFinding[] {
  const found: IepFinding[] = [];
  const add = (path: string, message: string, citation: string, kind: IepFindingKind = 'date') =>
    found.push({ kind, area: 'dates', path: `dates.${path}`, message, citation });
  const { meetingDate, projectedImplementationDate, annualReviewDate, reevaluationDate } = dates;
  if (!meetingDate)
    add('meetingDate', 'Link the committee meeting that developed this IEP.', PLAN, 'missing');
  if (!projectedImplementationDate)
    add(
      'projectedImplementationDate',
      'State the projected date the IEP is implemented.',
      PLAN,
      'missing',
    );
  if (!annualReviewDate)
    add('annualReviewDate', 'State the annual review date.', ANNUAL_REVIEW_CITATION, 'missing');
  if (!reevaluationDate)
    add('reevaluationDate', 'State the reevaluation date.', REEVALUATION_CITATION, 'missing');
  if (!meetingDate) return found;
  if (projectedImplementationDate && compareDates(projectedImplementationDate, meetingDate) < 0) {
    add(
      'projectedImplementationDate',
      'The projected implementation date is before the meeting that developed the IEP.',
      PLAN,
    );
  }
  if (annualReviewDate) {
    const latest = addYears(meetingDate, 1, 'dates.meetingDate');
    if (compareDates(annualReviewDate, meetingDate) <= 0) {
      add(
        'annualReviewDate',
        'The annual review date must be after the meeting.',
        ANNUAL_REVIEW_CITATION,
      );
    } else if (compareDates(annualReviewDate, latest) > 0) {
      add(
        'annualReviewDate',
        `The annual review must be at most one year after the meeting (by ${latest}).`,
        ANNUAL_REVIEW_CITATION,
      );
    }
  }
  if (reevaluationDate) {
    const latest = addYears(meetingDate, 3, 'dates.meetingDate');
    if (compareDates(reevaluationDate, meetingDate) <= 0) {
      add(
        'reevaluationDate',
        'The reevaluation date must be after the meeting.',
        REEVALUATION_CITATION,
      );
    } else if (compareDates(reevaluationDate, latest) > 0) {
      add(
        'reevaluationDate',
        `The reevaluation must be at most three years after the meeting (by ${latest}).`,
        REEVALUATION_CITATION,
      );
    }
  }
  return found;
}
