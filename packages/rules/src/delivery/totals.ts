import type { Day } from '../calendar/days.ts';
import type { CompiledCalendar } from '../calendar/compile.ts';
import { mandatedMinutes } from './mandate.ts';
import type { DeliveryService } from './service-days.ts';
import { inEffect, mondayOf, monthOf, serviceDaysIn } from './service-days.ts';

export const SESSION_STATUSES = ['delivered', 'missed', 'make-up'] as const;
export type SessionStatus = (typeof SESSION_STATUSES)[number];
export const MISSED_REASONS = [
  'student-absent',
  'provider-absent',
  'school-closed',
  'other',
] as const;
export type MissedReason = (typeof MISSED_REASONS)[number];

/** One logged session of a service (not voided: a voided entry never counts). */
export interface DeliverySession {
  date: Day;
  status: SessionStatus;
  /** 0 for a missed session. */
  minutes: number;
  groupSize: number;
  missedReason: MissedReason | null;
  providerId: string;
}

/** Mandated against delivered minutes over one stretch of days. */
export interface DeliveryTotals {
  mandated: number;
  delivered: number;
  /** Minutes of make-up sessions (they make up missed ones, so they count as delivered time). */
  makeUp: number;
  /** Missed sessions, by reason. */
  missed: Record<MissedReason, number>;
  /** (delivered + make-up) / mandated, in percent; null when nothing was mandated. */
  percent: number | null;
}

/**
 * Totals of [from, through]: the mandate (mandate.ts) and the sessions on days the service was
 * in effect (a session logged outside the service's dates is not delivery of this service).
 */
export function deliveryTotals(
  cal: CompiledCalendar,
  service: DeliveryService,
  sessions: readonly DeliverySession[],
  from: Day,
  through: Day,
): DeliveryTotals {
  const totals: DeliveryTotals = {
    mandated: mandatedMinutes(cal, service, from, through),
    delivered: 0,
    makeUp: 0,
    missed: { 'student-absent': 0, 'provider-absent': 0, 'school-closed': 0, other: 0 },
    percent: null,
  };
  for (const s of sessions) {
    if (s.date < from || s.date > through || !inEffect(service, s.date)) continue;
    if (s.status === 'delivered') totals.delivered += s.minutes;
    else if (s.status === 'make-up') totals.makeUp += s.minutes;
    else if (s.missedReason) totals.missed[s.missedReason] += 1;
  }
  if (totals.mandated > 0)
    totals.percent = ((totals.delivered + totals.makeUp) / totals.mandated) * 100;
  return totals;
}

export interface PeriodRow extends DeliveryTotals {
  from: Day;
  through: Day;
  /** The period holds `asOf`: still under way. */
  current: boolean;
  /** Service days in the period (school days; summer workdays for a 12-month service). */
  serviceDays: number;
}

interface Period {
  first: Day;
  last: Day;
}

const weekOf = (d: Day): Period => {
  const first = mondayOf(d);
  return { first, last: (first + 6) as Day };
};

/**
 * The week (Monday to Sunday) of `asOf` and the `count - 1` school weeks before it (weeks with
 * service days: recesses and summer are skipped, so a page in September still shows June),
 * oldest first. Periods before the calendar's first day are not shown.
 */
export function weeklyTotals(
  cal: CompiledCalendar,
  service: DeliveryService,
  sessions: readonly DeliverySession[],
  asOf: Day,
  count: number,
): PeriodRow[] {
  return periodRows(cal, service, sessions, recentPeriods(cal, service, asOf, count, weekOf));
}

/** The month of `asOf` and the `count - 1` months with service days before it, oldest first. */
export function monthlyTotals(
  cal: CompiledCalendar,
  service: DeliveryService,
  sessions: readonly DeliverySession[],
  asOf: Day,
  count: number,
): PeriodRow[] {
  return periodRows(cal, service, sessions, recentPeriods(cal, service, asOf, count, monthOf));
}

function recentPeriods(
  cal: CompiledCalendar,
  service: DeliveryService,
  asOf: Day,
  count: number,
  periodOf: (d: Day) => Period,
): Period[] {
  if (count < 1) return [];
  const periods = [periodOf(asOf)];
  let p = periods[0]!;
  while (periods.length < count) {
    p = periodOf((p.first - 1) as Day);
    if (p.first < cal.start) break;
    if (serviceDaysIn(cal, service, p.first, p.last).length > 0) periods.unshift(p);
  }
  return periods;
}

/** The rows of `periods`, oldest first: the last one holds `asOf`, so it is still under way. */
function periodRows(
  cal: CompiledCalendar,
  service: DeliveryService,
  sessions: readonly DeliverySession[],
  periods: readonly Period[],
): PeriodRow[] {
  return periods.map(({ first: from, last: through }, i) => ({
    from,
    through,
    current: i === periods.length - 1,
    serviceDays: serviceDaysIn(cal, service, from, through).length,
    ...deliveryTotals(cal, service, sessions, from, through),
  }));
}
