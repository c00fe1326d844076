import type { Translator } from '../i18n/i18n.ts';
import { Alert } from '../components/alert.tsx';
import { labelOf } from './iep-content-view.tsx';

/**
 * Service delivery as the pages show it: the shapes of the server's answers (services/
 * schemas.ts, mirrored structurally so the web package needs nothing from the server) and the
 * words for services, periods, alerts and limits shared by the delivery pages.
 */

export type Facts = Readonly<Record<string, string | number | boolean | null>>;

export const sessionStatusValues = ['delivered', 'missed', 'make-up'] as const;
export const missedReasonValues = [
  'student-absent',
  'provider-absent',
  'school-closed',
  'other',
] as const;
export type MissedReasonValue = (typeof missedReasonValues)[number];

/**
 * What a provider chooses for a session in one list: delivered, a make-up, or missed with its
 * reason (`missed:student-absent`); the server's page splits it into status and reason.
 */
export const sessionChoiceValues = [
  'delivered',
  ...missedReasonValues.map((r) => `missed:${r}` as const),
  'make-up',
] as const;

export interface PeriodRowView {
  from: string;
  through: string;
  current: boolean;
  serviceDays: number;
  mandated: number;
  delivered: number;
  makeUp: number;
  missed: number;
  percent: number | null;
}

export interface DeliveryAlertView {
  kind: 'services-not-started' | 'provider-stopped' | 'under-delivery';
  serviceId: string;
  message: string;
  citation: string;
  facts: Facts;
  escalationProblem: 'services-not-started' | 'provider-stopped';
}

export interface DeliveryViolationView {
  check: string;
  program: string | null;
  message: string;
  citation: string;
  facts: Facts;
}

export interface DeliveryServiceView {
  id: string;
  key: string;
  program: string;
  service: string;
  frequency: number;
  period: 'day' | 'week' | 'month';
  durationMinutes: number;
  location: string;
  groupSize: number;
  startDate: string | null;
  endDate: string | null;
  twelveMonth: boolean;
  takesEffectOn: string | null;
  canLog: boolean;
}

export interface SessionRecordView {
  id: string;
  serviceId: string;
  program: string;
  service: string;
  date: string;
  status: (typeof sessionStatusValues)[number];
  minutes: number;
  groupSize: number;
  location: string;
  missedReason: MissedReasonValue | null;
  note: string;
  makesUpSessionId: string | null;
  providerStaffId: string;
  providerName: string;
  recordedAt: string;
  voided: { at: string; reason: string } | null;
  /** A group session, as this child's record shows it: how many others, never who. */
  group: { otherChildren: number; groupId: string | null } | null;
  canVoid: boolean;
}

/** A student in the district-wide lists. */
export interface ListedStudentView {
  studentId: string;
  studentName: string;
  studentNumber: string;
  committee: 'cse' | 'cpse';
  siteName: string | null;
}

/**
 * "with 2 other children": all a child's record says of the others in a group session (34 CFR
 * 300.615; the server's services/present-group.ts gives nothing more).
 */
export function groupText(i18n: Translator, group: { otherChildren: number }): string {
  return i18n.t('services.group.with', { count: group.otherChildren });
}

/** A service as a person reads it: the program and the district's name for the service. */
export function serviceLabel(i18n: Translator, s: { program: string; service: string }): string {
  const program = labelOf(i18n, 'meeting.program', s.program);
  return s.service ? i18n.t('services.serviceLabel', { program, service: s.service }) : program;
}

/** "2 × 30 minutes a week, group of up to 3". */
export function mandateText(
  i18n: Translator,
  s: Pick<DeliveryServiceView, 'frequency' | 'period' | 'durationMinutes' | 'groupSize'>,
): string {
  return i18n.t(`services.mandate.${s.period}`, {
    frequency: s.frequency,
    minutes: s.durationMinutes,
    group: s.groupSize,
  });
}

const text = (facts: Facts, key: string) => String(facts[key] ?? '');
const date = (i18n: Translator, facts: Facts, key: string) =>
  facts[key] ? i18n.formatDate(String(facts[key])) : '';

/** An alert in the reader's language, from its facts (the rules' English message otherwise). */
export function alertText(
  i18n: Translator,
  alert: Pick<DeliveryAlertView, 'kind' | 'facts' | 'message'>,
) {
  const { t } = i18n;
  const f = alert.facts;
  switch (alert.kind) {
    case 'services-not-started':
      return t('services.alertText.services-not-started', {
        dueBy: date(i18n, f, 'dueBy'),
        startsOn: date(i18n, f, 'startsOn'),
        days: Number(f.schoolDays),
      });
    case 'provider-stopped':
      return t('services.alertText.provider-stopped', {
        days: Number(f.schoolDaysSince),
        last: date(i18n, f, 'lastSessionOn'),
        provider: text(f, 'providerName'),
        limit: Number(f.limit),
      });
    case 'under-delivery':
      return t('services.alertText.under-delivery', {
        weeks: Number(f.weeks),
        from: date(i18n, f, 'from'),
        through: date(i18n, f, 'through'),
        delivered: Number(f.delivered),
        mandated: Number(f.mandated),
        percent: Number(f.percent),
        threshold: Number(f.threshold),
      });
  }
}

/** A program limit broken by the sessions, in the reader's language, from its facts. */
export function violationText(
  i18n: Translator,
  v: Pick<DeliveryViolationView, 'check' | 'facts' | 'message'>,
): string {
  const { t } = i18n;
  const f = v.facts;
  switch (v.check) {
    case 'seit-weekly-service':
    case 'resource-room-weekly-instruction':
      return t('services.violationText.weekly', {
        week: date(i18n, f, 'weekOf'),
        minutes: Number(f.minutesDelivered),
        minimum: Number(f.minMinutesPerWeek),
      });
    case 'resource-room-group-size':
      return t('services.violationText.resource-room-group-size', {
        date: date(i18n, f, 'sessionDate'),
        group: Number(f.groupSize),
        max: Number(f.maxStudents),
      });
    case 'related-service-group-size':
      return t('services.violationText.related-service-group-size', {
        date: date(i18n, f, 'sessionDate'),
        group: Number(f.groupSize),
        max: Number(f.iepGroupSize),
      });
    default:
      return v.message;
  }
}

/** A period's delivered share: "75%", or a dash when nothing was mandated. */
export function percentText(i18n: Translator, percent: number | null): string {
  return percent === null ? i18n.t('services.noMandate') : i18n.t('services.percent', { percent });
}

/** The escalation form for an alert (the escalations module's page). */
export function escalationHref(
  studentId: string,
  alert: Pick<DeliveryAlertView, 'escalationProblem' | 'serviceId'>,
) {
  const query = new URLSearchParams({
    problem: alert.escalationProblem,
    serviceId: alert.serviceId,
  });
  return `/students/${studentId}/escalations/new?${query.toString()}`;
}

/** A session's status in words: delivered, a make-up, or missed and why. */
export function sessionStatusText(
  i18n: Translator,
  s: Pick<SessionRecordView, 'status' | 'missedReason'>,
): string {
  return i18n.t(
    `services.choice.${s.status === 'missed' ? (`missed:${s.missedReason ?? 'other'}` as const) : s.status}`,
  );
}

/** Why delivery cannot be counted now (no calendar, no IEP in effect …), when it cannot. */
export function DeliveryNotice({ i18n, notice }: { i18n: Translator; notice: string | null }) {
  if (!notice) return null;
  return (
    <Alert kind="warning" heading={i18n.t('services.noticeHeading')}>
      <p>{notice}</p>
    </Alert>
  );
}
