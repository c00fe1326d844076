import { delivery } from '@continuum/rules';
import { CalendarCoverageError, isoDate } from '@continuum/rules/calendar/index.ts';
import type { CompiledCalendar } from '@continuum/rules/calendar/index.ts';
import type { CurrentService, DeliveryBasis, StoredSession } from './load.ts';
import { ruleSession, sessionsOf } from './load.ts';
import type { AlertView, PeriodView, ViolationView } from './schemas.ts';

/**
 * One service's delivery as the rules count it (rules: delivery/), in the shapes the API
 * shows: weeks and months of mandated against delivered minutes, the alerts, the program
 * limits on its sessions. A service that cannot be counted says why instead (never a guess).
 */
export interface ServiceFindings {
  weeks: PeriodView[];
  months: PeriodView[];
  alerts: AlertView[];
  violations: ViolationView[];
  problem: string | null;
}

/** The escalation each alert leads to (PREK, Contact Information names two problems). */
const escalationOf: Record<delivery.DeliveryAlertKind, AlertView['escalationProblem']> = {
  'services-not-started': 'services-not-started',
  'provider-stopped': 'provider-stopped',
  // Sessions far below the mandate are a provider not seeing the child as the IEP says.
  'under-delivery': 'provider-stopped',
};

const none: ServiceFindings = { weeks: [], months: [], alerts: [], violations: [], problem: null };

function periodView(row: delivery.PeriodRow): PeriodView {
  return {
    from: isoDate(row.from),
    through: isoDate(row.through),
    current: row.current,
    serviceDays: row.serviceDays,
    mandated: Math.round(row.mandated),
    delivered: row.delivered,
    makeUp: row.makeUp,
    missed: Object.values(row.missed).reduce((a, b) => a + b, 0),
    percent: row.percent === null ? null : Math.floor(row.percent),
  };
}

/**
 * `weeks` and `months`: how many of each to show, ending with the one under way (0 for none).
 * The provider-stopped alert names the provider of the last session.
 */
export function findingsOf(
  basis: DeliveryBasis,
  service: CurrentService,
  allSessions: readonly StoredSession[],
  options: { weeks: number; months: number },
): ServiceFindings {
  if (!basis.calendar.ok) return none;
  if (!service.rules) {
    return {
      ...none,
      problem:
        'The IEP gives no date this service takes effect (no implementation date or start date), so its delivery cannot be counted.',
    };
  }
  const stored = sessionsOf(service, allSessions);
  try {
    return count(basis.calendar.calendar, basis, service.rules, stored, options);
  } catch (error) {
    if (!(error instanceof CalendarCoverageError)) throw error;
    return {
      ...none,
      problem: `The school calendar does not reach every day needed to count this service's delivery (${error.message}). A district administrator must add the school year on the calendar page.`,
    };
  }
}

function count(
  cal: CompiledCalendar,
  basis: DeliveryBasis,
  service: delivery.DeliveryService,
  stored: readonly StoredSession[],
  options: { weeks: number; months: number },
): ServiceFindings {
  const sessions = stored.map(ruleSession);
  const asOf = basis.asOfDay;
  const providerNames = new Map(stored.map((s) => [s.providerStaffId, s.providerName]));
  const alerts = delivery
    .deliveryAlerts(cal, service, sessions, asOf, basis.settings)
    .map((a): AlertView => {
      const providerId = a.facts.providerId;
      const providerName = typeof providerId === 'string' ? providerNames.get(providerId) : null;
      return {
        kind: a.kind,
        serviceId: a.serviceId,
        message: a.message,
        citation: a.citation,
        facts: providerName ? { ...a.facts, providerName } : a.facts,
        escalationProblem: escalationOf[a.kind],
      };
    });
  // The limits look at the same weeks as the under-delivery alert, and at this week's groups.
  const window = delivery.recentSchoolWeeks(cal, service, asOf, basis.settings.underDeliveryWeeks);
  const from = window.from ?? delivery.mondayOf(asOf);
  const recent = sessions.filter((s) => s.date >= from && s.date <= asOf);
  const violations: ViolationView[] = [
    ...delivery.checkWeeklyMinimums(cal, service, sessions, window.mondays),
    ...delivery.checkSessionGroupSizes(service, recent),
  ];
  return {
    weeks:
      options.weeks > 0
        ? delivery.weeklyTotals(cal, service, sessions, asOf, options.weeks).map(periodView)
        : [],
    months:
      options.months > 0
        ? delivery.monthlyTotals(cal, service, sessions, asOf, options.months).map(periodView)
        : [],
    alerts,
    violations,
    problem: null,
  };
}

/** The under-delivery alert's numbers, for the report: null when the service is not under-delivered. */
export function underDeliveryOf(findings: ServiceFindings): AlertView | null {
  return findings.alerts.find((a) => a.kind === 'under-delivery') ?? null;
}
