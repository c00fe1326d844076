import type { Day } from '../calendar/days.ts';
import type { CaseEvent, EventType } from './case.ts';
import { describe, type Basis } from './deadline.ts';
import type { EventRef, RuleContext } from './types.ts';

/**
 * A due process complaint and the events that belong to it: every event from its receipt until
 * the next complaint is received (a case rarely has two open at once; when it does, later events
 * are read as belonging to the later complaint).
 */
export class Complaint {
  constructor(
    private readonly ctx: RuleContext,
    readonly received: CaseEvent<'dp-complaint-received'>,
    private readonly until: number,
  ) {}

  /** The events of one type that belong to this complaint, in date order. */
  of<T extends EventType>(type: T): readonly CaseEvent<T>[] {
    return this.ctx.of(type).filter((e) => e.day >= this.received.day && e.day < this.until);
  }
}

const NO_COMPLAINTS: readonly Complaint[] = [];

export function complaintsOf(ctx: RuleContext): readonly Complaint[] {
  const received = ctx.of('dp-complaint-received');
  if (received.length === 0) return NO_COMPLAINTS;
  return ctx.memo('complaints', () =>
    received.map((complaint, i) => new Complaint(ctx, complaint, received[i + 1]?.day ?? Infinity)),
  );
}

/**
 * The resolution period of a parent's complaint (PSN, Resolution period; Adjustments to the
 * 30-calendar-day resolution period): 30 days (15 when expedited) from receipt, restarting on an
 * amended complaint; it ends early on the day both parties waive the meeting or agree in writing
 * that no agreement is possible; when they agree to continue mediation at its end, it runs until
 * a party withdraws from mediation. `end` is null while that continued mediation lasts.
 */
export interface ResolutionPeriod {
  readonly start: EventRef;
  readonly end: Day | null;
  readonly basis: Basis;
}

export function resolutionPeriod(complaint: Complaint): ResolutionPeriod {
  const amended = complaint.of('dp-complaint-amended');
  const start: EventRef = amended[amended.length - 1] ?? complaint.received;
  const days = complaint.received.expedited ? 15 : 30;
  const normalEnd = (start.day + days) as Day;
  const early = [...complaint.of('resolution-waived'), ...complaint.of('resolution-no-agreement')]
    .filter((e) => e.day >= start.day && e.day < normalEnd)
    .sort((a, b) => a.day - b.day)[0];
  if (early)
    return period(
      start,
      early.day,
      () => `ended early by ${describe(early)} (otherwise ${counted(days, start)})`,
    );
  const continued = complaint.of('mediation-continued').find((e) => e.day >= start.day);
  if (continued) {
    const withdrawn = complaint.of('mediation-withdrawn').find((e) => e.day >= continued.day);
    if (!withdrawn) {
      return period(
        start,
        null,
        () =>
          `${counted(days, start)}, continued by ${describe(continued)} until a party withdraws from mediation`,
      );
    }
    return period(
      start,
      withdrawn.day,
      () =>
        `${counted(days, start)}, continued by ${describe(continued)} until ${describe(withdrawn)}`,
    );
  }
  return period(start, normalEnd, () => counted(days, start));
}

function period(start: EventRef, end: Day | null, basis: Basis): ResolutionPeriod {
  return { start, end, basis };
}

function counted(days: number, start: EventRef): string {
  return `${days} calendar days after ${describe(start)}`;
}
