import { isoDate } from '../calendar/days.ts';
import { CalendarCoverageError } from '../calendar/errors.ts';
import { after, deadline, dueOn, type Counted } from './deadline.ts';
import type { EventRef, RuleContext, RuleDefinition } from './types.ts';

/**
 * Preschool (age 3-5) timelines of the PSN's NYC addendum. They restate State rules, so they
 * apply under every profile.
 */

const PRESCHOOL = ['preschool'] as const;

/** "within 20 school days from your first evaluation appointment, when you sign the consent". */
export const preschoolEvaluation: RuleDefinition = {
  id: 'preschool-evaluation',
  citation: 'PSN NYC addendum, Preschool Timelines, Initial Evaluation',
  levels: PRESCHOOL,
  evaluate: (ctx) =>
    ctx.of('consent-initial-evaluation').map((consent) => {
      const appointment = ctx.of('first-evaluation-appointment').find((a) => a.day >= consent.day);
      const start: EventRef = appointment ?? consent;
      return deadline(ctx, preschoolEvaluation, start, after(ctx, 'school', 20, start), [
        'evaluation-completed',
      ]);
    }),
};

/** "The CPSE must hold a CPSE meeting within 60 calendar days from the date you sign the consent". */
export const cpseMeeting: RuleDefinition = {
  id: 'cpse-meeting',
  citation: 'PSN NYC addendum, Preschool Timelines, Initial Evaluation',
  levels: PRESCHOOL,
  evaluate: (ctx) =>
    ctx
      .of('consent-initial-evaluation')
      .map((consent) =>
        deadline(ctx, cpseMeeting, consent, after(ctx, 'calendar', 60, consent), ['cpse-meeting']),
      ),
};

/**
 * "services must be made available no later than 30 school days from the date of the CPSE
 * meeting or within 60 school days of the date you signed the consent ..., whichever is first or
 * by the first day of age eligibility": the earlier count, never before age eligibility.
 */
export const preschoolServices: RuleDefinition = {
  id: 'preschool-services',
  citation: 'PSN NYC addendum, Preschool Timelines, Initial Evaluation',
  levels: PRESCHOOL,
  evaluate: (ctx) =>
    ctx.of('consent-initial-evaluation').map((consent) => {
      const meeting = ctx.of('cpse-meeting').find((m) => m.day >= consent.day);
      const fromConsent = tryAfter(ctx, 60, consent);
      const fromMeeting = meeting ? tryAfter(ctx, 30, meeting) : undefined;
      let counted = earlier(fromConsent, fromMeeting);
      const eligible = ctx.of('age-eligibility-start')[0];
      if (eligible && eligible.day > counted.due) {
        const earliest = counted;
        counted = dueOn(
          eligible.day,
          () => `${earliest.basis()}; not before age-eligibility-start on ${isoDate(eligible.day)}`,
        );
      }
      return deadline(ctx, preschoolServices, consent, counted, ['services-arranged']);
    }),
};

/** "... arrange for the programs and services ... within 60 school days of the request for reevaluation". */
export const preschoolReevaluationToServices: RuleDefinition = {
  id: 'preschool-reevaluation-to-services',
  citation: 'PSN NYC addendum, Preschool Timelines, Reevaluation',
  levels: PRESCHOOL,
  evaluate: (ctx) =>
    ctx
      .of('reevaluation-requested')
      .map((request) =>
        deadline(ctx, preschoolReevaluationToServices, request, after(ctx, 'school', 60, request), [
          'services-arranged',
        ]),
      ),
};

/** A count that may run past the calendar; such a count is later than any count inside it. */
function tryAfter(ctx: RuleContext, n: number, from: EventRef): Counted | CalendarCoverageError {
  try {
    return after(ctx, 'school', n, from);
  } catch (error) {
    if (error instanceof CalendarCoverageError) return error;
    throw error;
  }
}

function earlier(
  a: Counted | CalendarCoverageError,
  b: Counted | CalendarCoverageError | undefined,
): Counted {
  if (b === undefined) {
    if (a instanceof CalendarCoverageError) throw a;
    return a;
  }
  if (a instanceof CalendarCoverageError) {
    if (b instanceof CalendarCoverageError) throw a;
    return dueOn(
      b.due,
      () =>
        `${b.basis()} (earlier than 60 school days after consent, which runs past the calendar)`,
    );
  }
  if (b instanceof CalendarCoverageError || a.due <= b.due) {
    return dueOn(a.due, () => `${a.basis()}, the earlier of the two counts`);
  }
  return dueOn(b.due, () => `${b.basis()}, earlier than ${a.basis()}`);
}

export const PRESCHOOL_RULES = [
  preschoolEvaluation,
  cpseMeeting,
  preschoolServices,
  preschoolReevaluationToServices,
];
