import { programs } from '@continuum/rules';
import type { IepContent, IepService } from '@continuum/rules/iep/index.ts';
import type { Translator } from '@continuum/web';

/**
 * What a prior written notice's draft takes from the record it is made from (PSN, Prior
 * written notice, Content of notice, items 1-3: the action, the reasons, the evaluations
 * used). Pure: the caller reads the records; these only word them, in the draft's language.
 * The chairperson edits the result before sending; nothing here is sent unread.
 */

/** A completed evaluation component (a report the committee used). */
export interface UsedReport {
  component: string;
  reportOn: string | null;
}

/** One recommended program or service, as one line of the notice. */
export function serviceLine(service: IepService, i18n: Translator): string {
  const program = programs.PROGRAMS[service.program]?.label ?? service.program;
  return i18n.t('notices.prefill.service', {
    program,
    service: service.service.trim(),
    hasService: service.service.trim() ? 'yes' : 'no',
    frequency: service.frequency,
    period: service.period,
    minutes: service.durationMinutes,
    location: service.location.trim() || '-',
    groupSize: service.groupSize,
    start: i18n.formatDate(service.startDate),
    end: i18n.formatDate(service.endDate),
  });
}

/** The evaluations used (item 3): each completed report, with its date when known. */
export function reportsLine(reports: readonly UsedReport[], i18n: Translator): string {
  return reports
    .map((r) => {
      // Parents read this: the component's name in their language, not its id.
      const key = `evaluation.component.${r.component}`;
      const component = i18n.has(key) ? i18n.t(key) : r.component;
      return r.reportOn
        ? i18n.t('notices.prefill.component', { component, date: i18n.formatDate(r.reportOn) })
        : component;
    })
    .join('\n');
}

/**
 * From a final IEP version: the action is the recommended programs and services (with 12-month
 * services when recommended), the reasons are the classification and how the disability
 * affects progress, and the evaluations used are the completed reports before the meeting.
 */
export function iepPrefill(
  input: { content: IepContent; meetingDate: string | null; reports: readonly UsedReport[] },
  i18n: Translator,
): Record<string, string> {
  const { content } = input;
  const out: Record<string, string> = {};
  const action = [
    input.meetingDate
      ? i18n.t('notices.prefill.iepAction', { date: i18n.formatDate(input.meetingDate) })
      : i18n.t('notices.prefill.iepActionUndated'),
    ...content.services.map((s) => `- ${serviceLine(s, i18n)}`),
  ];
  if (content.twelveMonthServices.recommended)
    action.push(`- ${i18n.t('notices.prefill.twelveMonth')}`);
  if (content.services.length > 0) out.action = action.join('\n');
  const reasons: string[] = [];
  if (content.classification) {
    const id = `classification.${content.classification}`;
    reasons.push(
      i18n.t('notices.prefill.classification', {
        classification: i18n.has(id) ? i18n.t(id) : content.classification,
      }),
    );
  }
  if (content.effectOnProgress.trim()) reasons.push(content.effectOnProgress.trim());
  if (reasons.length > 0) out.reasons = reasons.join('\n');
  if (content.leastRestrictiveEnvironment.trim())
    out.optionsConsidered = content.leastRestrictiveEnvironment.trim();
  if (input.reports.length > 0) out.evaluationBasis = reportsLine(input.reports, i18n);
  return out;
}

/** From a referral: the district proposes an initial evaluation, for the referral's reason. */
export function referralPrefill(
  referral: { receivedOn: string; referrerKind: string; reason: string },
  i18n: Translator,
): Record<string, string> {
  const kind = `referral.referrerKind.${referral.referrerKind}`;
  const out: Record<string, string> = {
    action: i18n.t('notices.prefill.referralAction', {
      date: i18n.formatDate(referral.receivedOn),
      referrer: i18n.has(kind) ? i18n.t(kind) : referral.referrerKind,
    }),
  };
  if (referral.reason.trim()) out.reasons = referral.reason.trim();
  return out;
}

export const consentTypes = [
  'initial-evaluation',
  'initial-services',
  'reevaluation',
  'public-benefits',
  'private-insurance',
  'disclosure',
] as const;
export type ConsentType = (typeof consentTypes)[number];

/**
 * From a parent's refusal (or revocation) of consent: the action the district refuses (it does
 * not go ahead without consent), and why: the parent's answer on that day.
 */
export function consentPrefill(
  consent: { type: ConsentType; state: 'refused' | 'revoked'; on: string; description: string },
  i18n: Translator,
): Record<string, string> {
  const out: Record<string, string> = {
    action: i18n.t(`notices.prefill.consentAction.${consent.type}`),
    reasons: i18n.t(`notices.prefill.consentReason.${consent.state}`, {
      date: i18n.formatDate(consent.on),
    }),
  };
  if (consent.description.trim()) out.otherFactors = consent.description.trim();
  return out;
}
