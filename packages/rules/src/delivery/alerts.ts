import { isoDate, type Day } from '../calendar/days.ts';
import type { CompiledCalendar } from '../calendar/compile.ts';
import type { Facts } from '../programs/violation.ts';
import type { DeliveryService } from './service-days.ts';
import { inEffect, serviceDayAfter, serviceDaysIn } from './service-days.ts';
import type { DeliverySession } from './totals.ts';
import { deliveryTotals } from './totals.ts';
import type { DeliverySettings } from './window.ts';
import { recentSchoolWeeks } from './window.ts';

/**
 * The three delivery alerts. PREK (Contact Information) names the problems a school raises
 * about related services and SEIT: "services have not started, a provider has stopped seeing
 * a child"; chronic under-delivery is the same concern measured against the IEP's mandate.
 */
export const DELIVERY_ALERT_KINDS = [
  'services-not-started',
  'provider-stopped',
  'under-delivery',
] as const;
export type DeliveryAlertKind = (typeof DELIVERY_ALERT_KINDS)[number];

const PREK_CONTACTS =
  'PREK, Contact Information (Related Services; SEIT): "services have not started, a provider has stopped seeing a child"';

export const DELIVERY_ALERT_CITATIONS: Readonly<Record<DeliveryAlertKind, string>> = {
  'services-not-started': PREK_CONTACTS,
  'provider-stopped': PREK_CONTACTS,
  'under-delivery':
    'PLAN, Related Services and Special Education Itinerant Services (d): services "in accordance with the student\'s IEP"; PREK, Contact Information',
};

/** One alert about one service. `message` never names the student; `facts` hold its numbers. */
export interface DeliveryAlert {
  kind: DeliveryAlertKind;
  serviceId: string;
  message: string;
  citation: string;
  facts: Facts;
}

/** What every check reads: the calendar, one service, all its sessions, the day, the settings. */
type AlertCheck = (
  cal: CompiledCalendar,
  service: DeliveryService,
  sessions: readonly DeliverySession[],
  asOf: Day,
  settings: DeliverySettings,
) => DeliveryAlert[];

/** The alert of `kind` about `service`, with the kind's citation. */
const alert = (
  kind: DeliveryAlertKind,
  service: DeliveryService,
  message: string,
  facts: Facts,
): DeliveryAlert[] => [
  { kind, serviceId: service.id, message, citation: DELIVERY_ALERT_CITATIONS[kind], facts },
];

/** A session with the provider there: delivered, a make-up, or missed for another reason. */
const providerWasThere = (s: DeliverySession) =>
  s.status !== 'missed' || s.missedReason !== 'provider-absent';
const started = (s: DeliverySession) => s.status === 'delivered' || s.status === 'make-up';

/**
 * Services not started: no delivered or make-up session, and more than `notStartedSchoolDays`
 * school days have passed since the service took effect (the later of the version's projected
 * implementation date and the service's start date, which is day 0). `sessions` are every
 * session of the service, whatever their date (an amendment that keeps a service keeps its
 * sessions). Only a service in effect on `asOf` is checked.
 */
export const checkNotStarted: AlertCheck = (cal, service, sessions, asOf, settings) => {
  if (!inEffect(service, asOf) || sessions.some((s) => started(s) && s.date <= asOf)) return [];
  const due = serviceDayAfter(cal, service, service.startsOn, settings.notStartedSchoolDays);
  if (asOf <= due) return [];
  return alert(
    'services-not-started',
    service,
    `No session of this service has been delivered, and it was due to start by ${isoDate(due)} (${settings.notStartedSchoolDays} school days after it took effect on ${isoDate(service.startsOn)}).`,
    {
      startsOn: isoDate(service.startsOn),
      dueBy: isoDate(due),
      schoolDays: settings.notStartedSchoolDays,
    },
  );
};

/**
 * A provider has stopped: the service started, but no session with the provider there has
 * been logged for `providerGapSchoolDays` school days (counted after the last such session and
 * before today, which may still bring one). Only a service in effect on `asOf` is checked.
 */
export const checkProviderGap: AlertCheck = (cal, service, sessions, asOf, settings) => {
  if (!inEffect(service, asOf)) return [];
  const past = sessions.filter((s) => s.date <= asOf);
  if (!past.some(started)) return [];
  const present = past.filter(providerWasThere).sort((a, b) => b.date - a.date);
  const last = present[0];
  // The service started, so there is a session with the provider there; kept for the types.
  if (!last) return [];
  const since = serviceDaysIn(cal, service, (last.date + 1) as Day, (asOf - 1) as Day).length;
  if (since < settings.providerGapSchoolDays) return [];
  return alert(
    'provider-stopped',
    service,
    `No session of this service has been logged for ${since} school days since ${isoDate(last.date)}; the district's limit is ${settings.providerGapSchoolDays}.`,
    {
      lastSessionOn: isoDate(last.date),
      providerId: last.providerId,
      schoolDaysSince: since,
      limit: settings.providerGapSchoolDays,
    },
  );
};

/**
 * Chronic under-delivery: over the last `underDeliveryWeeks` complete school weeks
 * (window.ts), delivered plus make-up minutes below `underDeliveryPercent` of the mandate.
 */
export const checkUnderDelivery: AlertCheck = (cal, service, sessions, asOf, settings) => {
  const weeks = recentSchoolWeeks(cal, service, asOf, settings.underDeliveryWeeks);
  if (weeks.from === null || weeks.through === null) return [];
  const totals = deliveryTotals(cal, service, sessions, weeks.from, weeks.through);
  if (totals.percent === null || totals.percent >= settings.underDeliveryPercent) return [];
  const mandated = Math.round(totals.mandated);
  const delivered = totals.delivered + totals.makeUp;
  const percent = Math.floor(totals.percent);
  return alert(
    'under-delivery',
    service,
    `Over the last ${weeks.mondays.length} school weeks (${isoDate(weeks.from)} to ${isoDate(weeks.through)}), ${delivered} of ${mandated} mandated minutes were delivered (${percent}%); the district's threshold is ${settings.underDeliveryPercent}%.`,
    {
      from: isoDate(weeks.from),
      through: isoDate(weeks.through),
      weeks: weeks.mondays.length,
      mandated,
      delivered,
      percent,
      threshold: settings.underDeliveryPercent,
    },
  );
};

/** Every alert of one service, in the order above. */
export const deliveryAlerts: AlertCheck = (...args) =>
  [checkNotStarted, checkProviderGap, checkUnderDelivery].flatMap((check) => check(...args));
