import type { PageContext } from '../components/layout.tsx';
import { Layout } from '../components/layout.tsx';
import { StudentBreadcrumb } from '../components/breadcrumb.tsx';
import { Alert } from '../components/alert.tsx';
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

/** A student's consents: the requests and their states, a form to ask for one, the public-benefits notifications. */

export const consentTypeValues = [
  'initial-evaluation',
  'initial-services',
  'reevaluation',
  'public-benefits',
  'private-insurance',
  'disclosure',
] as const;
export type ConsentTypeView = (typeof consentTypeValues)[number];
export type ConsentStateView = 'requested' | 'granted' | 'refused' | 'no-response' | 'revoked';
export type ConsentResponseView = Exclude<ConsentStateView, 'requested'>;
export const consentMethodValues = ['in-person', 'mail', 'email', 'phone'] as const;
export const recipientKindValues = ['transition-agency', 'other-district-officials'] as const;
export const notificationMethodValues = ['in-person', 'mail', 'email'] as const;

export interface ConsentRecordView {
  id: string;
  type: ConsentTypeView;
  requestedOn: string;
  method: (typeof consentMethodValues)[number];
  description: string;
  recipientKind: (typeof recipientKindValues)[number] | null;
  recipientName: string | null;
  informationDisclosed: string | null;
  insuranceUse: string | null;
  state: ConsentStateView;
  stateOn: string;
  version: number;
  history: readonly { state: ConsentStateView; on: string; written: boolean; note: string }[];
  efforts: readonly {
    id: string;
    kind: 'call' | 'correspondence' | 'visit';
    on: string;
    madeBy: string;
    result: string;
  }[];
  revocation: {
    servicesStop: boolean;
    noOverrideByDueProcess: boolean;
    retroactive: boolean;
    citation: string;
  };
  next: readonly ConsentResponseView[];
}

export interface ConsentListView {
  items: readonly ConsentRecordView[];
  publicBenefits: {
    notifications: readonly { id: string; notifiedOn: string; method: string }[];
    nextDueOn: string | null;
  };
  mayManage: boolean;
}

export const consentRequestFields = [
  'type',
  'requestedOn',
  'method',
  'description',
  'recipientKind',
  'recipientName',
  'informationDisclosed',
  'insuranceUse',
] as const;
export type ConsentRequestField = (typeof consentRequestFields)[number];
export const benefitsNotificationFields = ['notifiedOn', 'method'] as const;
export type BenefitsNotificationField = (typeof benefitsNotificationFields)[number];

export const consentNotices = ['requested', 'notification-recorded'] as const;
export type ConsentNotice = (typeof consentNotices)[number];

/** A refusal by rule (422): the message, and the passage that requires it. */
export interface RefusalView {
  message: string;
  /** The passage (a refusal by rule); absent for a conflict with another record. */
  citation?: string | undefined;
}

const requestMessages: FormMessages<ConsentRequestField> = {
  idPrefix: 'consent-',
  error: (field) => `consent.error.${field}`,
};
const notificationMessages: FormMessages<BenefitsNotificationField> = {
  idPrefix: 'notification-',
  error: (field) => `consent.notification.error.${field}`,
};

export interface ConsentListPageProps {
  page: PageContext;
  student: StudentSummaryView;
  consents: ConsentListView;
  requestForm?: FormState<ConsentRequestField> | undefined;
  notificationForm?: FormState<BenefitsNotificationField> | undefined;
  refusal?: RefusalView | undefined;
  notice?: ConsentNotice | undefined;
}

export function ConsentListPage(props: ConsentListPageProps) {
  const { page, student, consents, requestForm, notificationForm, refusal, notice } = props;
  const { i18n } = page;
  const { t } = i18n;
  const name = studentName(i18n, student);
  const title = t('consent.listTitle', { name });
  const failed = Boolean(
    refusal ||
    requestForm?.invalid.length ||
    requestForm?.general ||
    notificationForm?.invalid.length ||
    notificationForm?.general,
  );
  const base = `/students/${student.id}/consents`;
  const requestField = (field: ConsentRequestField) => ({
    id: `${requestMessages.idPrefix}${field}`,
    name: field,
    label: t(`consent.label.${field}`),
    error: fieldError(requestForm, field, requestMessages, i18n),
    value: textValue(requestForm, field),
  });
  const notificationField = (field: BenefitsNotificationField) => ({
    id: `${notificationMessages.idPrefix}${field}`,
    name: field,
    label: t(`consent.notification.label.${field}`),
    error: fieldError(notificationForm, field, notificationMessages, i18n),
    value: textValue(notificationForm, field),
  });
  const choose = { value: '', label: t('form.choose') };
  return (
    <Layout page={page} title={failed ? t('form.errorTitle', { title }) : title}>
      <StudentBreadcrumb
        i18n={i18n}
        studentId={student.id}
        name={name}
        current={t('consent.breadcrumb')}
      />
      <h1>{title}</h1>
      {notice && (
        <Alert kind="success">
          <p>{t(`consent.notice.${notice}`)}</p>
        </Alert>
      )}
      {refusal && <RefusalAlert page={page} refusal={refusal} />}
      <p>{t('consent.intro')}</p>
      {consents.items.length === 0 ? (
        <p>{t('consent.none')}</p>
      ) : (
        <Table
          caption={t('consent.tableCaption')}
          headers={[
            t('consent.column.type'),
            t('consent.column.requestedOn'),
            t('consent.column.state'),
            t('consent.column.stateOn'),
          ]}
          rows={consents.items.map((c) => ({
            key: c.id,
            cells: [
              <a href={`${base}/${c.id}`}>
                {t(`consent.type.${c.type}`)}
                {c.recipientName ? ` (${c.recipientName})` : ''}
                {c.insuranceUse ? ` (${c.insuranceUse})` : ''}
              </a>,
              i18n.formatDate(c.requestedOn),
              t(`consent.state.${c.state}`),
              i18n.formatDate(c.stateOn),
            ],
          }))}
        />
      )}

      <h2>{t('consent.benefitsHeading')}</h2>
      <p>{t('consent.benefitsIntro')}</p>
      <p>
        {consents.publicBenefits.nextDueOn
          ? t('consent.benefitsNextDue', {
              date: i18n.formatDate(consents.publicBenefits.nextDueOn),
            })
          : t('consent.benefitsNoneYet')}
      </p>
      {consents.publicBenefits.notifications.length > 0 && (
        <Table
          caption={t('consent.benefitsCaption')}
          headers={[
            t('consent.notification.label.notifiedOn'),
            t('consent.notification.label.method'),
          ]}
          rows={consents.publicBenefits.notifications.map((n) => ({
            key: n.id,
            cells: [i18n.formatDate(n.notifiedOn), t(`consent.method.${n.method as 'mail'}`)],
          }))}
        />
      )}

      {consents.mayManage && (
        <>
          <form
            method="post"
            action={base}
            className="usa-form usa-form--large"
            noValidate
            id="consent-form"
          >
            <h2>{t('consent.requestHeading')}</h2>
            <ErrorSummary
              title={t('form.errorSummaryTitle')}
              items={summaryItems(requestForm, requestMessages, i18n)}
            />
            <CsrfField token={page.csrfToken} />
            <SelectField
              {...requestField('type')}
              options={[
                choose,
                ...consentTypeValues.map((v) => ({ value: v, label: t(`consent.type.${v}`) })),
              ]}
              required
            />
            <TextField {...requestField('requestedOn')} type="date" width="md" required />
            <SelectField
              {...requestField('method')}
              options={[
                choose,
                ...consentMethodValues.map((v) => ({ value: v, label: t(`consent.method.${v}`) })),
              ]}
              required
            />
            <TextAreaField {...requestField('description')} hint={t('consent.hint.description')} />
            <fieldset className="usa-fieldset">
              <legend className="usa-legend">{t('consent.disclosureLegend')}</legend>
              <SelectField
                {...requestField('recipientKind')}
                options={[
                  choose,
                  ...recipientKindValues.map((v) => ({
                    value: v,
                    label: t(`consent.recipientKind.${v}`),
                  })),
                ]}
              />
              <TextField {...requestField('recipientName')} />
              <TextAreaField {...requestField('informationDisclosed')} />
            </fieldset>
            <TextField {...requestField('insuranceUse')} hint={t('consent.hint.insuranceUse')} />
            <button type="submit" className="usa-button">
              {t('consent.requestSubmit')}
            </button>
          </form>

          <form
            method="post"
            action={`${base}/public-benefits-notifications`}
            className="usa-form usa-form--large"
            noValidate
            id="notification-form"
          >
            <h2>{t('consent.notification.heading')}</h2>
            <ErrorSummary
              title={t('form.errorSummaryTitle')}
              items={summaryItems(notificationForm, notificationMessages, i18n)}
            />
            <CsrfField token={page.csrfToken} />
            <TextField {...notificationField('notifiedOn')} type="date" width="md" required />
            <SelectField
              {...notificationField('method')}
              options={[
                choose,
                ...notificationMethodValues.map((v) => ({
                  value: v,
                  label: t(`consent.method.${v}`),
                })),
              ]}
              required
            />
            <button type="submit" className="usa-button usa-button--outline">
              {t('consent.notification.submit')}
            </button>
          </form>
        </>
      )}
      <p>
        <a href={`/students/${student.id}`}>{t('consent.backToStudent', { name })}</a>
      </p>
    </Layout>
  );
}

/** A step the law does not allow now: why, and the passage. */
export function RefusalAlert({ page, refusal }: { page: PageContext; refusal: RefusalView }) {
  const { t } = page.i18n;
  return (
    <Alert kind="error" heading={t('consent.refusedHeading')}>
      <p>{refusal.message}</p>
      {refusal.citation && <p>{t('consent.citation', { citation: refusal.citation })}</p>}
    </Alert>
  );
}
