import { Temporal } from 'temporal-polyfill';
import { IEP_CONTENT_AREAS } from '../programs/iep-content.ts';
import type { IepContentArea } from '../programs/iep-content.ts';
import { parseDate } from '../programs/dates.ts';
import type { IepContent, IepDates, IepStudent } from './content.ts';

/** The age at which an IEP must carry post-secondary goals and transition activities. */
export const TRANSITION_AGE = 15;

export const TRANSITION_CITATION =
  'PLAN, CSE referral process (8 NYCRR 200.4(d)(2)(ix): beginning with the first IEP to be in effect when the student is age 15)';
export const PROMOTION_CITATION = 'PSN NYC addendum, Promotion Standards';
export const TWELVE_MONTH_CITATION = 'PLAN, Extended School Year (ESY) services (8 NYCRR 200.6(k))';

/** Grades whose IEPs state promotion criteria (PSN NYC addendum, Promotion Standards: grades 3-8). */
const PROMOTION_GRADES = new Set(['3', '4', '5', '6', '7', '8']);

export interface RequiredArea {
  area: IepContentArea;
  citation: string;
  /** Why it applies to this student, in plain words (areas of every IEP say so). */
  reason: string;
}

/** Whole years from `born` to `on`. */
export function ageOn(dateOfBirth: string, on: string): number {
  const born = parseDate(dateOfBirth, 'dateOfBirth');
  const day = parseDate(on, 'on');
  return born.until(day, { largestUnit: 'years' }).years;
}

/**
 * The last day this IEP is in effect, for "the IEP in effect when the student is 15": its
 * annual review date, else a year after it starts, else a year after `asOf`.
 */
function inEffectUntil(dates: IepDates, asOf: string): string {
  if (dates.annualReviewDate) return dates.annualReviewDate;
  const start = dates.projectedImplementationDate ?? dates.meetingDate ?? asOf;
  return parseDate(start, 'projectedImplementationDate').add({ years: 1 }).toString();
}

/**
 * The content areas this student's IEP must contain (programs.md, IEP content):
 * - every area without a condition in IEP_CONTENT_AREAS, except testing accommodations for a
 *   preschool child (no State assessments before kindergarten);
 * - post-secondary goals and a coordinated set of transition activities when the student is
 *   15 or older at any time the IEP is in effect;
 * - promotion criteria for grades 3-8;
 * - 12-month services when the committee recommends them (the student is eligible for ESY).
 */
export function requiredIepContentAreas(
  student: IepStudent,
  content: Pick<IepContent, 'twelveMonthServices'>,
  dates: IepDates,
  asOf: string,
): RequiredArea[] {
  parseDate(asOf, 'asOf');
  const required: RequiredArea[] = [];
  for (const area of IEP_CONTENT_AREAS) {
    const when = 'when' in area ? area.when : undefined;
    if (when === undefined) {
      if (area.id === 'testing-accommodations' && student.level === 'preschool') continue;
      required.push({ area: area.id, citation: area.citation, reason: 'every IEP' });
      continue;
    }
    const id = area.id;
    if (id === 'post-secondary-goals' || id === 'transition-activities') {
      if (student.level !== 'school-age') continue;
      const until = inEffectUntil(dates, asOf);
      if (ageOn(student.dateOfBirth, until) >= TRANSITION_AGE) {
        required.push({
          area: id,
          citation: TRANSITION_CITATION,
          reason: `the student is ${TRANSITION_AGE} or older while this IEP is in effect (until ${until})`,
        });
      }
    } else if (id === 'promotion-criteria') {
      if (student.level === 'school-age' && student.grade && PROMOTION_GRADES.has(student.grade)) {
        required.push({
          area: id,
          citation: PROMOTION_CITATION,
          reason: `the student is in grade ${student.grade} (grades 3-8)`,
        });
      }
    } else if (content.twelveMonthServices.recommended) {
      // 'twelve-month-services': when the student is eligible and the committee recommends them.
      required.push({
        area: id,
        citation: TWELVE_MONTH_CITATION,
        reason: 'the committee recommends 12-month services',
      });
    }
  }
  return required;
}

/** Today's date plus whole years, for the latest annual review and reevaluation dates. */
export function addYears(date: string, years: number, field: string): string {
  return parseDate(date, field).add({ years }).toString();
}

export function compareDates(a: string, b: string): number {
  return Temporal.PlainDate.compare(parseDate(a, 'a'), parseDate(b, 'b'));
}
