import type { CompiledCalendar } from '../calendar/compile.ts';
import { isoDate, isoTimestamp } from '../calendar/days.ts';
import type { Case, CaseEvent, EventType } from './case.ts';
import { CATALOG_IDS, RULES } from './catalog.ts';
import type { CatalogId } from './ids.ts';
import type { Entry, Profile, RuleContext, RuleDefinition, Status } from './types.ts';

export interface TimelineOptions {
  /** `nyc` (default) applies every rule; `nys` turns off the NYC addendum's rules. */
  readonly profile?: Profile;
}

/** Whether a rule belongs in this case's timeline under the profile. */
export function ruleApplies(rule: RuleDefinition, c: Case, profile: Profile): boolean {
  if (rule.nycOnly && profile !== 'nyc') return false;
  return !rule.levels || rule.levels.includes(c.student.level);
}

/**
 * The whole timeline of a case on its `asOf`: every entry of every applicable rule, in due order.
 * Entries with a due date come first, by date (ties in catalog order, then by trigger date);
 * then entries without one: needs-determination, open, then not-applicable.
 * Throws RuleInputError (CalendarCoverageError) when the calendar does not cover a needed day.
 */
export function computeTimeline(c: Case, calendar: CompiledCalendar, options: TimelineOptions = {}): Entry[] {
  const profile = options.profile ?? 'nyc';
  const ctx = contextFor(c, calendar);
  const entries: Entry[] = [];
  for (const rule of RULES) {
    if (ruleApplies(rule, c, profile)) for (const entry of rule.evaluate(ctx)) entries.push(entry);
  }
  return entries.sort(byDueOrder);
}

/** One rule's entries for a case, as the timeline would give them (for tests and drill-down). */
export function evaluateRule(rule: RuleDefinition, c: Case, calendar: CompiledCalendar, options: TimelineOptions = {}): Entry[] {
  return ruleApplies(rule, c, options.profile ?? 'nyc') ? rule.evaluate(contextFor(c, calendar)).sort(byDueOrder) : [];
}

function contextFor(c: Case, calendar: CompiledCalendar): RuleContext {
  const byType = new Map<EventType, CaseEvent[]>();
  for (const e of c.events) {
    const list = byType.get(e.type);
    if (list) list.push(e);
    else byType.set(e.type, [e]);
  }
  const memos = new Map<string, unknown>();
  return {
    case: c,
    calendar,
    asOf: c.asOf,
    level: c.student.level,
    of: <T extends EventType>(type: T) => (byType.get(type) ?? NONE) as readonly CaseEvent<T>[],
    memo: <T>(key: string, compute: () => T): T => {
      if (memos.has(key)) return memos.get(key) as T;
      const value = compute();
      memos.set(key, value);
      return value;
    },
  };
}

const NONE: readonly never[] = [];
const CATALOG_ORDER = new Map<CatalogId, number>(CATALOG_IDS.map((id, i) => [id, i]));
const UNDATED_ORDER: Record<Status, number> = { 'needs-determination': 0, open: 1, met: 2, late: 3, overdue: 4, 'not-applicable': 5 };

function byDueOrder(a: Entry, b: Entry): number {
  if (a.due !== null && b.due !== null) {
    const byDue = a.due - b.due || (a.dueAt && b.dueAt ? a.dueAt.utcSeconds - b.dueAt.utcSeconds : 0);
    if (byDue !== 0) return byDue;
  } else if (a.due !== null || b.due !== null) {
    return a.due === null ? 1 : -1;
  } else if (a.status !== b.status) {
    return UNDATED_ORDER[a.status] - UNDATED_ORDER[b.status];
  }
  return (CATALOG_ORDER.get(a.rule) ?? 0) - (CATALOG_ORDER.get(b.rule) ?? 0) || (a.trigger?.day ?? 0) - (b.trigger?.day ?? 0);
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
    ...(e.satisfiedBy ? { satisfiedBy: { event: e.satisfiedBy.type, date: isoDate(e.satisfiedBy.day) } } : {}),
    ...(e.informational ? { informational: true } : {}),
    ...(e.finding ? { finding: e.finding } : {}),
  };
}
