import type { PageContext } from '../components/layout.tsx';
import { Layout } from '../components/layout.tsx';
import { StudentBreadcrumb } from '../components/breadcrumb.tsx';
import { Alert } from '../components/alert.tsx';
import { Table } from '../components/table.tsx';
import { DetailsSection } from '../components/details.tsx';
import { ConflictNotice } from '../components/conflict.tsx';
import {
  CheckboxField,
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
import type { ConsentRecordView, RefusalView } from './consent-list.tsx';
import { RefusalAlert } from './consent-list.tsx';

/** One consent request: its history, the reasonable-efforts log, the parent's answer and a revocation. */

export const consentResponseFields = ['state', 'on', 'written', 'note'] as const;
export type ConsentResponseField = (typeof consentResponseFields)[number];
export const consentEffortFields = ['kind', 'on', 'madeBy', 'result'] as const;
export type ConsentEffortField = (typeof consentEffortFields)[number];
export const effortKindValues = ['call', 'correspondence', 'visit'] as const;
export const consentDetailNotices = ['requested', 'response-recorded', 'effort-logged'] as const;
export type ConsentDetailNotice = (typeof consentDetailNotices)[number];

const responseMessages: FormMessages<ConsentResponseField> = {
  idPrefix: 'response-',
  error: (field) => `consent.response.error.${field}`,
};
const effortMessages: FormMessages<ConsentEffortField> = {
  idPrefix: 'effort-',
  error: (field) => `consent.effort.error.${field}`,
};

export interface ConsentDetailPageProps {
  page: PageContext;
  student: StudentSummaryView;
  consent: ConsentRecordView;
  mayManage: boolean;
  responseForm?: FormState<ConsentResponseField> | undefined;
  effortForm?: FormState<ConsentEffortField> | undefined;
  refusal?: RefusalView | undefined;
  /** After a stale answer (409): the consent as recorded now. */
  conflict?: boolean | undefined;
  notice?: ConsentDetailNotice | undefined;
}

export function ConsentDetailPage(props: ConsentDetailPageProps) {
  const { page, student, consent, mayManage, responseForm, effortForm, refusal, conflict } = props;
  const { i18n } = page;
  const { t } = i18n;
  const name = studentName(i18n, student);
  const typeName = t(`consent.type.${consent.type}`);
  const title = t('consent.detailTitle', { type: typeName });
  const failed = Boolean(
    refusal ||
    responseForm?.invalid.length ||
    responseForm?.general ||
    effortForm?.invalid.length ||
    effortForm?.general,
  );
  const base = `/students/${student.id}/consents/${consent.id}`;
  const none = t('common.none');
  const rows: [string, string][] = [
    [t('consent.label.type'), typeName],
    [t('consent.column.state'), t(`consent.state.${consent.state}`)],
    [t('consent.column.stateOn'), i18n.formatDate(consent.stateOn)],
    [t('consent.label.requestedOn'), i18n.formatDate(consent.requestedOn)],
    [t('consent.label.method'), t(`consent.method.${consent.method}`)],
    [t('consent.label.description'), consent.description || none],
  ];
  if (consent.type === 'disclosure')
    rows.push(
      [
        t('consent.label.recipientKind'),
        consent.recipientKind ? t(`consent.recipientKind.${consent.recipientKind}`) : none,
      ],
      [t('consent.label.recipientName'), consent.recipientName ?? none],
      [t('consent.label.informationDisclosed'), consent.informationDisclosed ?? none],
    );
  if (consent.type === 'private-insurance')
    rows.push([t('consent.label.insuranceUse'), consent.insuranceUse ?? none]);
  const responseField = (field: ConsentResponseField) => ({
    id: `${responseMessages.idPrefix}${field}`,
    name: field,
    label: t(`consent.response.label.${field}`),
    error: fieldError(responseForm, field, responseMessages, i18n),
    value: textValue(responseForm, field),
  });
  const effortField = (field: ConsentEffortField) => ({
    id: `${effortMessages.idPrefix}${field}`,
    name: field,
    label: t(`consent.effort.label.${field}`),
    error: fieldError(effortForm, field, effortMessages, i18n),
    value: textValue(effortForm, field),
  });
  const choose = { value: '', label: t('form.choose') };
  const awaiting = consent.state === 'requested' || consent.state === 'no-response';
  return (
    <Layout page={page} title={failed ? t('form.errorTitle', { title }) : title}>
      <StudentBreadcrumb
        i18n={i18n}
        studentId={student.id}
        name={name}
        links={[{ href: `/students/${student.id}/consents`, text: t('consent.breadcrumb') }]}
        current={typeName}
      />
      <h1>{title}</h1>
      {props.notice && (
        <Alert kind="success">
          <p>{t(`consent.notice.${props.notice}`)}</p>
        </Alert>
      )}
      {refusal && <RefusalAlert page={page} refusal={refusal} />}
      {conflict && (
        <ConflictNotice heading={t('consent.conflictHeading')} body={t('conflict.body')}>
          {null}
        </ConflictNotice>
      )}
      <DetailsSection id="consent-details" heading={t('consent.detailsHeading')} rows={rows} />

      {consent.state === 'revoked' && (
        <Alert kind="warning" heading={t('consent.revokedHeading')}>
          {consent.revocation.servicesStop && <p>{t('consent.effect.servicesStop')}</p>}
          {consent.revocation.noOverrideByDueProcess && <p>{t('consent.effect.noOverride')}</p>}
          <p>{t('consent.effect.notRetroactive')}</p>
          <p>{t('consent.citation', { citation: consent.revocation.citation })}</p>
        </Alert>
      )}
      {consent.state === 'refused' && consent.type === 'initial-services' && (
        <Alert kind="info">
          <p>{t('consent.effect.refusedServices')}</p>
        </Alert>
      )}

      <h2>{t('consent.historyHeading')}</h2>
      <Table
        caption={t('consent.historyCaption')}
        headers={[
          t('consent.column.state'),
          t('consent.column.stateOn'),
          t('consent.response.label.written'),
          t('consent.response.label.note'),
        ]}
        rows={consent.history.map((h, i) => ({
          key: String(i),
          cells: [
            t(`consent.state.${h.state}`),
            i18n.formatDate(h.on),
            t(h.written ? 'common.yes' : 'common.no'),
            h.note || none,
          ],
        }))}
      />

      <h2>{t('consent.effortsHeading')}</h2>
      <p>{t('consent.effortsIntro')}</p>
      {consent.efforts.length === 0 ? (
        <p>{t('consent.effortsNone')}</p>
      ) : (
        <Table
          caption={t('consent.effortsCaption')}
          headers={[
            t('consent.effort.label.on'),
            t('consent.effort.label.kind'),
            t('consent.effort.label.madeBy'),
            t('consent.effort.label.result'),
          ]}
          rows={consent.efforts.map((e) => ({
            key: e.id,
            cells: [i18n.formatDate(e.on), t(`consent.effortKind.${e.kind}`), e.madeBy, e.result],
          }))}
        />
      )}

      {mayManage && consent.next.length > 0 && (
        <form
          method="post"
          action={`${base}/responses`}
          className="usa-form usa-form--large"
          noValidate
          id="response-form"
        >
          <h2>{t('consent.response.heading')}</h2>
          <ErrorSummary
            title={t('form.errorSummaryTitle')}
            items={summaryItems(responseForm, responseMessages, i18n)}
          />
          <CsrfField token={page.csrfToken} />
          <input type="hidden" name="version" value={consent.version} />
          <SelectField
            {...responseField('state')}
            options={[
              choose,
              ...consent.next.map((v) => ({ value: v, label: t(`consent.response.to.${v}`) })),
            ]}
            hint={consent.next.includes('revoked') ? t('consent.response.hint.revoked') : undefined}
            required
          />
          <TextField {...responseField('on')} type="date" width="md" required />
          <CheckboxField
            id="response-written"
            name="written"
            label={t('consent.response.label.written')}
            hint={t('consent.response.hint.written')}
            checked={responseForm?.values.written === true}
          />
          <TextAreaField {...responseField('note')} />
          <button type="submit" className="usa-button">
            {t('consent.response.submit')}
          </button>
        </form>
      )}

      {mayManage && awaiting && (
        <form
          method="post"
          action={`${base}/efforts`}
          className="usa-form usa-form--large"
          noValidate
          id="effort-form"
        >
          <h2>{t('consent.effort.heading')}</h2>
          <ErrorSummary
            title={t('form.errorSummaryTitle')}
            items={summaryItems(effortForm, effortMessages, i18n)}
          />
          <CsrfField token={page.csrfToken} />
          <SelectField
            {...effortField('kind')}
            options={[
              choose,
              ...effortKindValues.map((v) => ({ value: v, label: t(`consent.effortKind.${v}`) })),
            ]}
            required
          />
          <TextField {...effortField('on')} type="date" width="md" required />
          <TextField {...effortField('madeBy')} required />
          <TextAreaField {...effortField('result')} />
          <button type="submit" className="usa-button usa-button--outline">
            {t('consent.effort.submit')}
          </button>
        </form>
      )}
      <p>
        <a href={`/students/${student.id}/consents`}>{t('consent.backToList')}</a>
      </p>
    </Layout>
  );
}
