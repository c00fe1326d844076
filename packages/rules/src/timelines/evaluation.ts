import { countBetween } from '../calendar/count.ts';
import { currentOrNextYearIndex } from '../calendar/compile.ts';
import { civilFromDay, dayFromCivil, isoDate } from '../calendar/days.ts';
import { CalendarCoverageError } from '../calendar/errors.ts';
import type { CaseEvent } from './case.ts';
import { after, deadline, describe, dueOn, notApplicable, type Counted } from './deadline.ts';
import type { EventRef, RuleContext, RuleDefinition } from './types.ts';

/**
 * School-age evaluation timelines of the PSN's New York City addendum: 60 school days
 * (workdays during the summer) from consent or a reevaluation request to arranged services,
 * 30 more for a non-public school recommendation, and the P-1 letter.
 */

const SCHOOL_AGE = ['school-age'] as const;

export const initialEvaluationToServices: RuleDefinition = {
  id: 'initial-evaluation-to-services',
  citation: 'PSN NYC addendum, Initial Evaluation',
  nycOnly: true,
  levels: SCHOOL_AGE,
  evaluate: (ctx) =>
    ctx
      .of('consent-initial-evaluation')
      .map((consent) =>
        deadline(
          ctx,
          initialEvaluationToServices,
          consent,
          after(ctx, 'school-summer-workday', 60, consent),
          ['services-arranged'],
        ),
      ),
};

export const initialNonpublicArrangement: RuleDefinition = {
  id: 'initial-nonpublic-arrangement',
  citation: 'PSN NYC addendum, Initial Evaluation (approved non-public school program)',
  nycOnly: true,
  levels: SCHOOL_AGE,
  evaluate: (ctx) =>
    ctx
      .of('cse-meeting')
      .filter((meeting) => meeting.recommendsNonpublicSchool)
      .map((meeting) =>
        deadline(
          ctx,
          initialNonpublicArrangement,
          meeting,
          after(ctx, 'school-summer-workday', 30, meeting),
          ['services-arranged'],
        ),
      ),
};

export const reevaluationToServices: RuleDefinition = {
  id: 'reevaluation-to-services',
  citation: 'PSN NYC addendum, Reevaluation',
  nycOnly: true,
  levels: SCHOOL_AGE,
  evaluate: (ctx) =>
    ctx
      .of('reevaluation-requested')
      .map((request) =>
        deadline(
          ctx,
          reevaluationToServices,
          request,
          after(ctx, 'school-summer-workday', 60, request),
          ['services-arranged'],
        ),
      ),
};

export const p1Letter: RuleDefinition = {
  id: 'p1-letter',
  citation: 'PSN NYC addendum, P-1 Letter',
  nycOnly: true,
  levels: SCHOOL_AGE,
  evaluate: (ctx) => {
    const triggers: EventRef[] = [
      ...ctx.of('consent-initial-evaluation'),
      ...ctx.of('reevaluation-requested'),
    ];
    return triggers.map((trigger) => {
      const specialClass = ctx
        .of('cse-meeting')
        .find((m) => m.day >= trigger.day && m.recommendsSpecialClass);
      if (!specialClass) {
        return notApplicable(
          p1Letter,
          trigger,
          () => `no cse-meeting after ${describe(trigger)} has recommended a special class`,
        );
      }
      return deadline(ctx, p1Letter, trigger, p1Due(ctx, trigger, specialClass), [
        'placement-offered',
      ]);
    });
  },
};

/**
 * "within 60 school days ... during the school year, or by August 15 for the upcoming school
 * year": when the 60th school day would fall after the trigger's school year (the year under
 * way, or the next one when the trigger falls in summer), the offer is due August 15.
 */
function p1Due(ctx: RuleContext, trigger: EventRef, meeting: CaseEvent<'cse-meeting'>): Counted {
  const year = ctx.calendar.years[currentOrNextYearIndex(ctx.calendar, trigger.day)];
  if (!year) return after(ctx, 'school', 60, trigger); // throws the coverage error
  const left = countBetween(ctx.calendar, 'school', trigger.day, year.last);
  if (left >= 60) {
    const counted = after(ctx, 'school', 60, trigger);
    return dueOn(counted.due, () => `${counted.basis()}; ${specialClassAt(meeting)}`);
  }
  const august15 = dayFromCivil(civilFromDay(year.last).year, 8, 15);
  if (august15 <= year.last)
    throw new CalendarCoverageError(
      `school year ${year.id} ends after August 15; the P-1 letter date cannot be placed`,
    );
  return dueOn(
    august15,
    () =>
      `60 school days after ${describe(trigger)} would run past ${isoDate(year.last)}, the last day of school year ` +
      `${year.id} (${left} school days left), so the offer is due August 15 before the next school year; ${specialClassAt(meeting)}`,
  );
}

function specialClassAt(meeting: CaseEvent<'cse-meeting'>): string {
  return `special class recommended at cse-meeting on ${isoDate(meeting.day)}`;
}

export const EVALUATION_RULES = [
  initialEvaluationToServices,
  initialNonpublicArrangement,
  reevaluationToServices,
  p1Letter,
];
