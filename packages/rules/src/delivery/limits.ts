import { isoDate, type Day } from '../calendar/days.ts';
import type { CompiledCalendar } from '../calendar/compile.ts';
import type { CheckId, Violation } from '../programs/violation.ts';
import { PROGRAMS, type ProgramDefinition } from '../programs/catalog.ts';
import { checkSeitCaseload } from '../programs/seit.ts';
import { inEffectAllWeek } from './mandate.ts';
import type { DeliveryService } from './service-days.ts';
import type { DeliverySession } from './totals.ts';
import { deliveryTotals } from './totals.ts';

/**
 * The program limits of programs.md applied to what was actually delivered: the catalog's
 * numbers (programs/catalog.ts) against logged sessions and real caseloads.
 */

/** The weekly minimum each program states, with the check that reports it. */
const weeklyMinimumCheck: Partial<Record<DeliveryService['program'], CheckId>> = {
  // PLAN, Resource Room: "Students shall not receive less than three hours of instruction per week."
  'resource-room': 'resource-room-weekly-instruction',
  // PLAN, Special Education Itinerant Services (b): "not be less than two hours per week".
  seit: 'seit-weekly-service',
};

/**
 * Weekly minimums on delivered time (delivered + make-up minutes): for each week given (the
 * complete school weeks of window.ts) in which the service was in effect on every school day,
 * a week below the program's minimum is a violation. A week the service only partly covered
 * (it started or ended within it) is not judged.
 */
export function checkWeeklyMinimums(
  cal: CompiledCalendar,
  service: DeliveryService,
  sessions: readonly DeliverySession[],
  mondays: readonly Day[],
): Violation[] {
  const check = weeklyMinimumCheck[service.program];
  const definition: ProgramDefinition = PROGRAMS[service.program];
  const minimum = definition.limits.minMinutesPerWeek;
  if (!check || minimum === undefined) return [];
  return mondays.flatMap((monday) => {
    if (!inEffectAllWeek(cal, service, monday)) return [];
    const totals = deliveryTotals(cal, service, sessions, monday, (monday + 6) as Day);
    const minutes = totals.delivered + totals.makeUp;
    if (minutes >= minimum) return [];
    return [
      {
        check,
        program: service.program,
        message: `In the week of ${isoDate(monday)}, ${minutes} minutes of ${definition.label} were delivered; the minimum is ${minimum / 60} hours (${minimum} minutes) a week.`,
        citation: definition.citation,
        facts: {
          serviceId: service.id,
          weekOf: isoDate(monday),
          minutesDelivered: minutes,
          minMinutesPerWeek: minimum,
        },
      },
    ];
  });
}

/**
 * Group sizes of delivered and make-up sessions: a resource room holds at most 5 students at
 * any one time (PLAN, Resource Room); a related service is given in groups no larger than the
 * IEP says (PLAN, Related Services; the catalog's `groupSizeFromIep`). The session's logged
 * group size is the group the provider saw. programs/related-services.ts checks a session of
 * known participants; a log holds one student's count, so it is compared here.
 */
export function checkSessionGroupSizes(
  service: DeliveryService,
  sessions: readonly DeliverySession[],
): Violation[] {
  const definition: ProgramDefinition = PROGRAMS[service.program];
  const { maxStudentsAtOnce, groupSizeFromIep } = definition.limits;
  return sessions.flatMap((s): Violation[] => {
    if (s.status === 'missed') return [];
    if (maxStudentsAtOnce !== undefined && s.groupSize > maxStudentsAtOnce) {
      return [
        {
          check: 'resource-room-group-size',
          program: service.program,
          message: `The session of ${isoDate(s.date)} had a group of ${s.groupSize}; the limit is ${maxStudentsAtOnce} at any one time.`,
          citation: definition.citation,
          facts: {
            serviceId: service.id,
            sessionDate: isoDate(s.date),
            groupSize: s.groupSize,
            maxStudents: maxStudentsAtOnce,
          },
        },
      ];
    }
    if (groupSizeFromIep && s.groupSize > service.groupSize) {
      return [
        {
          check: 'related-service-group-size',
          program: service.program,
          message: `The session of ${isoDate(s.date)} had a group of ${s.groupSize}; the IEP allows a group of at most ${service.groupSize}.`,
          citation: definition.citation,
          facts: {
            serviceId: service.id,
            sessionDate: isoDate(s.date),
            groupSize: s.groupSize,
            iepGroupSize: service.groupSize,
          },
        },
      ];
    }
    return [];
  });
}

/** One SEIT's caseload: the students of their active SEIT assignments. */
export interface SeitAssignmentCaseload {
  staffId: string;
  studentIds: readonly string[];
}

/**
 * "(c) the total number of students with disabilities assigned to the special education
 * teacher should not exceed 20" (PLAN, Special Education Itinerant Services), on the
 * assignments as they stand: programs/seit.ts's check, with the teacher named in the facts.
 */
export function checkSeitCaseloads(caseloads: readonly SeitAssignmentCaseload[]): Violation[] {
  return caseloads.flatMap((c) =>
    checkSeitCaseload({ studentIds: c.studentIds }).map((v) => ({
      ...v,
      facts: { ...v.facts, staffId: c.staffId },
    })),
  );
}
