import { CalendarCoverageError, RuleInputError } from '../calendar/errors.ts';
import type { CompiledCalendar } from '../calendar/compile.ts';
import { countBetween, countForward } from '../calendar/count.ts';
import { isoDate, parseIsoDate } from '../calendar/days.ts';
import type { Day } from '../calendar/days.ts';
import type { ImplementerRole } from './implementers.ts';
import { coversService, IMPLEMENTERS_CITATION } from './implementers.ts';

/**
 * Is an IEP ready to be carried out when it starts (PREK, Accessibility and Storage)?
 *
 * - "Prior to initiation of IEP recommendations, all staff who are responsible for implementing
 *   the IEP, either in whole or in part, must be provided with electronic access to or a paper
 *   copy of the IEP": every service has an implementer, and each implementer can open the IEP
 *   in the product by the implementation date (their assignment has started and not ended,
 *   their account is set up and not disabled).
 * - "The preschool program leader ... or designee must review the IEP with each classroom
 *   teacher, related service provider ... and explain their responsibilities"; "the classroom
 *   teacher or other provider ... is responsible for reviewing the IEP with the
 *   paraprofessional(s) ... upon request": each implementer's review of the version in effect
 *   is recorded and confirmed by them, and no paraprofessional's request is left unanswered.
 *
 * Pure: the caller passes today (`asOf`) and the district's compiled school calendar.
 */

export const ACCESS_CITATION = `${IMPLEMENTERS_CITATION} (access before initiation of IEP recommendations)`;
export const LEADER_REVIEW_CITATION = `${IMPLEMENTERS_CITATION} (the program leader or designee reviews the IEP with each teacher and provider)`;
export const PARAPROFESSIONAL_REVIEW_CITATION = `${IMPLEMENTERS_CITATION} (the classroom teacher or other provider reviews the IEP with each paraprofessional, upon request)`;

/** How the person's sign-in account stands: set up, never set up (no password), disabled. */
export type AccountState = 'active' | 'not-set-up' | 'disabled';

/** One implementer assignment of the IEP, current or ended. */
export interface ReadinessAssignment {
  id: string;
  staffId: string;
  role: ImplementerRole;
  /** The service keys of the parts they implement; empty for the whole IEP. */
  services: readonly string[];
  /** The day their access starts (YYYY-MM-DD). */
  startsOn: string;
  ended: boolean;
  account: AccountState;
  /** Their review of the version in effect: none, recorded but not confirmed, confirmed. */
  review: 'none' | 'unconfirmed' | 'confirmed';
  /** A paraprofessional's request for a review that no review has answered yet. */
  openRequest: boolean;
}

export interface ReadinessIep {
  /** The projected implementation date of the version in effect, when it has one. */
  implementationDate: string | null;
  /** The service keys of the version in effect (iep/service-key.ts). */
  serviceKeys: readonly string[];
  assignments: readonly ReadinessAssignment[];
}

export interface ReadinessBasis {
  /** Today (YYYY-MM-DD): the rules read no clock. */
  asOf: string;
  /** The district's school calendar; null when it has none (nothing can be counted). */
  calendar: CompiledCalendar | null;
  /** An IEP starts soon when it starts within this many school days (the district's setting). */
  windowSchoolDays: number;
}

export type AssignmentProblemCode =
  | 'access-starts-late'
  | 'access-ended'
  | 'account-not-set-up'
  | 'account-disabled'
  | 'not-reviewed'
  | 'review-not-confirmed'
  | 'review-requested';

export type ReadinessProblem =
  | { code: 'no-implementers'; citation: string }
  | { code: 'service-unassigned'; serviceKey: string; citation: string }
  | { code: AssignmentProblemCode; assignmentId: string; citation: string };
export type ReadinessProblemCode = ReadinessProblem['code'];

/**
 * When the IEP starts, seen from today: within the window (`starting-soon`), already
 * (`started`), later, with no implementation date (`undated`), or in the future beyond what the
 * calendar lets us count (`uncounted`).
 */
export type ReadinessTiming = 'starting-soon' | 'started' | 'later' | 'undated' | 'uncounted';

export interface IepReadiness {
  timing: ReadinessTiming;
  /** School days from today to the implementation date, when it is ahead and countable. */
  schoolDaysUntil: number | null;
  /**
   * Whether the readiness list shows the IEP: every IEP starting soon, and any other that has a
   * problem (started, undated or uncountable), never one that starts later.
   */
  listed: boolean;
  problems: ReadinessProblem[];
}

function dayOf(text: string, what: string): Day {
  const d = parseIsoDate(text);
  if (d === null)
    throw new RuleInputError([{ field: what, message: `not a date YYYY-MM-DD: ${text}` }]);
  return d;
}

/** The last day of the window (the Nth school day after today), or null if it cannot be counted. */
export function startingSoonThrough(basis: ReadinessBasis): string | null {
  if (basis.calendar === null) return null;
  try {
    return isoDate(
      countForward(basis.calendar, 'school', dayOf(basis.asOf, 'asOf'), basis.windowSchoolDays),
    );
  } catch (error) {
    if (error instanceof CalendarCoverageError) return null;
    throw error;
  }
}

function schoolDaysBetween(calendar: CompiledCalendar, from: Day, to: Day): number | null {
  try {
    return countBetween(calendar, 'school', from, to);
  } catch (error) {
    if (error instanceof CalendarCoverageError) return null;
    throw error;
  }
}

export function checkDistributionReadiness(basis: ReadinessBasis, iep: ReadinessIep): IepReadiness {
  const today = dayOf(basis.asOf, 'asOf');
  const start =
    iep.implementationDate === null ? null : dayOf(iep.implementationDate, 'implementationDate');
  const through = startingSoonThrough(basis);
  let timing: ReadinessTiming;
  let schoolDaysUntil: number | null = null;
  if (start === null) timing = 'undated';
  else if (start <= today) timing = 'started';
  else {
    schoolDaysUntil = basis.calendar ? schoolDaysBetween(basis.calendar, today, start) : null;
    if (through === null) timing = 'uncounted';
    else timing = start <= dayOf(through, 'through') ? 'starting-soon' : 'later';
  }

  const problems: ReadinessProblem[] = [];
  const current = iep.assignments.filter((a) => !a.ended);
  if (current.length === 0) {
    problems.push({ code: 'no-implementers', citation: ACCESS_CITATION });
  } else {
    for (const key of iep.serviceKeys) {
      if (!current.some((a) => coversService(a, key))) {
        problems.push({ code: 'service-unassigned', serviceKey: key, citation: ACCESS_CITATION });
      }
    }
  }
  // Access is needed by the implementation date, or from today once that has passed.
  const neededBy = start === null || start < today ? today : start;
  const flag = (a: ReadinessAssignment, code: AssignmentProblemCode, citation = ACCESS_CITATION) =>
    problems.push({ code, assignmentId: a.id, citation });
  for (const a of current) {
    if (dayOf(a.startsOn, 'startsOn') > neededBy) flag(a, 'access-starts-late');
    if (a.account === 'not-set-up') flag(a, 'account-not-set-up');
    if (a.account === 'disabled') flag(a, 'account-disabled');
    const reviewCitation =
      a.role === 'paraprofessional' ? PARAPROFESSIONAL_REVIEW_CITATION : LEADER_REVIEW_CITATION;
    if (a.review === 'none') flag(a, 'not-reviewed', reviewCitation);
    if (a.review === 'unconfirmed') flag(a, 'review-not-confirmed', reviewCitation);
    if (a.openRequest) flag(a, 'review-requested', PARAPROFESSIONAL_REVIEW_CITATION);
  }
  // An ended assignment matters while nobody has taken over what it covered: the person lost
  // access and the part they carried has no one with access now. A handover is no problem.
  for (const a of iep.assignments) {
    if (!a.ended || current.some((c) => c.staffId === a.staffId)) continue;
    const left =
      a.role === 'paraprofessional' && a.services.length === 0
        ? !current.some((c) => c.role === 'paraprofessional')
        : iep.serviceKeys.some(
            (key) => coversService(a, key) && !current.some((c) => coversService(c, key)),
          );
    if (left) flag(a, 'access-ended');
  }

  const listed = timing === 'starting-soon' || (timing !== 'later' && problems.length > 0);
  return { timing, schoolDaysUntil, listed, problems };
}
