import type { Day, Timestamp } from '../calendar/days.ts';
import type { CatalogId } from './ids.ts';
import type { Entry, EventRef, RuleDefinition, Status } from './types.ts';

/** The plain-language account of an entry, formatted when it is read. */
export type Basis = () => string;

/** A value that gives its basis when asked, such as a count of days (deadline.ts). */
export interface Explained {
  basis(): string;
}

/**
 * A timeline entry whose `basis` is formatted when it is read (when the timeline is printed),
 * not when it is computed: building those sentences for every entry would cost more than the
 * counting itself. Every entry has every field (unset = undefined), so that all entries share
 * one object shape. The helpers of deadline.ts build them; a rule sets the optional fields.
 */
export class TimelineEntry implements Entry {
  readonly rule: CatalogId;
  readonly citation: string;
  dueAt: Timestamp | undefined = undefined;
  satisfiedBy: EventRef | undefined = undefined;
  informational: true | undefined = undefined;
  finding: string | undefined = undefined;

  constructor(
    rule: RuleDefinition,
    public kind: 'deadline' | 'check',
    public due: Day | null,
    public status: Status,
    private readonly explained: Basis | Explained,
    readonly trigger: EventRef,
  ) {
    this.rule = rule.id;
    this.citation = rule.citation;
  }

  get basis(): string {
    return typeof this.explained === 'function' ? this.explained() : this.explained.basis();
  }
}
