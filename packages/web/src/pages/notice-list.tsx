import type { PageContext } from '../components/layout.tsx';
import { Layout } from '../components/layout.tsx';
import { StudentBreadcrumb } from '../components/breadcrumb.tsx';
import { Alert } from '../components/alert.tsx';
import { Table } from '../components/table.tsx';
import {
  CheckboxGroup,
  CsrfField,
  ErrorSummary,
  SelectField,
  TextField,
} from '../components/form.tsx';
import type { Translator } from '../i18n/i18n.ts';
import type { FormMessages } from './form-state.ts';
import { fieldError, fieldProps, listValue, summaryItems } from './form-state.ts';
import type { FormState, StudentDetailView } from './types.ts';
import { studentName } from './student-profile.tsx';

/**
 * A student's notices: prior written notices and meeting notices (drafts and sent, with the
 * language, the translation owed, the channel and the delivery), the procedural safeguards
 * notice deliveries, and the forms that start each.
 */

/** The eight required elements of prior written notice, in the PSN's order (rules: notices). */
export const pwnElementIds = [
  'action',
  'reasons',
  'evaluationBasis',
  'safeguardsStatement',
  'safeguardsNoticeAccess',
  'helpResources',
  'optionsConsidered',
  'otherFactors',
] as const;
/** What a meeting notice tells the parent (rules: notices/meeting-notice.ts). */
export const meetingNoticeElementIds = [
  'date',
  'time',
  'place',
  'purpose',
  'attendees',
  'rightToBringOthers',
  'rightToInterpreter',
] as const;
export type NoticeElementId =
  (typeof pwnElementIds)[number] | (typeof meetingNoticeElementIds)[number];
export const pwnProposalValues = ['proposes', 'refuses'] as const;
export const pwnSubjectValues = [
  'identification',
  'evaluation',
  'educational-placement',
  'provision-of-fape',
] as const;
export const noticeChannelValues = ['mail', 'email'] as const;
export const safeguardsTriggerValues = [
  'annual',
  'initial-referral',
  'parent-request',
  'first-due-process-complaint',
  'first-state-complaint',
  'disciplinary-change-of-placement',
] as const;
export const safeguardsChannelValues = ['mail', 'email', 'in-person'] as const;
export const noticeSourceKinds = [
  'iep-version',
  'evaluation',
  'meeting',
  'referral',
  'consent',
] as const;

export interface NoticeRecordView {
  id: string;
  kind: 'prior-written-notice' | 'meeting-notice';
  proposal: (typeof pwnProposalValues)[number] | null;
  subjects: readonly string[];
  content: Readonly<Record<string, string>>;
  /** The required elements still blank: the notice cannot be sent until none are. */
  missing: readonly string[];
  sourceKind: (typeof noticeSourceKinds)[number] | null;
  sourceId: string | null;
  status: 'draft' | 'sent';
  guardianId: string | null;
  nativeLanguage: string | null;
  language: string | null;
  translationNeeded: boolean | null;
  channel: (typeof noticeChannelValues)[number] | null;
  addressUsed: string | null;
  sentOn: string | null;
  documentId: string | null;
  emailStatus: 'queued' | 'sent' | 'failed' | null;
  version: number;
  manageCase: boolean;
}

export interface SafeguardsDeliveryRecordView {
  id: string;
  guardianId: string;
  trigger: (typeof safeguardsTriggerValues)[number];
  requestedOn: string | null;
  deliveredOn: string;
  channel: (typeof safeguardsChannelValues)[number];
  addressUsed: string | null;
  nativeLanguage: string;
  language: string;
  translationNeeded: boolean;
}

export interface NoticeListView {
  notices: readonly NoticeRecordView[];
  safeguardsDeliveries: readonly SafeguardsDeliveryRecordView[];
  manageCase: boolean;
}

/** A record a notice can be made from (server: notices/list-notice-sources.ts). */
export interface NoticeSourceView {
  kind: (typeof noticeSourceKinds)[number];
  id: string;
  on: string | null;
  detail: string;
  scheduled: boolean;
}

export const noticeDraftFields = ['proposal', 'subjects', 'source'] as const;
export type PwnDraftField = (typeof noticeDraftFields)[number];
export const noticeMeetingFields = ['meetingId'] as const;
export type MeetingNoticeField = (typeof noticeMeetingFields)[number];
export const noticeSafeguardsFields = [
  'guardianId',
  'trigger',
  'deliveredOn',
  'channel',
  'requestedOn',
] as const;
export type SafeguardsField = (typeof noticeSafeguardsFields)[number];

export const noticeListNotices = ['safeguards-recorded'] as const;
export type NoticeListNotice = (typeof noticeListNotices)[number];

/** A refusal by rule (422) or a conflict: the message, and the passage when there is one. */
export interface NoticeRefusalView {
  message: string;
  citation?: string | undefined;
}

const draftMessages: FormMessages<PwnDraftField> = {
  idPrefix: 'pwn-',
  error: (field) => `notices.draftForm.error.${field}`,
};
const meetingMessages: FormMessages<MeetingNoticeField> = {
  idPrefix: 'meeting-notice-',
  error: (field) => `notices.meetingForm.error.${field}`,
};
const safeguardsMessages: FormMessages<SafeguardsField> = {
  idPrefix: 'safeguards-',
  error: (field) => `notices.safeguardsForm.error.${field}`,
};

/** How a source record reads in a list of choices. */
export function noticeSourceLabel(i18n: Translator, source: NoticeSourceView): string {
  const { t } = i18n;
  const date = source.on ? i18n.formatDate(source.on) : t('notices.source.undated');
  switch (source.kind) {
    case 'iep-version':
      return t('notices.source.iep-version', { number: source.detail, date });
    case 'evaluation':
      return t('notices.source.evaluation', { kind: source.detail, date });
    case 'meeting':
      return t('notices.source.meeting', {
        committee: t(`notices.committee.${source.detail as 'cse'}`),
        date,
      });
    case 'referral':
      return t('notices.source.referral', { date });
    case 'consent': {
      const type = `consent.type.${source.detail}`;
      return t('notices.source.consent', {
        type: i18n.has(type) ? t(type) : source.detail,
        date,
      });
    }
  }
}

/** A parent's name with how they chose to receive notices, for the delivery forms. */
export function noticeGuardianLabel(
  i18n: Translator,
  guardian: StudentDetailView['guardians'][number],
): string {
  return i18n.t('notices.guardianOption', {
    name: guardian.fullName,
    delivery: i18n.t(`guardian.noticeDelivery.${guardian.noticeDelivery ?? 'mail'}`),
  });
}

/** The delivery of a sent notice: mailed on a day, or the e-mail's state. */
export function noticeDeliveryText(i18n: Translator, notice: NoticeRecordView): string {
  const { t } = i18n;
  if (notice.status !== 'sent' || !notice.sentOn) return t('notices.delivery.notSent');
  if (notice.channel === 'email')
    return t(`notices.delivery.email.${notice.emailStatus ?? 'queued'}`, {
      date: i18n.formatDate(notice.sentOn),
    });
  return t('notices.delivery.mail', { date: i18n.formatDate(notice.sentOn) });
}

/** Whether an oral translation is owed, and into which language. */
export function noticeTranslationText(
  i18n: Translator,
  record: { translationNeeded: boolean | null; nativeLanguage: string | null },
): string {
  const { t } = i18n;
  if (record.translationNeeded === null) return t('notices.notSentYet');
  return record.translationNeeded && record.nativeLanguage
    ? t('notices.translation.needed', { language: i18n.languageName(record.nativeLanguage) })
    : t('notices.translation.notNeeded');
}

export interface NoticeListPageProps {
  page: PageContext;
  student: StudentDetailView;
  notices: NoticeListView;
  sources: readonly NoticeSourceView[];
  draftForm?: FormState<PwnDraftField> | undefined;
  meetingForm?: FormState<MeetingNoticeField> | undefined;
  safeguardsForm?: FormState<SafeguardsField> | undefined;
  refusal?: NoticeRefusalView | undefined;
  notice?: NoticeListNotice | undefined;
}

export function NoticeListPage(props: NoticeListPageProps) {
  const { page, student, notices, sources, draftForm, meetingForm, safeguardsForm } = props;
  const { i18n } = page;
  const { t } = i18n;
  const name = studentName(i18n, student);
  const title = t('notices.listTitle', { name });
  const failed = Boolean(
    props.refusal ||
    [draftForm, meetingForm, safeguardsForm].some((f) => f?.invalid.length || f?.general),
  );
  const base = `/students/${student.id}/notices`;
  const none = t('common.none');
  const guardianName = (id: string | null) =>
    student.guardians.find((g) => g.id === id)?.fullName ?? none;
  const choose = { value: '', label: t('form.choose') };
  const draftField = fieldProps(
    draftForm,
    draftMessages,
    i18n,
    (f) => `notices.draftForm.label.${f}`,
  );
  const meetingField = fieldProps(
    meetingForm,
    meetingMessages,
    i18n,
    (f) => `notices.meetingForm.label.${f}`,
  );
  const safeguardsField = fieldProps(
    safeguardsForm,
    safeguardsMessages,
    i18n,
    (f) => `notices.safeguardsForm.label.${f}`,
  );
  const scheduledMeetings = sources.filter((s) => s.kind === 'meeting' && s.scheduled);
  const guardianOptions = [
    choose,
    ...student.guardians.map((g) => ({ value: g.id, label: noticeGuardianLabel(i18n, g) })),
  ];
  return (
    <Layout page={page} title={failed ? t('form.errorTitle', { title }) : title}>
      <StudentBreadcrumb
        i18n={i18n}
        studentId={student.id}
        name={name}
        current={t('notices.breadcrumb')}
      />
      <h1>{title}</h1>
      {props.notice && (
        <Alert kind="success">
          <p>{t(`notices.notice.${props.notice}`)}</p>
        </Alert>
      )}
      {props.refusal && <NoticeRefusalAlert i18n={i18n} refusal={props.refusal} />}
      <p>{t('notices.intro')}</p>

      <h2>{t('notices.noticesHeading')}</h2>
      {notices.notices.length === 0 ? (
        <p>{t('notices.none')}</p>
      ) : (
        <Table
          caption={t('notices.tableCaption')}
          headers={[
            t('notices.column.kind'),
            t('notices.column.status'),
            t('notices.column.language'),
            t('notices.column.translation'),
            t('notices.column.channel'),
            t('notices.column.delivery'),
            t('notices.column.document'),
          ]}
          rows={notices.notices.map((n) => ({
            key: n.id,
            cells: [
              <a href={`${base}/${n.id}`}>{t(`notices.kind.${n.kind}`)}</a>,
              n.status === 'sent'
                ? t('notices.status.sentTo', { name: guardianName(n.guardianId) })
                : t('notices.status.draft', { count: n.missing.length }),
              n.language ? i18n.languageName(n.language) : t('notices.notSentYet'),
              noticeTranslationText(i18n, n),
              n.channel ? t(`notices.channel.${n.channel}`) : t('notices.notSentYet'),
              noticeDeliveryText(i18n, n),
              n.documentId ? (
                <a href={`/students/${student.id}/documents/${n.documentId}`}>
                  {t('notices.downloadPdf')}
                </a>
              ) : (
                none
              ),
            ],
          }))}
        />
      )}

      <h2>{t('notices.safeguardsHeading')}</h2>
      <p>{t('notices.safeguardsIntro')}</p>
      {notices.safeguardsDeliveries.length === 0 ? (
        <p>{t('notices.safeguardsNone')}</p>
      ) : (
        <Table
          caption={t('notices.safeguardsCaption')}
          headers={[
            t('notices.safeguardsForm.label.deliveredOn'),
            t('notices.safeguardsForm.label.trigger'),
            t('notices.safeguardsForm.label.guardianId'),
            t('notices.safeguardsForm.label.channel'),
            t('notices.column.language'),
            t('notices.column.translation'),
          ]}
          rows={notices.safeguardsDeliveries.map((d) => ({
            key: d.id,
            cells: [
              i18n.formatDate(d.deliveredOn),
              d.requestedOn
                ? t('notices.trigger.requestedOn', {
                    trigger: t(`notices.trigger.${d.trigger}`),
                    date: i18n.formatDate(d.requestedOn),
                  })
                : t(`notices.trigger.${d.trigger}`),
              guardianName(d.guardianId),
              t(`notices.channel.${d.channel}`),
              i18n.languageName(d.language),
              noticeTranslationText(i18n, d),
            ],
          }))}
        />
      )}

      {notices.manageCase && (
        <>
          <form
            method="post"
            action={base}
            className="usa-form usa-form--large"
            noValidate
            id="pwn-form"
          >
            <h2>{t('notices.draftForm.heading')}</h2>
            <p>{t('notices.draftForm.intro')}</p>
            <ErrorSummary
              title={t('form.errorSummaryTitle')}
              items={summaryItems(draftForm, draftMessages, i18n)}
            />
            <CsrfField token={page.csrfToken} />
            <SelectField
              {...draftField('proposal')}
              options={[
                choose,
                ...pwnProposalValues.map((v) => ({
                  value: v,
                  label: t(`notices.proposal.${v}`),
                })),
              ]}
              required
            />
            <CheckboxGroup
              id="pwn-subjects"
              name="subjects"
              label={t('notices.draftForm.label.subjects')}
              error={fieldError(draftForm, 'subjects', draftMessages, i18n)}
              options={pwnSubjectValues.map((v) => ({
                value: v,
                label: t(`notices.subjectOption.${v}`),
              }))}
              checked={listValue(draftForm, 'subjects')}
            />
            <SelectField
              {...draftField('source')}
              hint={t('notices.draftForm.hint.source')}
              options={[
                { value: '', label: t('notices.source.none') },
                ...sources.map((s) => ({
                  value: `${s.kind}:${s.id}`,
                  label: noticeSourceLabel(i18n, s),
                })),
              ]}
            />
            <button type="submit" className="usa-button">
              {t('notices.draftForm.submit')}
            </button>
          </form>

          <form
            method="post"
            action={`${base}/meeting-notices`}
            className="usa-form usa-form--large"
            noValidate
            id="meeting-notice-form"
          >
            <h2>{t('notices.meetingForm.heading')}</h2>
            <ErrorSummary
              title={t('form.errorSummaryTitle')}
              items={summaryItems(meetingForm, meetingMessages, i18n)}
            />
            {scheduledMeetings.length === 0 ? (
              <p>{t('notices.meetingForm.noneScheduled')}</p>
            ) : (
              <>
                <CsrfField token={page.csrfToken} />
                <SelectField
                  {...meetingField('meetingId')}
                  options={[
                    choose,
                    ...scheduledMeetings.map((s) => ({
                      value: s.id,
                      label: noticeSourceLabel(i18n, s),
                    })),
                  ]}
                  required
                />
                <button type="submit" className="usa-button usa-button--outline">
                  {t('notices.meetingForm.submit')}
                </button>
              </>
            )}
          </form>

          <form
            method="post"
            action={`${base}/safeguards-deliveries`}
            className="usa-form usa-form--large"
            noValidate
            id="safeguards-form"
          >
            <h2>{t('notices.safeguardsForm.heading')}</h2>
            <ErrorSummary
              title={t('form.errorSummaryTitle')}
              items={summaryItems(safeguardsForm, safeguardsMessages, i18n)}
            />
            <CsrfField token={page.csrfToken} />
            <SelectField {...safeguardsField('guardianId')} options={guardianOptions} required />
            <SelectField
              {...safeguardsField('trigger')}
              options={[
                choose,
                ...safeguardsTriggerValues.map((v) => ({
                  value: v,
                  label: t(`notices.trigger.${v}`),
                })),
              ]}
              required
            />
            <TextField {...safeguardsField('deliveredOn')} type="date" width="md" required />
            <SelectField
              {...safeguardsField('channel')}
              hint={t('notices.safeguardsForm.hint.channel')}
              options={[
                choose,
                ...safeguardsChannelValues.map((v) => ({
                  value: v,
                  label: t(`notices.channel.${v}`),
                })),
              ]}
              required
            />
            <TextField
              {...safeguardsField('requestedOn')}
              type="date"
              width="md"
              hint={t('notices.safeguardsForm.hint.requestedOn')}
            />
            <button type="submit" className="usa-button usa-button--outline">
              {t('notices.safeguardsForm.submit')}
            </button>
          </form>
        </>
      )}
      <p>
        <a href={`/students/${student.id}`}>{t('notices.backToStudent', { name })}</a>
      </p>
    </Layout>
  );
}

/** A step the law does not allow now (why, and the passage), or a conflict. */
export function NoticeRefusalAlert({
  i18n,
  refusal,
}: {
  i18n: Translator;
  refusal: NoticeRefusalView;
}) {
  const { t } = i18n;
  return (
    <Alert kind="error" heading={t('notices.refusedHeading')}>
      <p>{refusal.message}</p>
      {refusal.citation && <p>{t('notices.citation', { citation: refusal.citation })}</p>}
    </Alert>
  );
}
