import type { PageContext } from '../components/layout.tsx';
import { Layout } from '../components/layout.tsx';
import { StudentBreadcrumb } from '../components/breadcrumb.tsx';
import { Table } from '../components/table.tsx';
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
import type { RefusalView } from './consent-list.tsx';
import { RefusalAlert } from './consent-list.tsx';

/** A student's referrals and the form that records a new one. */

export const referrerKindValues = [
  'parent',
  'adult-student',
  'district-staff',
  'physician',
  'judicial-officer',
  'public-agency',
] as const;
export type ReferrerKindView = (typeof referrerKindValues)[number];
export type ReferralStatusView =
  'awaiting-designee' | 'declined-by-designee' | 'open' | 'withdrawn';

export interface ReferralRecordView {
  id: string;
  referrerKind: ReferrerKindView;
  referrerName: string;
  reason: string;
  submittedOn: string;
  status: ReferralStatusView;
  receivedOn: string | null;
  designee: {
    name: string;
    decision: 'refer' | 'not-refer';
    decidedOn: string;
    note: string;
  } | null;
  noInterventionsReason: string | null;
  interventions: readonly {
    id: string;
    intervention: string;
    tier: number;
    startsOn: string;
    endsOn: string | null;
    outcome: string;
  }[];
  adminMeeting: {
    requestedOn: string | null;
    heldOn: string | null;
    outcome: 'continue-referral' | 'withdraw-referral' | null;
  };
  withdrawal: {
    agreedOn: string;
    language: string;
    services: readonly { service: string; duration: string }[];
    chairpersonCopyOn: string;
    referrerCopyOn: string;
    parentCopyOn: string;
    studentCopyOn: string | null;
    documentId: string | null;
  } | null;
  version: number;
}

export const referralFields = [
  'referrerKind',
  'referrerName',
  'reason',
  'submittedOn',
  'noInterventionsReason',
  'intervention',
  'tier',
  'startsOn',
  'endsOn',
  'outcome',
] as const;
export type ReferralField = (typeof referralFields)[number];

const referralMessages: FormMessages<ReferralField> = {
  idPrefix: 'referral-',
  error: (field) => `referral.error.${field}`,
};

export interface ReferralListPageProps {
  page: PageContext;
  student: StudentSummaryView;
  referrals: readonly ReferralRecordView[];
  mayManage: boolean;
  form?: FormState<ReferralField> | undefined;
  refusal?: RefusalView | undefined;
}

export function ReferralListPage(props: ReferralListPageProps) {
  const { page, student, referrals, mayManage, form, refusal } = props;
  const { i18n } = page;
  const { t } = i18n;
  const name = studentName(i18n, student);
  const title = t('referral.listTitle', { name });
  const failed = Boolean(refusal || form?.invalid.length || form?.general);
  const base = `/students/${student.id}/referrals`;
  const field = (f: ReferralField) => ({
    id: `${referralMessages.idPrefix}${f}`,
    name: f,
    label: t(`referral.label.${f}`),
    error: fieldError(form, f, referralMessages, i18n),
    value: textValue(form, f),
  });
  const choose = { value: '', label: t('form.choose') };
  return (
    <Layout page={page} title={failed ? t('form.errorTitle', { title }) : title}>
      <StudentBreadcrumb
        i18n={i18n}
        studentId={student.id}
        name={name}
        current={t('referral.breadcrumb')}
      />
      <h1>{title}</h1>
      {refusal && <RefusalAlert page={page} refusal={refusal} />}
      {referrals.length === 0 ? (
        <p>{t('referral.none')}</p>
      ) : (
        <Table
          caption={t('referral.tableCaption')}
          headers={[
            t('referral.column.submittedOn'),
            t('referral.column.referrer'),
            t('referral.column.status'),
            t('referral.column.receivedOn'),
          ]}
          rows={referrals.map((r) => ({
            key: r.id,
            cells: [
              <a href={`${base}/${r.id}`}>{i18n.formatDate(r.submittedOn)}</a>,
              `${r.referrerName} (${t(`referral.referrerKind.${r.referrerKind}`)})`,
              t(`referral.status.${r.status}`),
              r.receivedOn ? i18n.formatDate(r.receivedOn) : t('common.none'),
            ],
          }))}
        />
      )}
      {mayManage && (
        <form
          method="post"
          action={base}
          className="usa-form usa-form--large"
          noValidate
          id="referral-form"
        >
          <h2>{t('referral.formHeading')}</h2>
          <p>{t('referral.formIntro')}</p>
          <ErrorSummary
            title={t('form.errorSummaryTitle')}
            items={summaryItems(form, referralMessages, i18n)}
          />
          <CsrfField token={page.csrfToken} />
          <SelectField
            {...field('referrerKind')}
            hint={t('referral.hint.referrerKind')}
            options={[
              choose,
              ...referrerKindValues.map((v) => ({
                value: v,
                label: t(`referral.referrerKind.${v}`),
              })),
            ]}
            required
          />
          <TextField {...field('referrerName')} required />
          <TextAreaField {...field('reason')} />
          <TextField {...field('submittedOn')} type="date" width="md" required />
          <fieldset className="usa-fieldset">
            <legend className="usa-legend">{t('referral.interventionsLegend')}</legend>
            <span className="usa-hint">{t('referral.hint.interventions')}</span>
            <TextField {...field('intervention')} />
            <SelectField
              {...field('tier')}
              options={[
                choose,
                ...['1', '2', '3'].map((v) => ({
                  value: v,
                  label: t('referral.tier', { tier: v }),
                })),
              ]}
            />
            <TextField {...field('startsOn')} type="date" width="md" />
            <TextField {...field('endsOn')} type="date" width="md" />
            <TextAreaField {...field('outcome')} />
            <TextAreaField {...field('noInterventionsReason')} />
          </fieldset>
          <button type="submit" className="usa-button">
            {t('referral.submit')}
          </button>
        </form>
      )}
      <p>
        <a href={`/students/${student.id}`}>{t('referral.backToStudent', { name })}</a>
      </p>
    </Layout>
  );
}
