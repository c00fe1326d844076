import { Temporal } from 'temporal-polyfill';
import { PROGRAMS } from './catalog.ts';
import { parseDate } from './dates.ts';
import { staffingViolations } from './special-class.ts';
import type { StaffCounts } from './special-class.ts';
import { ProgramInputError, requireCount } from './violation.ts';
import type { Violation } from './violation.ts';

export interface PreschoolChild {
  id: string;
  dateOfBirth: string;
}

/**
 * The approved program's temporary increase to 13 seats when a committee recommended a
 * child and no seat existed; it lasts for the remainder of that school year.
 */
export interface TemporaryIncrease {
  recordedOn: string;
  /** The last day of the school year the increase was made in. */
  endsOn: string;
}

export interface PreschoolClassSection extends StaffCounts {
  children: readonly PreschoolChild[];
  /** Children present during instructional time; when not given, full enrollment is assumed. */
  attendance?: number;
  /** Related service providers or other staff assigned to the class besides the above. */
  otherStaff?: number;
  temporaryIncrease?: TemporaryIncrease;
  /** The commissioner's variance from the 36-month age range, when one is recorded. */
  ageRangeVariance?: { recordedOn: string };
}

const special = PROGRAMS['preschool-special-class'];
const { ratio } = special.limits;

function temporaryIncreaseActive(
  increase: TemporaryIncrease | undefined,
  asOf: Temporal.PlainDate,
): boolean {
  if (!increase) return false;
  const from = parseDate(increase.recordedOn, 'temporaryIncrease.recordedOn');
  const to = parseDate(increase.endsOn, 'temporaryIncrease.endsOn');
  if (Temporal.PlainDate.compare(to, from) < 0) {
    throw new ProgramInputError(
      'temporaryIncrease.endsOn',
      'must not be before temporaryIncrease.recordedOn',
    );
  }
  return Temporal.PlainDate.compare(from, asOf) <= 0 && Temporal.PlainDate.compare(asOf, to) <= 0;
}

/**
 * A preschool special class on `asOf` (PLAN, Special classes, preschool):
 * - at most 12 children with at least one teacher and one supplementary staff member, or 13
 *   while a temporary increase is in force for the rest of the school year (b)(1);
 * - whenever attendance during instructional time exceeds 12, another staff member (b)(1);
 * - a chronological age range of at most 36 months unless a variance is recorded (a).
 */
export function checkPreschoolClass(section: PreschoolClassSection, asOfDate: string): Violation[] {
  const asOf = parseDate(asOfDate, 'asOf');
  const children = new Set(section.children.map((c) => c.id)).size;
  const attendance = requireCount(section.attendance ?? children, 'attendance');
  const otherStaff = requireCount(section.otherStaff ?? 0, 'otherStaff');
  const increased = temporaryIncreaseActive(section.temporaryIncrease, asOf);
  const cap = increased ? special.limits.temporaryMaxStudents : ratio.maxStudents;
  const found: Violation[] = [];
  if (children > cap) {
    found.push({
      check: 'preschool-class-size',
      program: 'preschool-special-class',
      message: increased
        ? `This preschool special class has ${children} children; even with the temporary increase the limit is ${cap}.`
        : `This preschool special class has ${children} children; the limit is ${cap} unless a temporary increase to ${special.limits.temporaryMaxStudents} is recorded for the rest of the school year.`,
      citation: special.citation,
      facts: { children, maxChildren: cap, temporaryIncrease: increased },
    });
  }
  found.push(
    ...staffingViolations('preschool-special-class', ratio, special.citation, children, section),
  );
  const threshold = special.limits.extraStaffAboveAttendance;
  const baseStaff = ratio.teachers + ratio.supplementaryStaff.count;
  const staff = section.teachers + section.supplementaryStaff + otherStaff;
  if (attendance > threshold && staff < baseStaff + 1) {
    found.push({
      check: 'preschool-class-extra-staff',
      program: 'preschool-special-class',
      message: `${attendance} children are attending this preschool special class; above ${threshold}, another staff member must be assigned (${baseStaff + 1} staff in all), and ${staff} are recorded.`,
      citation: special.citation,
      facts: { attendance, staffRequired: baseStaff + 1, staff },
    });
  }
  return found.concat(ageRangeViolations(section, asOf));
}

function ageRangeViolations(section: PreschoolClassSection, asOf: Temporal.PlainDate): Violation[] {
  if (section.ageRangeVariance) return [];
  const births = section.children.map((c, i) => {
    const born = parseDate(c.dateOfBirth, `children[${i}].dateOfBirth`);
    if (Temporal.PlainDate.compare(born, asOf) > 0) {
      throw new ProgramInputError(`children[${i}].dateOfBirth`, 'must not be after asOf');
    }
    return born;
  });
  const sorted = births.sort((a, b) => Temporal.PlainDate.compare(a, b));
  const oldest = sorted[0];
  const youngest = sorted.at(-1);
  if (!oldest || !youngest) return [];
  const limit = special.limits.maxAgeRangeMonths;
  // Month arithmetic, not 30-day months: born 2021-03-15 and 2024-03-15 are exactly 36 months apart.
  if (Temporal.PlainDate.compare(youngest, oldest.add({ months: limit })) <= 0) return [];
  const range = oldest.until(youngest, { largestUnit: 'months' });
  return [
    {
      check: 'preschool-age-range',
      program: 'preschool-special-class',
      message: `The children in this preschool special class are ${range.months} months and ${range.days} days apart in age; the range may not exceed ${limit} months unless a variance is recorded.`,
      citation: special.citation,
      facts: {
        rangeMonths: range.months,
        rangeDays: range.days,
        maxAgeRangeMonths: limit,
        oldestBorn: oldest.toString(),
        youngestBorn: youngest.toString(),
      },
    },
  ];
}

/** How much of a preschool program a child's IEP recommends. */
export interface PreschoolServiceLevel {
  program: 'preschool-special-class' | 'preschool-residential';
  minutesPerDay: number;
  daysPerWeek: number;
}

/**
 * Preschool special class: "not less than two and one half hours per day, two days per week";
 * in-state residential: "a minimum of five hours per day, five days per week" (PLAN, Special
 * classes (c) and (iv)).
 */
export function checkPreschoolServiceLevel(service: PreschoolServiceLevel): Violation[] {
  const { citation, limits, label } = PROGRAMS[service.program];
  const minutes = requireCount(service.minutesPerDay, 'minutesPerDay');
  const days = requireCount(service.daysPerWeek, 'daysPerWeek');
  if (minutes >= limits.minMinutesPerDay && days >= limits.minDaysPerWeek) return [];
  return [
    {
      check: 'preschool-service-level',
      program: service.program,
      message: `${label} is recommended for ${minutes} minutes a day, ${days} days a week; the minimum is ${limits.minMinutesPerDay} minutes a day, ${limits.minDaysPerWeek} days a week.`,
      citation,
      facts: {
        minutesPerDay: minutes,
        daysPerWeek: days,
        minMinutesPerDay: limits.minMinutesPerDay,
        minDaysPerWeek: limits.minDaysPerWeek,
      },
    },
  ];
}

export interface PreschoolResidential {
  minutesPerDay: number;
  daysPerWeek: number;
  /** The commissioner's approval of the placement (8 NYCRR 200.6(j)), when recorded. */
  commissionerApproval?: { recordedOn: string };
}

/** In-state residential: the service level above, and the placement approved by the commissioner (PLAN, Special classes (iv)). */
export function checkPreschoolResidential(placement: PreschoolResidential): Violation[] {
  const found = checkPreschoolServiceLevel({ program: 'preschool-residential', ...placement });
  if (placement.commissionerApproval) {
    parseDate(placement.commissionerApproval.recordedOn, 'commissionerApproval.recordedOn');
    return found;
  }
  return found.concat({
    check: 'preschool-residential-approval',
    program: 'preschool-residential',
    message: "A preschool residential placement needs the commissioner's approval recorded.",
    citation: PROGRAMS['preschool-residential'].citation,
    facts: { commissionerApprovalRecorded: false },
  });
}
