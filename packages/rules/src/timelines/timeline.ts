import type { CompiledCalendar } from '../calendar/compile.ts';
import { isoDate, isoTimestamp, type Day } from '../calendar/days.ts';
import { EVENT_TYPES, type Case, type CaseEvent, type EventType, type Level } from './case.ts';
import { CATALOG_IDS, RULES } from './catalog.ts';
import type { CatalogId } from './ids.ts';
import type { Entry, Profile, RuleContext, RuleDefinition, Status } from './types.ts';

export interface TimelineOptions {
  /** `nyc` (default) applies every rule; `nys` turns off the NYC addendum's rules. */
  readonly profile?: Profile;
}

/** Whether a rule belongs in this case's timeline under the profile. */
export function ruleApplies(rule: RuleDefinition, c: Case, profile: Profile): boolean {
  return appliesTo(rule, c.student.level, profile);
}

function appliesTo(rule: RuleDefinition, level: Level, profile: Profile): boolean {
  if (rule.nycOnly && profile !== 'nyc') return false;
  return !rule.levels || rule.levels.includes(level);
}

/**
 * The whole timeline of a case on its `asOf`: every entry of every applicable rule, in due order.
 * Entries with a due date come first, by date (ties in catalog order, then by trigger date);
 * then entries without one: needs-determination, open, then not-applicable.
 * Throws RuleInputError (CalendarCoverageError) when the calendar does not cover a needed day.
 */
export function computeTimeline(
  c: Case,
  calendar: CompiledCalendar,
  options: TimelineOptions = {},
): Entry[] {
  const ctx = contextFor(c, calendar);
  const entries: Entry[] = [];
  for (const rule of APPLICABLE[options.profile ?? 'nyc'][c.student.level]) {
    for (const entry of rule.evaluate(ctx)) entries.push(entry);
  }
  return sortByDueOrder(entries);
}

/** The rules of each profile and level, selected once rather than for every case. */
const APPLICABLE: Record<Profile, Record<Level, readonly RuleDefinition[]>> = {
  nyc: applicable('nyc'),
  nys: applicable('nys'),
};

function applicable(profile: Profile): Record<Level, readonly RuleDefinition[]> {
  return {
    preschool: RULES.filter((rule) => appliesTo(rule, 'preschool', profile)),
    'school-age': RULES.filter((rule) => appliesTo(rule, 'school-age', profile)),
  };
}

/** One rule's entries for a case, as the timeline would give them (for tests and drill-down). */
export function evaluateRule(
  rule: RuleDefinition,
  c: Case,
  calendar: CompiledCalendar,
  options: TimelineOptions = {},
): Entry[] {
  return ruleApplies(rule, c, options.profile ?? 'nyc')
    ? sortByDueOrder(rule.evaluate(contextFor(c, calendar)))
    : [];
}

function contextFor(c: Case, calendar: CompiledCalendar): RuleContext {
  return new CaseContext(c, calendar);
}

const EVENT_INDEX = new Map<EventType, number>(EVENT_TYPES.map((type, i) => [type, i]));

/**
 * The events of a case indexed once by type, so that `of` is an array read. A class rather
 * than an object of closures: rules call `of` dozens of times per case and nothing is allocated.
 */
class CaseContext implements RuleContext {
  readonly case: Case;
  readonly asOf: Day;
  readonly level: Level;
  private readonly byType: (CaseEvent[] | undefined)[] = new Array<CaseEvent[] | undefined>(
    EVENT_TYPES.length,
  );
  private memos: Map<string, unknown> | undefined;

  constructor(
    c: Case,
    readonly calendar: CompiledCalendar,
  ) {
    this.case = c;
    this.asOf = c.asOf;
    this.level = c.student.level;
    for (const e of c.events) {
      const i = EVENT_INDEX.get(e.type);
      if (i === undefined) continue; // not a type parseCase accepts: no rule asks for it
      const list = this.byType[i];
      if (list) list.push(e);
      else this.byType[i] = [e];
    }
  }

  of<T extends EventType>(type: T): readonly CaseEvent<T>[] {
    const i = EVENT_INDEX.get(type);
    return ((i === undefined ? undefined : this.byType[i]) ?? NONE) as readonly CaseEvent<T>[];
  }

  memo<T>(key: string, compute: () => T): T {
    this.memos ??= new Map<string, unknown>();
    if (this.memos.has(key)) return this.memos.get(key) as T;
    const value = compute();
    this.memos.set(key, value);
    return value;
  }
}

const NONE: readonly never[] = [];
const CATALOG_ORDER = new Map<CatalogId, number>(CATALOG_IDS.map((id, i) => [id, i]));
const UNDATED_ORDER: Record<Status, number> = {
  'needs-determination': 0,
  open: 1,
  met: 2,
  late: 3,
  overdue: 4,
  'not-applicable': 5,
};

/**
 * Sorts in place, stably. A timeline has a handful of entries, for which an insertion sort
 * allocates nothing, where Array.prototype.sort allocates about a kilobyte of work space per
 * call; longer lists take the built-in sort (same order, both are stable).
 */
function sortByDueOrder(entries: Entry[]): Entry[] {
  if (entries.length > 32) return entries.sort(byDueOrder);
  for (let i = 1; i < entries.length; i++) {
    const entry = entries[i] as Entry;
    let j = i;
    for (; j > 0 && byDueOrder(entries[j - 1] as Entry, entry) > 0; j--)
      entries[j] = entries[j - 1] as Entry;
    entries[j] = entry;
  }
  return entries;
}

function byDueOrder(a: Entry, b: Entry): number {
  if (a.due !== null && b.due !== null) {
    const byDue =
      a.due - b.due || (a.dueAt && b.dueAt ? a.dueAt.utcSeconds - b.dueAt.utcSeconds : 0);
    if (byDue !== 0) return byDue;
  } else if (a.due !== null || b.due !== null) {
    return a.due === null ? 1 : -1;
  } else if (a.status !== b.status) {
    return UNDATED_ORDER[a.status] - UNDATED_ORDER[b.status];
  }
  return (
    (CATALOG_ORDER.get(a.rule) ?? 0) - (CATALOG_ORDER.get(b.rule) ?? 0) ||
    (a.trigger?.day ?? 0) - (b.trigger?.day ?? 0)
  );
}

/** The JSON form of an entry, as the CLI and the API print it. */
export interface EntryJson {
  rule: CatalogId;
  kind: 'deadline' | 'check';
  due: string | null;
  status: Status;
  citation: string;
  basis: string;
  trigger?: { event: EventType; date: string };
  satisfiedBy?: { event: EventType; date: string };
  informational?: true;
  finding?: string;
}

export function entryToJson(e: Entry): EntryJson {
  return {
    rule: e.rule,
    kind: e.kind,
    due: e.dueAt ? isoTimestamp(e.dueAt) : e.due === null ? null : isoDate(e.due),
    status: e.status,
    citation: e.citation,
    basis: e.basis,
    ...(e.trigger ? { trigger: { event: e.trigger.type, date: isoDate(e.trigger.day) } } : {}),
    ...(e.satisfiedBy
      ? { satisfiedBy: { event: e.satisfiedBy.type, date: isoDate(e.satisfiedBy.day) } }
      : {}),
    ...(e.informational ? { informational: true } : {}),
    ...(e.finding ? { finding: e.finding } : {}),
  };
}
