import { countBackward, countForward, nonInstructionalBetween } from '../calendar/count.ts';
import { currentOrNextYearIndex } from '../calendar/compile.ts';
import { isoDate, type Day } from '../calendar/days.ts';
import { DAY_KIND_LABEL, type DayKind } from '../calendar/kinds.ts';
import type { EventType } from './case.ts';
import type { Entry, EventRef, RuleContext, RuleDefinition, Status } from './types.ts';

/** A due date with the plain-language account of how it was counted. */
export interface Counted {
  readonly due: Day;
  readonly basis: string;
}

/** "`n` days of `kind` after `from`", with what the count skipped, for the basis text. */
export function after(ctx: RuleContext, kind: DayKind, n: number, from: EventRef): Counted {
  const due = countForward(ctx.calendar, kind, from.day, n);
  return { due, basis: `${n} ${DAY_KIND_LABEL[kind]} after ${describe(from)}${skipped(ctx, kind, from.day, due)}` };
}

/** "`n` days of `kind` before `to`": the latest date that leaves n such days before it. */
export function before(ctx: RuleContext, kind: DayKind, n: number, to: EventRef): Counted {
  const due = countBackward(ctx.calendar, kind, to.day, n);
  return { due, basis: `${n} ${DAY_KIND_LABEL[kind]} before ${describe(to)}${skipped(ctx, kind, due, to.day)}` };
}

export function describe(e: EventRef): string {
  return `${e.type} on ${isoDate(e.day)}`;
}

function skipped(ctx: RuleContext, kind: DayKind, from: Day, to: Day): string {
  if (kind !== 'school' && kind !== 'school-summer-workday') return '';
  const n = nonInstructionalBetween(ctx.calendar, from, to);
  let text = n > 0 ? `; ${n} non-instructional day${n === 1 ? '' : 's'} skipped` : '';
  if (kind === 'school-summer-workday') {
    const year = ctx.calendar.years[currentOrNextYearIndex(ctx.calendar, from)];
    if (year && to > year.last) {
      const firstSummerWorkday = countForward(ctx.calendar, 'workday', year.last, 1);
      text += `; summer workdays counted from ${isoDate(firstSummerWorkday)}`;
    }
  }
  return text;
}

/** The first event of the satisfying types on or after the trigger that has happened by asOf. */
export function firstSatisfying(ctx: RuleContext, types: readonly EventType[], from: Day): EventRef | undefined {
  let found: EventRef | undefined;
  for (const type of types) {
    for (const e of ctx.of(type)) {
      if (e.day >= from && e.day <= ctx.asOf) {
        if (!found || e.day < found.day) found = e;
        break;
      }
    }
  }
  return found;
}

/** A deadline met by an event: `met`, `late`, `open` or `overdue` on asOf. */
export function deadline(
  ctx: RuleContext,
  rule: RuleDefinition,
  trigger: EventRef,
  counted: Counted,
  satisfiedBy: readonly EventType[],
): Entry {
  const satisfied = firstSatisfying(ctx, satisfiedBy, trigger.day);
  return {
    rule: rule.id,
    kind: 'deadline',
    due: counted.due,
    status: statusOf(ctx.asOf, counted.due, satisfied?.day),
    citation: rule.citation,
    basis: counted.basis,
    trigger: { type: trigger.type, day: trigger.day },
    ...(satisfied ? { satisfiedBy: satisfied } : {}),
  };
}

export function statusOf(asOf: Day, due: Day, satisfiedOn: Day | undefined): Status {
  if (satisfiedOn !== undefined) return satisfiedOn <= due ? 'met' : 'late';
  return asOf <= due ? 'open' : 'overdue';
}

/** A window, period or latest date with nothing in the case to satisfy it. */
export function informational(ctx: RuleContext, rule: RuleDefinition, trigger: EventRef, counted: Counted): Entry {
  return {
    rule: rule.id,
    kind: 'deadline',
    due: counted.due,
    status: ctx.asOf <= counted.due ? 'open' : 'met',
    citation: rule.citation,
    basis: counted.basis,
    trigger: { type: trigger.type, day: trigger.day },
    informational: true,
  };
}

/** The trigger is in the case, but a condition or adjustment turns the rule off. */
export function notApplicable(rule: RuleDefinition, trigger: EventRef, reason: string): Entry {
  return {
    rule: rule.id,
    kind: 'deadline',
    due: null,
    status: 'not-applicable',
    citation: rule.citation,
    basis: reason,
    trigger: { type: trigger.type, day: trigger.day },
  };
}

/** The first event of a type on or after a day, whether or not it has happened by asOf. */
export function firstOnOrAfter<T extends { readonly day: Day }>(events: readonly T[], from: Day): T | undefined {
  return events.find((e) => e.day >= from);
}
