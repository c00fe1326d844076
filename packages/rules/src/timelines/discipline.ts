import { countBetween, countForward, isDayOfKind } from '../calendar/count.ts';
import { addHours, dayOfTimestamp, isoDate, type Day } from '../calendar/days.ts';
import type { CaseEvent } from './case.ts';
import { after, check, deadline, describe, dueOn, informational } from './deadline.ts';
import type { Entry, RuleContext, RuleDefinition } from './types.ts';

/** Discipline: notice of a short suspension, removals, the 10-day rule and special circumstances. */

/** "to receive written notice within 24 hours of a proposed suspension of five school days or less". */
export const suspensionWrittenNotice: RuleDefinition = {
  id: 'suspension-written-notice',
  citation: 'PSN, Rights that apply to all students',
  evaluate: (ctx) =>
    ctx.of('suspension-proposed').map((proposed) => {
      const dueAt = addHours(proposed.at, 24);
      const entry = informational(
        ctx,
        suspensionWrittenNotice,
        proposed,
        dueOn(dayOfTimestamp(dueAt), () => `24 hours after ${proposed.type}`),
      );
      entry.dueAt = dueAt;
      return entry;
    }),
};

/** "Within 10 school days of any decision to change the placement ... the school district ... must review" (manifestation). */
export const manifestationDetermination: RuleDefinition = {
  id: 'manifestation-determination',
  citation: 'PSN, Manifestation determination',
  evaluate: (ctx) =>
    ctx
      .of('change-of-placement-decision')
      .map((decision) =>
        deadline(ctx, manifestationDetermination, decision, after(ctx, 'school', 10, decision), [
          'manifestation-review-held',
        ]),
      ),
};

/** A removal as a run of school-day ordinals (1 = the calendar's first school day). */
export interface RemovalSpan {
  readonly removal: CaseEvent<'removal'>;
  readonly first: number;
  readonly last: number;
}

/** A removal starts on its date, or the next school day when that date is not one. */
const NO_SPANS: readonly RemovalSpan[] = [];

export function removalSpans(ctx: RuleContext): readonly RemovalSpan[] {
  const removals = ctx.of('removal');
  if (removals.length === 0) return NO_SPANS;
  return ctx.memo('removals', () =>
    removals.map((removal) => {
      const firstDay = isDayOfKind(ctx.calendar, 'school', removal.day)
        ? removal.day
        : countForward(ctx.calendar, 'school', removal.day, 1);
      const first = schoolOrdinal(ctx, firstDay);
      return { removal, first, last: first + removal.schoolDays - 1 };
    }),
  );
}

function schoolOrdinal(ctx: RuleContext, d: Day): number {
  return countBetween(ctx.calendar, 'school', (ctx.calendar.start - 1) as Day, d);
}

export function schoolDayAt(ctx: RuleContext, ordinal: number): Day {
  return countForward(ctx.calendar, 'school', (ctx.calendar.start - 1) as Day, ordinal);
}

/** Per school year of the calendar, the ordinal range of its school days. */
function yearRanges(ctx: RuleContext): { id: string; first: number; last: number }[] {
  return ctx.calendar.years.map((y) => ({
    id: y.id,
    first: schoolOrdinal(ctx, (y.first - 1) as Day) + 1,
    last: schoolOrdinal(ctx, y.last),
  }));
}

/** The school day on which the cumulative count of removal days in a year reaches `n`. */
export function cumulativeRemovalDay(
  ctx: RuleContext,
  n: number,
): { year: string; ordinal: number; span: RemovalSpan }[] {
  const found: { year: string; ordinal: number; span: RemovalSpan }[] = [];
  if (removalSpans(ctx).length === 0) return found;
  const spans = [...removalSpans(ctx)].sort((a, b) => a.first - b.first);
  for (const year of yearRanges(ctx)) {
    let total = 0;
    for (const span of spans) {
      const lo = Math.max(span.first, year.first);
      const hi = Math.min(span.last, year.last);
      if (hi < lo) continue;
      if (total + (hi - lo + 1) >= n) {
        found.push({ year: year.id, ordinal: lo + (n - total) - 1, span });
        break;
      }
      total += hi - lo + 1;
    }
  }
  return found;
}

/**
 * "Once a child with a disability has been removed ... for a total of 10 school days in the same
 * school year, the school district must, during any subsequent days of removal in that school
 * year, provide services": due is the 11th cumulative school day of removal in the year.
 */
export const removalServicesRequired: RuleDefinition = {
  id: 'removal-services-required',
  citation: 'PSN, Authority of school personnel',
  evaluate: (ctx) =>
    cumulativeRemovalDay(ctx, 11).map(({ year, ordinal, span }) =>
      informational(
        ctx,
        removalServicesRequired,
        span.removal,
        dueOn(
          schoolDayAt(ctx, ordinal),
          () =>
            `the 11th cumulative school day of removal in school year ${year} (during ${describe(span.removal)})`,
        ),
      ),
    ),
};

/** "school personnel may remove a student to an IAES ... for up to 45 school days, if the child" carries a weapon, has drugs, or inflicts serious bodily injury. */
export const iaesSpecialCircumstancesEnd: RuleDefinition = {
  id: 'iaes-special-circumstances-end',
  citation: 'PSN, Special circumstances',
  evaluate: (ctx) =>
    removalSpans(ctx)
      .filter((s) => s.removal.reason !== 'conduct')
      .map((span) =>
        informational(
          ctx,
          iaesSpecialCircumstancesEnd,
          span.removal,
          dueOn(
            schoolDayAt(ctx, span.first + 44),
            () =>
              `the 45th school day of removal counted from ${isoDate(schoolDayAt(ctx, span.first))} (reason: ${span.removal.reason})`,
          ),
        ),
      ),
};

/**
 * Check: "a change of placement occurs if the removal is for more than 10 school days in a row;
 * or ... a series of removals that constitute a pattern" (more than 10 in a school year, similar
 * behavior, length, proximity). The first is a fact (`met`, finding `change-of-placement`); the
 * pattern is the district's decision (`needs-determination`, finding `possible-pattern`).
 */
export const changeOfPlacement: RuleDefinition = {
  id: 'change-of-placement',
  citation: 'PSN, Change of placement because of disciplinary removals',
  evaluate: (ctx) => {
    const entries: Entry[] = [];
    for (const span of removalSpans(ctx)) {
      const { removal } = span;
      if (removal.schoolDays > 10) {
        entries.push(
          check(
            changeOfPlacement,
            removal,
            schoolDayAt(ctx, span.first),
            'met',
            'change-of-placement',
            () =>
              `${describe(removal)} lasts ${removal.schoolDays} school days in a row (more than 10)`,
          ),
        );
      }
    }
    for (const { year, ordinal, span } of cumulativeRemovalDay(ctx, 11)) {
      const { removal } = span;
      if (removal.schoolDays > 10) continue; // already a change of placement on its own
      entries.push(
        check(
          changeOfPlacement,
          removal,
          schoolDayAt(ctx, ordinal),
          'needs-determination',
          'possible-pattern',
          () =>
            `removals total more than 10 school days in school year ${year} (the 11th during ${describe(removal)}); ` +
            'whether they are a pattern (similar behavior, length of each removal, total time, proximity) is for the district to decide',
        ),
      );
    }
    return entries;
  },
};

export const DISCIPLINE_RULES = [
  suspensionWrittenNotice,
  manifestationDetermination,
  removalServicesRequired,
  iaesSpecialCircumstancesEnd,
  changeOfPlacement,
];
