import type { PageContext } from '../components/layout.tsx';
import { Layout } from '../components/layout.tsx';
import { StudentBreadcrumb } from '../components/breadcrumb.tsx';
import { Alert } from '../components/alert.tsx';
import { Table } from '../components/table.tsx';
import { DetailsSection } from '../components/details.tsx';
import { ConflictNotice } from '../components/conflict.tsx';
import {
  CsrfField,
  ErrorSummary,
  SelectField,
  TextAreaField,
  TextField,
} from '../components/form.tsx';
import type { FormMessages } from './form-state.ts';
import { fieldError, summaryItems, textValue } from './form-state.ts';
import type { FormState, StudentSummaryView } from './types.ts';
import { studentName } from './student-profile.tsx';
import { languageOptions } from './options.ts';
import type { RefusalView } from './consent-list.tsx';
import { RefusalAlert } from './consent-list.tsx';
import type { ReferralRecordView } from './referral-list.tsx';

/** One referral: who referred, the interventions tried, the designee, the administrator's meeting, the withdrawal agreement. */

export const designeeFields = ['designeeName', 'decision', 'decidedOn', 'note'] as const;
export type DesigneeField = (typeof designeeFields)[number];
export const interventionFields = [
  'intervention',
  'tier',
  'startsOn',
  'endsOn',
  'outcome',
] as const;
export type InterventionField = (typeof interventionFields)[number];
export const adminMeetingFields = ['requestedOn', 'heldOn', 'outcome'] as const;
export type AdminMeetingField = (typeof adminMeetingFields)[number];
export const withdrawalFields = [
  'agreedOn',
  'language',
  'service1',
  'duration1',
  'service2',
  'duration2',
  'service3',
  'duration3',
  'chairpersonCopyOn',
  'referrerCopyOn',
  'parentCopyOn',
  'studentCopyOn',
] as const;
export type WithdrawalField = (typeof withdrawalFields)[number];
export const referralDetailNotices = [
  'recorded',
  'designee-decided',
  'intervention-added',
  'meeting-recorded',
  'withdrawn',
] as const;
export type ReferralDetailNotice = (typeof referralDetailNotices)[number];

const designeeMessages: FormMessages<DesigneeField> = {
  idPrefix: 'designee-',
  error: (f) => `referral.designee.error.${f}`,
};
const interventionMessages: FormMessages<InterventionField> = {
  idPrefix: 'intervention-',
  error: (f) => `referral.intervention.error.${f}`,
};
const meetingMessages: FormMessages<AdminMeetingField> = {
  idPrefix: 'meeting-',
  error: (f) => `referral.meeting.error.${f}`,
};
const withdrawalMessages: FormMessages<WithdrawalField> = {
  idPrefix: 'withdrawal-',
  error: (f) => `referral.withdrawal.error.${f.replace(/[123]$/, '') as 'service'}`,
};

export interface ReferralDetailPageProps {
  page: PageContext;
  student: StudentSummaryView;
  referral: ReferralRecordView;
  mayManage: boolean;
  designeeForm?: FormState<DesigneeField> | undefined;
  interventionForm?: FormState<InterventionField> | undefined;
  meetingForm?: FormState<AdminMeetingField> | undefined;
  withdrawalForm?: FormState<WithdrawalField> | undefined;
  refusal?: RefusalView | undefined;
  conflict?: boolean | undefined;
  notice?: ReferralDetailNotice | undefined;
}

export function ReferralDetailPage(props: ReferralDetailPageProps) {
  const { page, student, referral: r, mayManage } = props;
  const { i18n } = page;
  const { t } = i18n;
  const name = studentName(i18n, student);
  const title = t('referral.detailTitle', { date: i18n.formatDate(r.submittedOn) });
  const forms = [
    props.designeeForm,
    props.interventionForm,
    props.meetingForm,
    props.withdrawalForm,
  ];
  const failed = Boolean(props.refusal || forms.some((f) => f?.invalid.length || f?.general));
  const base = `/students/${student.id}/referrals/${r.id}`;
  const none = t('common.none');
  const date = (d: string | null) => (d ? i18n.formatDate(d) : none);
  const choose = { value: '', label: t('form.choose') };
  function fieldsOf<F extends string>(
    form: FormState<F> | undefined,
    messages: FormMessages<F>,
    label: (f: F) => string,
  ) {
    return (f: F) => ({
      id: `${messages.idPrefix}${f}`,
      name: f,
      label: label(f),
      error: fieldError(form, f, messages, i18n),
      value: textValue(form, f),
    });
  }
  const details: [string, string][] = [
    [t('referral.column.status'), t(`referral.status.${r.status}`)],
    [t('referral.label.referrerKind'), t(`referral.referrerKind.${r.referrerKind}`)],
    [t('referral.label.referrerName'), r.referrerName],
    [t('referral.label.reason'), r.reason],
    [t('referral.label.submittedOn'), date(r.submittedOn)],
    [t('referral.column.receivedOn'), date(r.receivedOn)],
  ];
  if (r.designee)
    details.push(
      [t('referral.designee.label.designeeName'), r.designee.name],
      [
        t('referral.designee.label.decision'),
        t(`referral.designee.decision.${r.designee.decision}`),
      ],
      [t('referral.designee.label.decidedOn'), date(r.designee.decidedOn)],
    );
  const version = <input type="hidden" name="version" value={r.version} />;
  const designee = fieldsOf(props.designeeForm, designeeMessages, (f) =>
    t(`referral.designee.label.${f}`),
  );
  const intervention = fieldsOf(props.interventionForm, interventionMessages, (f) =>
    t(`referral.label.${f}`),
  );
  const meeting = fieldsOf(props.meetingForm, meetingMessages, (f) =>
    t(`referral.meeting.label.${f}`),
  );
  const withdrawal = fieldsOf(props.withdrawalForm, withdrawalMessages, (f) =>
    /\d$/.test(f)
      ? t(`referral.withdrawal.label.${f.startsWith('service') ? 'service' : 'duration'}`, {
          n: f.slice(-1),
        })
      : t(`referral.withdrawal.label.${f as 'agreedOn'}`),
  );
  const meetingOpen = r.status === 'open';
  const mayWithdraw =
    meetingOpen && r.adminMeeting.heldOn !== null && r.adminMeeting.outcome === null;
  return (
    <Layout page={page} title={failed ? t('form.errorTitle', { title }) : title}>
      <StudentBreadcrumb
        i18n={i18n}
        studentId={student.id}
        name={name}
        links={[{ href: `/students/${student.id}/referrals`, text: t('referral.breadcrumb') }]}
        current={title}
      />
      <h1>{title}</h1>
      {props.notice && (
        <Alert kind="success">
          <p>{t(`referral.notice.${props.notice}`)}</p>
        </Alert>
      )}
      {props.refusal && <RefusalAlert page={page} refusal={props.refusal} />}
      {props.conflict && (
        <ConflictNotice heading={t('referral.conflictHeading')} body={t('conflict.body')}>
          {null}
        </ConflictNotice>
      )}
      {r.status === 'awaiting-designee' && (
        <Alert kind="info">
          <p>{t('referral.awaitingDesignee')}</p>
        </Alert>
      )}
      <DetailsSection id="referral-details" heading={t('referral.detailsHeading')} rows={details} />
      {r.receivedOn && (
        <p>
          <a href={`/students/${student.id}/timeline`}>{t('referral.timelineLink')}</a>
        </p>
      )}

      <h2>{t('referral.interventionsHeading')}</h2>
      {r.interventions.length === 0 ? (
        <p>
          {r.noInterventionsReason
            ? t('referral.noInterventionsBecause', { reason: r.noInterventionsReason })
            : t('referral.noInterventions')}
        </p>
      ) : (
        <Table
          caption={t('referral.interventionsCaption')}
          headers={[
            t('referral.label.intervention'),
            t('referral.label.tier'),
            t('referral.label.startsOn'),
            t('referral.label.endsOn'),
            t('referral.label.outcome'),
          ]}
          rows={r.interventions.map((i) => ({
            key: i.id,
            cells: [
              i.intervention,
              t('referral.tier', { tier: String(i.tier) }),
              date(i.startsOn),
              date(i.endsOn),
              i.outcome || none,
            ],
          }))}
        />
      )}

      <h2>{t('referral.meetingHeading')}</h2>
      <p>{t('referral.meetingIntro')}</p>
      <DetailsSection
        id="meeting-details"
        heading={t('referral.meetingRecorded')}
        rows={[
          [t('referral.meeting.label.requestedOn'), date(r.adminMeeting.requestedOn)],
          [t('referral.meeting.label.heldOn'), date(r.adminMeeting.heldOn)],
          [
            t('referral.meeting.label.outcome'),
            r.adminMeeting.outcome ? t(`referral.meeting.outcome.${r.adminMeeting.outcome}`) : none,
          ],
        ]}
      />

      {r.withdrawal && (
        <section aria-labelledby="withdrawal-heading">
          <h2 id="withdrawal-heading">{t('referral.withdrawalHeading')}</h2>
          <p>
            {t('referral.withdrawalSummary', {
              date: date(r.withdrawal.agreedOn),
              language: i18n.languageName(r.withdrawal.language),
            })}
          </p>
          <Table
            caption={t('referral.servicesCaption')}
            headers={[
              t('referral.withdrawal.column.service'),
              t('referral.withdrawal.column.duration'),
            ]}
            rows={r.withdrawal.services.map((s, i) => ({
              key: String(i),
              cells: [s.service, s.duration],
            }))}
          />
          <DetailsSection
            id="copies"
            heading={t('referral.copiesHeading')}
            rows={[
              [
                t('referral.withdrawal.label.chairpersonCopyOn'),
                date(r.withdrawal.chairpersonCopyOn),
              ],
              [t('referral.withdrawal.label.referrerCopyOn'), date(r.withdrawal.referrerCopyOn)],
              [t('referral.withdrawal.label.parentCopyOn'), date(r.withdrawal.parentCopyOn)],
              [t('referral.withdrawal.label.studentCopyOn'), date(r.withdrawal.studentCopyOn)],
            ]}
          />
          {r.withdrawal.documentId && (
            <p>
              <a href={`/api/students/${student.id}/documents/${r.withdrawal.documentId}`}>
                {t('referral.documentLink')}
              </a>
            </p>
          )}
        </section>
      )}

      {mayManage && r.status === 'awaiting-designee' && (
        <form
          method="post"
          action={`${base}/designee-decision`}
          className="usa-form usa-form--large"
          noValidate
          id="designee-form"
        >
          <h2>{t('referral.designee.heading')}</h2>
          <ErrorSummary
            title={t('form.errorSummaryTitle')}
            items={summaryItems(props.designeeForm, designeeMessages, i18n)}
          />
          <CsrfField token={page.csrfToken} />
          {version}
          <TextField {...designee('designeeName')} required />
          <SelectField
            {...designee('decision')}
            options={[
              choose,
              { value: 'refer', label: t('referral.designee.decision.refer') },
              { value: 'not-refer', label: t('referral.designee.decision.not-refer') },
            ]}
            required
          />
          <TextField {...designee('decidedOn')} type="date" width="md" required />
          <TextAreaField {...designee('note')} />
          <button type="submit" className="usa-button">
            {t('referral.designee.submit')}
          </button>
        </form>
      )}

      {mayManage && r.status !== 'withdrawn' && (
        <form
          method="post"
          action={`${base}/interventions`}
          className="usa-form usa-form--large"
          noValidate
          id="intervention-form"
        >
          <h2>{t('referral.intervention.heading')}</h2>
          <ErrorSummary
            title={t('form.errorSummaryTitle')}
            items={summaryItems(props.interventionForm, interventionMessages, i18n)}
          />
          <CsrfField token={page.csrfToken} />
          {version}
          <TextField {...intervention('intervention')} required />
          <SelectField
            {...intervention('tier')}
            options={[
              choose,
              ...['1', '2', '3'].map((v) => ({ value: v, label: t('referral.tier', { tier: v }) })),
            ]}
            required
          />
          <TextField {...intervention('startsOn')} type="date" width="md" required />
          <TextField {...intervention('endsOn')} type="date" width="md" />
          <TextAreaField {...intervention('outcome')} />
          <button type="submit" className="usa-button usa-button--outline">
            {t('referral.intervention.submit')}
          </button>
        </form>
      )}

      {mayManage && meetingOpen && (
        <form
          method="post"
          action={`${base}/admin-meeting`}
          className="usa-form usa-form--large"
          noValidate
          id="meeting-form"
        >
          <h2>{t('referral.meeting.heading')}</h2>
          <ErrorSummary
            title={t('form.errorSummaryTitle')}
            items={summaryItems(props.meetingForm, meetingMessages, i18n)}
          />
          <CsrfField token={page.csrfToken} />
          {version}
          <TextField
            {...meeting('requestedOn')}
            value={textValue(props.meetingForm, 'requestedOn') ?? r.adminMeeting.requestedOn}
            type="date"
            width="md"
            required
          />
          <TextField
            {...meeting('heldOn')}
            value={textValue(props.meetingForm, 'heldOn') ?? r.adminMeeting.heldOn}
            type="date"
            width="md"
          />
          <SelectField
            {...meeting('outcome')}
            hint={t('referral.meeting.hint.outcome')}
            options={[
              { value: '', label: t('referral.meeting.outcome.none') },
              {
                value: 'continue-referral',
                label: t('referral.meeting.outcome.continue-referral'),
              },
            ]}
          />
          <button type="submit" className="usa-button usa-button--outline">
            {t('referral.meeting.submit')}
          </button>
        </form>
      )}

      {mayManage && mayWithdraw && (
        <form
          method="post"
          action={`${base}/withdrawal`}
          className="usa-form usa-form--large"
          noValidate
          id="withdrawal-form"
        >
          <h2>{t('referral.withdrawal.heading')}</h2>
          <p>{t('referral.withdrawal.intro')}</p>
          <ErrorSummary
            title={t('form.errorSummaryTitle')}
            items={summaryItems(props.withdrawalForm, withdrawalMessages, i18n)}
          />
          <CsrfField token={page.csrfToken} />
          {version}
          <TextField {...withdrawal('agreedOn')} type="date" width="md" required />
          <SelectField
            {...withdrawal('language')}
            hint={t('referral.withdrawal.hint.language')}
            options={languageOptions(i18n, textValue(props.withdrawalForm, 'language'))}
            required
          />
          {(['1', '2', '3'] as const).map((n) => (
            <fieldset className="usa-fieldset" key={n}>
              <legend className="usa-legend">
                {t('referral.withdrawal.serviceLegend', { n })}
              </legend>
              <TextField {...withdrawal(`service${n}`)} required={n === '1'} />
              <TextField
                {...withdrawal(`duration${n}`)}
                hint={t('referral.withdrawal.hint.duration')}
                required={n === '1'}
              />
            </fieldset>
          ))}
          <TextField {...withdrawal('chairpersonCopyOn')} type="date" width="md" required />
          <TextField {...withdrawal('referrerCopyOn')} type="date" width="md" required />
          <TextField {...withdrawal('parentCopyOn')} type="date" width="md" required />
          <TextField {...withdrawal('studentCopyOn')} type="date" width="md" />
          <button type="submit" className="usa-button">
            {t('referral.withdrawal.submit')}
          </button>
        </form>
      )}
      <p>
        <a href={`/students/${student.id}/referrals`}>{t('referral.backToList')}</a>
      </p>
    </Layout>
  );
}
