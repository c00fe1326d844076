import { countBackward, countForward, nonInstructionalBetween } from '../calendar/count.ts';
import { currentOrNextYearIndex } from '../calendar/compile.ts';
import { isoDate, type Day } from '../calendar/days.ts';
import { DAY_KIND_LABEL, type DayKind } from '../calendar/kinds.ts';
import type { EventType } from './case.ts';
import { TimelineEntry, type Basis, type Explained } from './entry.ts';
import type { EventRef, RuleContext, RuleDefinition, Status } from './types.ts';

export type { Basis } from './entry.ts';

/** A due date with the plain-language account of how it was counted (formatted when read). */
export interface Counted extends Explained {
  readonly due: Day;
}

/**
 * A due date and its basis: `dueOn(day, () => 'why')`. Pass the basis as an argument like
 * this, not as a named function (`const why = () => ...`): tsx keeps function names by
 * redefining `name` on every named function it creates, which costs more than the closure.
 */
export function dueOn(due: Day, basis: Basis): Counted {
  return { due, basis };
}

/** "`n` days of `kind` after `from`", with what the count skipped, for the basis text. */
export function after(ctx: RuleContext, kind: DayKind, n: number, from: EventRef): Counted {
  return new DayCount(ctx, kind, n, 'after', from, countForward(ctx.calendar, kind, from.day, n));
}

/** "`n` days of `kind` before `to`": the latest date that leaves n such days before it. */
export function before(ctx: RuleContext, kind: DayKind, n: number, to: EventRef): Counted {
  return new DayCount(ctx, kind, n, 'before', to, countBackward(ctx.calendar, kind, to.day, n));
}

/** The most common count, kept as its numbers (one object) and put into words when read. */
class DayCount implements Counted {
  constructor(
    private readonly ctx: RuleContext,
    private readonly kind: DayKind,
    private readonly n: number,
    private readonly direction: 'after' | 'before',
    private readonly event: EventRef,
    readonly due: Day,
  ) {}

  basis(): string {
    const { ctx, kind, event, due } = this;
    const skips =
      this.direction === 'after'
        ? skipped(ctx, kind, event.day, due)
        : skipped(ctx, kind, due, event.day);
    return `${this.n} ${DAY_KIND_LABEL[kind]} ${this.direction} ${describe(event)}${skips}`;
  }
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
export function firstSatisfying(
  ctx: RuleContext,
  types: readonly EventType[],
  from: Day,
): EventRef | undefined {
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
): TimelineEntry {
  const satisfied = firstSatisfying(ctx, satisfiedBy, trigger.day);
  const entry = new TimelineEntry(
    rule,
    'deadline',
    counted.due,
    statusOf(ctx.asOf, counted.due, satisfied?.day),
    counted,
    trigger,
  );
  entry.satisfiedBy = satisfied;
  return entry;
}

export function statusOf(asOf: Day, due: Day, satisfiedOn: Day | undefined): Status {
  if (satisfiedOn !== undefined) return satisfiedOn <= due ? 'met' : 'late';
  return asOf <= due ? 'open' : 'overdue';
}

/** A window, period or latest date with nothing in the case to satisfy it. */
export function informational(
  ctx: RuleContext,
  rule: RuleDefinition,
  trigger: EventRef,
  counted: Counted,
): TimelineEntry {
  const entry = new TimelineEntry(
    rule,
    'deadline',
    counted.due,
    ctx.asOf <= counted.due ? 'open' : 'met',
    counted,
    trigger,
  );
  entry.informational = true;
  return entry;
}

/** The trigger is in the case, but a condition or adjustment turns the rule off. */
export function notApplicable(
  rule: RuleDefinition,
  trigger: EventRef,
  reason: Basis,
): TimelineEntry {
  return new TimelineEntry(rule, 'deadline', null, 'not-applicable', reason, trigger);
}

/** A check's entry (see checks.ts): what it found, on the date it turns on. */
export function check(
  rule: RuleDefinition,
  trigger: EventRef,
  due: Day | null,
  status: Status,
  finding: string,
  basis: Basis,
): TimelineEntry {
  const entry = new TimelineEntry(rule, 'check', due, status, basis, trigger);
  entry.finding = finding;
  return entry;
}
