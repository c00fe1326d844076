import { PROGRAMS } from './catalog.ts';
import { requireAmount } from './violation.ts';
import type { Violation } from './violation.ts';

/** Where SEIT is delivered (PLAN, Special Education Itinerant Services: a site the board determines). */
export type SeitSite =
  | 'approved-pre-k-or-head-start'
  | 'home'
  | 'parent-arranged-care-setting'
  | 'hospital'
  | 'state-facility'
  | 'child-care-location';

/** One child's SEIT recommendation. */
export interface SeitService {
  minutesPerWeek: number;
  site: SeitSite;
  transportation: boolean;
}

/** One SEIT's caseload: the students with disabilities assigned to the teacher. */
export interface SeitCaseload {
  studentIds: readonly string[];
}

const { citation, limits } = PROGRAMS.seit;

/**
 * "(b) the level of this service should not be less than two hours per week" and "(e) ... in
 * the preschool student's home or another care setting to which the parent has made ...
 * arrangements, no transportation shall be indicated" (PLAN, Special Education Itinerant
 * Services).
 */
export function checkSeitService(service: SeitService): Violation[] {
  const minutes = requireAmount(service.minutesPerWeek, 'minutesPerWeek');
  const found: Violation[] = [];
  if (minutes < limits.minMinutesPerWeek) {
    found.push({
      check: 'seit-weekly-service',
      program: 'seit',
      message: `SEIT is recommended for ${minutes} minutes a week; the minimum is 2 hours (${limits.minMinutesPerWeek} minutes) a week.`,
      citation,
      facts: { minutesPerWeek: minutes, minMinutesPerWeek: limits.minMinutesPerWeek },
    });
  }
  const atHome = service.site === 'home' || service.site === 'parent-arranged-care-setting';
  if (atHome && service.transportation) {
    found.push({
      check: 'seit-transportation',
      program: 'seit',
      message:
        'SEIT delivered at home or in a care setting the parent arranged must not indicate transportation.',
      citation,
      facts: { site: service.site, transportation: true },
    });
  }
  return found;
}

/** "(c) the total number of students with disabilities assigned to the special education teacher should not exceed 20" (PLAN, Special Education Itinerant Services). */
export function checkSeitCaseload(caseload: SeitCaseload): Violation[] {
  const students = new Set(caseload.studentIds).size;
  if (students <= limits.maxCaseload) return [];
  return [
    {
      check: 'seit-caseload',
      program: 'seit',
      message: `This SEIT has ${students} students with disabilities assigned; the limit is ${limits.maxCaseload}.`,
      citation,
      facts: { students, maxCaseload: limits.maxCaseload },
    },
  ];
}
