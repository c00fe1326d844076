import type { Translator } from '../i18n/i18n.ts';
import { Alert } from '../components/alert.tsx';
import type { DetailRows } from '../components/details.tsx';
import { labelOf } from './iep-content-view.tsx';

/**
 * What the escalation pages share: the shapes the server sends (escalations/schemas.ts), the
 * words for kinds, problems and services, and the facts an escalation carries (PREK, Contact
 * Information: the child's name and date of birth, the school's or program's name and address).
 */

export const escalationKindValues = [
  'iep-not-received',
  'related-services',
  'seit-services',
] as const;
export type EscalationKindValue = (typeof escalationKindValues)[number];
export const escalationProblemValues = [
  'iep-not-received',
  'services-not-started',
  'provider-stopped',
] as const;
export type EscalationProblemValue = (typeof escalationProblemValues)[number];
export const escalationStatusValues = ['open', 'resolved', 'all'] as const;
export type EscalationStatusValue = (typeof escalationStatusValues)[number];

export interface EscalationServiceView {
  program: string;
  service: string;
  frequency?: number;
  period?: 'day' | 'week' | 'month';
  durationMinutes?: number;
}

export interface EscalationRecordView {
  id: string;
  studentId: string;
  kind: EscalationKindValue;
  problem: EscalationProblemValue;
  service: ({ id: string } & EscalationServiceView) | null;
  toAddress: string;
  childName: string;
  dateOfBirth: string;
  siteName: string;
  siteAddress: string;
  details: string;
  status: 'open' | 'resolved';
  filedBy: string;
  filedAt: string;
  filedByYou: boolean;
  resolvedBy: string | null;
  resolvedAt: string | null;
  resolution: string | null;
  emailStatus: 'queued' | 'sent' | 'failed' | null;
}

export interface EscalationRouteRecordView {
  kind: EscalationKindValue;
  contactName: string | null;
  email: string | null;
  updatedAt: string | null;
}

/** A refusal by rule (422), a conflict (409) or a refusal of access: the message, and the passage. */
export interface EscalationRefusalView {
  message: string;
  citation?: string | undefined;
}

/** "Speech-language therapy (Related services), 2 a week, 30 minutes". */
export function escalationServiceText(i18n: Translator, service: EscalationServiceView): string {
  const program = labelOf(i18n, 'meeting.program', service.program);
  const name = service.service.trim() ? `${service.service.trim()} (${program})` : program;
  if (service.frequency === undefined || !service.period || !service.durationMinutes) return name;
  return i18n.t('escalations.serviceMandate', {
    name,
    frequency: service.frequency,
    period: i18n.t(`escalations.period.${service.period}`),
    minutes: service.durationMinutes,
  });
}

/** The e-mail's state: queued until a mail server accepted it (the product never claims more). */
export function escalationEmailText(i18n: Translator, e: EscalationRecordView): string {
  return i18n.t(`escalations.email.${e.emailStatus ?? 'queued'}`, { address: e.toAddress });
}

/**
 * The facts an escalation sends: the child's name and date of birth, the school's (an IEP not
 * received) or program's (services) name and address; a missing one says so.
 */
export function factRows(
  i18n: Translator,
  facts: { childName: string; dateOfBirth: string; siteName: string; siteAddress: string },
  siteWord: 'school' | 'program' | 'either',
): DetailRows {
  const { t } = i18n;
  const missing = t('escalations.fact.missing');
  return [
    [t('escalations.fact.childName'), facts.childName],
    [t('escalations.fact.dateOfBirth'), i18n.formatDate(facts.dateOfBirth)],
    [t(`escalations.fact.siteName.${siteWord}`), facts.siteName || missing],
    [t(`escalations.fact.siteAddress.${siteWord}`), facts.siteAddress.trim() || missing],
  ];
}

/** Which word the guidance uses for the site: the school (IEP not received) or the program. */
export const siteWordOf = (kind: EscalationKindValue): 'school' | 'program' =>
  kind === 'iep-not-received' ? 'school' : 'program';

export function EscalationRefusalAlert({
  i18n,
  refusal,
}: {
  i18n: Translator;
  refusal: EscalationRefusalView;
}) {
  const { t } = i18n;
  return (
    <Alert kind="error" heading={t('escalations.refusedHeading')}>
      <p>{refusal.message}</p>
      {refusal.citation && <p>{t('escalations.citation', { citation: refusal.citation })}</p>}
    </Alert>
  );
}
