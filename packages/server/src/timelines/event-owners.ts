import { EVENT_TYPES, type EventType } from '@continuum/rules/timelines/index.ts';

/**
 * Which module records each event type of the timeline catalog. The steps of a case from
 * referral to IEP record their own events, in the same transaction as the step (consent,
 * meetings …); they are never typed in by hand, so a deadline cannot be met on paper only.
 * The events no module of the product records yet (the child's first day of preschool
 * eligibility, an ESY review period, records requests, due process, discipline, private
 * placement) are recorded by the chairperson as manual events (record-manual-event.ts). When a
 * module takes one over (a future disputes module, say), it moves from `manualEventTypes` to
 * its owner here.
 */
export const eventOwners: Partial<Record<EventType, string>> = {
  'referral-received': 'referrals',
  'consent-initial-evaluation': 'consent',
  'first-evaluation-appointment': 'evaluations',
  'evaluation-completed': 'evaluations',
  'reevaluation-requested': 'evaluations',
  'cse-meeting': 'meetings',
  'cpse-meeting': 'meetings',
  'meeting-scheduled': 'meetings',
  'services-arranged': 'iep',
  'placement-offered': 'iep',
  'prior-written-notice-sent': 'notices',
  'procedural-safeguards-notice-given': 'notices',
  'procedural-safeguards-notice-requested': 'notices',
};

/** The event types recorded by hand (every type no module owns), in catalog order. */
export const manualEventTypes: readonly EventType[] = EVENT_TYPES.filter(
  (type) => eventOwners[type] === undefined,
);

/** The source of a manual event (case_events.source). */
export const manualSource = 'manual';

export function isManualEventType(type: string): boolean {
  return (manualEventTypes as readonly string[]).includes(type);
}
