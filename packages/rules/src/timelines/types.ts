import type { Day, Timestamp } from '../calendar/days.ts';
import type { CompiledCalendar } from '../calendar/compile.ts';
import type { Case, CaseEvent, EventType, Level } from './case.ts';
import type { CatalogId } from './ids.ts';

/**
 * A deadline's status on `asOf` (timeline catalog): `met` / `late` (the satisfying event came on
 * or before / after `due`), `open` / `overdue` (not yet happened, asOf <= / > due),
 * `not-applicable` (the trigger is in the case but a condition or adjustment turns the rule off),
 * `needs-determination` (the source leaves the decision to people).
 */
export type Status = 'met' | 'late' | 'open' | 'overdue' | 'not-applicable' | 'needs-determination';

/** `nyc` applies every rule; `nys` turns off the rules whose source is the NYC addendum. */
export type Profile = 'nyc' | 'nys';

export interface EventRef {
  readonly type: EventType;
  readonly day: Day;
}

/**
 * One entry of a timeline. Deadlines and checks share this shape:
 * - `due`: the date (null when it cannot be known yet, e.g. a period running until mediation is
 *   withdrawn); `dueAt` the timestamp of the rules counted in hours.
 * - `informational`: the rule has no satisfying event (a window, a period, a latest date); its
 *   status is `open` until `due` and `met` once `due` has passed.
 * - `finding`: for checks, a short code of what the check found (see checks.ts).
 * - `basis`: how the date was reached, in plain language, worded when read (see entry.ts).
 */
export interface Entry {
  readonly rule: CatalogId;
  readonly kind: 'deadline' | 'check';
  readonly due: Day | null;
  readonly dueAt?: Timestamp;
  readonly status: Status;
  readonly citation: string;
  readonly basis: string;
  readonly trigger?: EventRef;
  readonly satisfiedBy?: EventRef;
  readonly informational?: true;
  readonly finding?: string;
}

/** What a rule sees: the case, its events by type, the compiled calendar and `asOf`. */
export interface RuleContext {
  readonly case: Case;
  readonly calendar: CompiledCalendar;
  readonly asOf: Day;
  readonly level: Level;
  /** The case's events of one type, in date order. */
  of<T extends EventType>(type: T): readonly CaseEvent<T>[];
  /** Computes a value once per case (e.g. the due process complaints and their events). */
  memo<T>(key: string, compute: () => T): T;
}

export interface RuleDefinition {
  readonly id: CatalogId;
  readonly citation: string;
  /** The rule's source is the PSN's New York City addendum (off under the `nys` profile). */
  readonly nycOnly?: true;
  /** The levels whose timeline the rule belongs to; absent = both. */
  readonly levels?: readonly Level[];
  readonly evaluate: (ctx: RuleContext) => Entry[];
}
