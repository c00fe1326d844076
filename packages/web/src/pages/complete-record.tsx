import type { PageContext } from '../components/layout.tsx';
import { Layout } from '../components/layout.tsx';
import { Alert } from '../components/alert.tsx';
import { RefusalAlert, StudentSubPage } from '../components/student-page.tsx';
import { DetailsList } from '../components/details.tsx';
import { Table } from '../components/table.tsx';
import { CheckboxField, TextField } from '../components/form.tsx';
import type { FormMessages } from './form-state.ts';
import { fieldProps } from './form-state.ts';
import { FormSection, PostForm } from './post-form.tsx';
import type { FormState } from './types.ts';
import { IepContentSections } from './iep-content-view.tsx';
import type { CompleteRecordView } from './complete-record-types.ts';
import { completeRecordOutline } from './complete-record-outline.ts';
import { AmendmentStatementsList } from './amendments.tsx';

/**
 * A child's complete record (34 CFR 300.613): every record the product holds for the child, a
 * section per kind, for the parent and for the privacy officer who provides it, with the link
 * to the copy (PDF) and, for the privacy officer, the form recording a copy made for a request
 * and its fee (300.617). The district's fee schedule has its own page.
 */

export const recordCopyFields = ['madeOn', 'pages', 'feePreventsAccess'] as const;
export type RecordCopyField = (typeof recordCopyFields)[number];
export const feeScheduleFields = ['effectiveFrom', 'copyPerPageCents'] as const;
export type FeeScheduleField = (typeof feeScheduleFields)[number];
export const completeRecordNotices = ['copy-recorded'] as const;
export type CompleteRecordNotice = (typeof completeRecordNotices)[number];

export interface CompleteRecordPageProps {
  page: PageContext;
  record: CompleteRecordView;
  /** The copy form that failed, for the request it was for. */
  copyForm?: { requestId: string; state: FormState<RecordCopyField> } | undefined;
  refusal?: { message: string; citation?: string | undefined } | undefined;
  notice?: CompleteRecordNotice | undefined;
}

export function CompleteRecordPage({
  page,
  record,
  copyForm,
  refusal,
  notice,
}: CompleteRecordPageProps) {
  const { i18n } = page;
  const { t } = i18n;
  const title = t('completeRecord.title', { name: record.studentName });
  const failed = Boolean(refusal || copyForm?.state.invalid.length || copyForm?.state.general);
  const outline = completeRecordOutline(i18n, record);
  const openRequests = record.sections.recordsRequests.filter((r) => r.status !== 'withdrawn');
  return (
    <StudentSubPage
      page={page}
      studentId={record.studentId}
      name={record.studentName}
      title={title}
      current={t('completeRecord.breadcrumb')}
      failed={failed}
      notice={notice && t(`completeRecord.notice.${notice}`)}
    >
      <RefusalAlert
        i18n={i18n}
        refusal={refusal}
        heading="completeRecord.refusedHeading"
        citation="completeRecord.citation"
      />
      <p>{t('completeRecord.intro', { date: i18n.formatDate(record.asOf) })}</p>
      <p>
        <a
          className="usa-button usa-button--outline"
          href={`/students/${record.studentId}/complete-record/copy.pdf`}
        >
          {t('completeRecord.copyLink')}
        </a>
      </p>
      <nav aria-labelledby="complete-record-contents">
        <h2 id="complete-record-contents">{t('completeRecord.contents')}</h2>
        <ul>
          {outline.map((s) => (
            <li key={s.key}>
              <a href={`#section-${s.key}`}>{s.heading}</a>
            </li>
          ))}
        </ul>
      </nav>
      {record.mayHandle && openRequests.length > 0 && (
        <section aria-labelledby="copies-heading" className="continuum-section">
          <h2 id="copies-heading">{t('completeRecord.copies.heading')}</h2>
          <p>{t('completeRecord.copies.intro')}</p>
          {openRequests.map((r) => (
            <CopyForm
              key={r.id}
              page={page}
              action={`/students/${record.studentId}/records-requests/${r.id}/copies`}
              requestId={r.id}
              receivedOn={r.receivedOn}
              state={copyForm?.requestId === r.id ? copyForm.state : undefined}
            />
          ))}
          <p>
            <a href="/records/fees">{t('completeRecord.feesLink')}</a>
          </p>
        </section>
      )}
      {outline.map((s) => (
        <section
          key={s.key}
          id={`section-${s.key}`}
          aria-labelledby={`section-${s.key}-heading`}
          className="continuum-section"
        >
          <h2 id={`section-${s.key}-heading`}>{s.heading}</h2>
          {s.items.length === 0 && <p>{t('completeRecord.none')}</p>}
          {s.items.map((item, i) => (
            <div key={`${s.key}-${i}`}>
              <h3>{item.heading}</h3>
              <DetailsList rows={item.rows} />
              {item.link && (
                <p>
                  <a href={item.link.href}>{item.link.text}</a>
                </p>
              )}
              {item.iepVersion && (
                <IepContentSections
                  i18n={i18n}
                  version={item.iepVersion}
                  idPrefix={`iep-${item.iepVersion.id}`}
                />
              )}
            </div>
          ))}
          {s.statements.length > 0 && (
            <>
              <h3>{t('completeRecord.statementsHeading')}</h3>
              <AmendmentStatementsList i18n={i18n} statements={s.statements} />
            </>
          )}
        </section>
      ))}
      <p>
        <a href={`/students/${record.studentId}/records-requests`}>
          {t('completeRecord.requestsLink')}
        </a>
      </p>
    </StudentSubPage>
  );
}

function CopyForm({
  page,
  action,
  requestId,
  receivedOn,
  state,
}: {
  page: PageContext;
  action: string;
  requestId: string;
  receivedOn: string;
  state: FormState<RecordCopyField> | undefined;
}) {
  const { i18n } = page;
  const { t } = i18n;
  const messages: FormMessages<RecordCopyField> = {
    idPrefix: `copy-${requestId}-`,
    error: (f) => `completeRecord.error.${f}`,
  };
  const field = fieldProps(state, messages, i18n, (f) => `completeRecord.label.${f}`);
  return (
    <PostForm
      page={page}
      action={action}
      state={state}
      messages={messages}
      heading={
        <h3>{t('completeRecord.copies.formHeading', { date: i18n.formatDate(receivedOn) })}</h3>
      }
      submit={t('completeRecord.copies.submit')}
    >
      <TextField {...field('madeOn')} type="date" />
      <TextField {...field('pages')} inputMode="numeric" hint={t('completeRecord.hint.pages')} />
      <CheckboxField
        id={`${messages.idPrefix}feePreventsAccess`}
        name="feePreventsAccess"
        label={t('completeRecord.label.feePreventsAccess')}
        hint={t('completeRecord.hint.feePreventsAccess')}
        checked={state?.values.feePreventsAccess === true}
      />
    </PostForm>
  );
}

export interface FeeSchedulesView {
  asOf: string;
  current: { effectiveFrom: string; copyPerPageCents: number } | null;
  history: readonly {
    id: string;
    effectiveFrom: string;
    copyPerPageCents: number;
    setBy: string;
    setAt: string;
  }[];
  mayEdit: boolean;
}

/** The district's fee for copies (300.617): in force today, its history, and the form to set a new one. */
export function FeeSchedulePage({
  page,
  fees,
  form,
  refusal,
  saved,
}: {
  page: PageContext;
  fees: FeeSchedulesView;
  form?: FormState<FeeScheduleField> | undefined;
  refusal?: { message: string; citation?: string | undefined } | undefined;
  saved?: boolean;
}) {
  const { i18n } = page;
  const { t } = i18n;
  const title = t('completeRecord.fees.title');
  const failed = Boolean(refusal || form?.invalid.length || form?.general);
  const money = (cents: number) =>
    new Intl.NumberFormat(i18n.locale, { style: 'currency', currency: 'USD' }).format(cents / 100);
  const messages: FormMessages<FeeScheduleField> = {
    idPrefix: 'fee-',
    error: (f) => `completeRecord.error.${f}`,
  };
  const field = fieldProps(form, messages, i18n, (f) => `completeRecord.label.${f}`);
  return (
    <Layout page={page} title={failed ? t('form.errorTitle', { title }) : title}>
      <h1>{title}</h1>
      {saved && (
        <Alert kind="success">
          <p>{t('completeRecord.fees.saved')}</p>
        </Alert>
      )}
      <RefusalAlert
        i18n={i18n}
        refusal={refusal}
        heading="completeRecord.refusedHeading"
        citation="completeRecord.citation"
      />
      <p>{t('completeRecord.fees.intro')}</p>
      <p>
        {fees.current
          ? t('completeRecord.fees.current', {
              fee: money(fees.current.copyPerPageCents),
              date: i18n.formatDate(fees.current.effectiveFrom),
            })
          : t('completeRecord.fees.none')}
      </p>
      {fees.history.length > 0 && (
        <Table
          caption={t('completeRecord.fees.historyCaption')}
          headers={[
            t('completeRecord.label.effectiveFrom'),
            t('completeRecord.fees.perPage'),
            t('completeRecord.fees.setBy'),
          ]}
          rows={fees.history.map((h) => ({
            key: h.id,
            cells: [
              i18n.formatDate(h.effectiveFrom),
              money(h.copyPerPageCents),
              `${h.setBy}, ${i18n.formatDateTime(h.setAt)}`,
            ],
          }))}
        />
      )}
      {fees.mayEdit && (
        <FormSection id="fee-form" heading={t('completeRecord.fees.formHeading')}>
          <PostForm
            page={page}
            action="/records/fees"
            state={form}
            messages={messages}
            submit={t('completeRecord.fees.submit')}
          >
            <TextField {...field('effectiveFrom')} type="date" />
            <TextField
              {...field('copyPerPageCents')}
              inputMode="numeric"
              hint={t('completeRecord.hint.copyPerPageCents')}
            />
          </PostForm>
        </FormSection>
      )}
    </Layout>
  );
}
