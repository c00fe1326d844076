import type { PageContext } from '../components/layout.tsx';
import { Layout } from '../components/layout.tsx';
import { RefusalAlert, StudentSubPage } from '../components/student-page.tsx';
import { Table } from '../components/table.tsx';
import type { DetailRows } from '../components/details.tsx';
import { DetailsList } from '../components/details.tsx';
import { CheckboxField, SelectField, TextAreaField, TextField } from '../components/form.tsx';
import type { Translator } from '../i18n/i18n.ts';
import type { FormMessages } from './form-state.ts';
import { fieldProps } from './form-state.ts';
import { FormSection, PostForm } from './post-form.tsx';
import type { FormState, StudentDetailView } from './types.ts';
import { studentName } from './student-profile.tsx';
import type { RecordCopyRecordView } from './complete-record-types.ts';
import { copyText } from './record-copy-text.ts';

/**
 * Requests to inspect and review a child's education records (34 CFR 300.613): the child's
 * requests, with the parent's form to ask and the privacy officer's forms to record a request
 * received another way, mark it provided or withdrawn; and the district's open requests with
 * their due dates.
 */

export const recordsRequestChannelValues = [
  'online',
  'paper',
  'in-person',
  'email',
  'phone',
] as const;
export const recordsRequestRequesterValues = ['parent', 'representative', 'student'] as const;
const askFields = ['inspect', 'explanations', 'copies'] as const;
export const recordsRequestAskFields = askFields;
export const recordsRequestRecordFields = [
  'requester',
  'guardianId',
  'representativeName',
  'authorizationRecordedOn',
  'receivedOn',
  'channel',
  ...askFields,
] as const;
export const recordsRequestProvideFields = ['providedOn', 'how', 'explanationsGiven'] as const;
export const recordsRequestWithdrawFields = ['withdrawnOn'] as const;
export type RecordsRequestField =
  | (typeof recordsRequestRecordFields)[number]
  | (typeof recordsRequestProvideFields)[number]
  | (typeof recordsRequestWithdrawFields)[number];
export const recordsRequestNotices = ['requested', 'provided', 'withdrawn'] as const;
export type RecordsRequestNotice = (typeof recordsRequestNotices)[number];

export interface RecordsRequestRecordView {
  id: string;
  studentId: string;
  requester: (typeof recordsRequestRequesterValues)[number];
  guardianName: string | null;
  representativeName: string | null;
  authorizationRecordedOn: string | null;
  receivedOn: string;
  channel: (typeof recordsRequestChannelValues)[number];
  inspect: boolean;
  explanations: boolean;
  copies: boolean;
  status: 'requested' | 'provided' | 'withdrawn';
  providedOn: string | null;
  providedHow: string | null;
  withdrawnOn: string | null;
  explanationsGivenOn: string | null;
  explanationsGivenBy: string | null;
  /** The copies made for the request (complete-record module), oldest first. */
  copiesMade?: readonly RecordCopyRecordView[];
}

/** Which form on the page failed: asking, recording, or closing one request. */
export type RecordsRequestForm =
  | { kind: 'ask' | 'record'; state: FormState<RecordsRequestField> }
  | { kind: 'provide' | 'withdraw'; requestId: string; state: FormState<RecordsRequestField> };

export interface StudentRecordsRequestsPageProps {
  page: PageContext;
  student: StudentDetailView;
  list: {
    requests: readonly RecordsRequestRecordView[];
    guardians: readonly { id: string; name: string }[];
    mayRequest: boolean;
    mayHandle: boolean;
  };
  form?: RecordsRequestForm | undefined;
  refusal?: { message: string; citation?: string | undefined } | undefined;
  notice?: RecordsRequestNotice | undefined;
}

const messagesFor = (prefix: string): FormMessages<RecordsRequestField> => ({
  idPrefix: prefix,
  error: (field) => `recordsRequests.error.${field}`,
});

/** What was asked: "Inspect and review · Copies". */
function asksText(i18n: Translator, r: RecordsRequestRecordView): string {
  return askFields
    .filter((f) => r[f])
    .map((f) => i18n.t(`recordsRequests.label.${f}`))
    .join(' · ');
}

function requesterText(i18n: Translator, r: RecordsRequestRecordView): string {
  if (r.requester === 'representative')
    return i18n.t('recordsRequests.requester.representativeOf', {
      name: r.representativeName ?? '',
      parent: r.guardianName ?? '',
    });
  if (r.requester === 'student') return i18n.t('recordsRequests.requester.student');
  return r.guardianName ?? '';
}

function statusText(i18n: Translator, r: RecordsRequestRecordView): string {
  if (r.status === 'provided')
    return i18n.t('recordsRequests.status.providedOn', {
      date: i18n.formatDate(r.providedOn ?? r.receivedOn),
    });
  if (r.status === 'withdrawn')
    return i18n.t('recordsRequests.status.withdrawnOn', {
      date: i18n.formatDate(r.withdrawnOn ?? r.receivedOn),
    });
  return i18n.t('recordsRequests.status.requested');
}

export function StudentRecordsRequestsPage(props: StudentRecordsRequestsPageProps) {
  const { page, student, list, form, refusal, notice } = props;
  const { i18n } = page;
  const { t } = i18n;
  const name = studentName(i18n, student);
  const title = t('recordsRequests.student.title', { name });
  const failed = Boolean(refusal || form?.state.invalid.length || form?.state.general);
  const base = `/students/${student.id}/records-requests`;
  const stateOf = (kind: RecordsRequestForm['kind'], requestId?: string) =>
    form && form.kind === kind && (!('requestId' in form) || form.requestId === requestId)
      ? form.state
      : undefined;
  return (
    <StudentSubPage
      page={page}
      studentId={student.id}
      name={name}
      title={title}
      current={t('recordsRequests.breadcrumb')}
      failed={failed}
      notice={notice && t(`recordsRequests.notice.${notice}`)}
    >
      <RefusalAlert
        i18n={i18n}
        refusal={refusal}
        heading="recordsRequests.refusedHeading"
        citation="recordsRequests.citation"
      />
      <p>{t('recordsRequests.student.intro')}</p>
      {list.mayHandle && (
        <p>
          <a href="/records-requests">{t('recordsRequests.openLink')}</a>
        </p>
      )}
      <section aria-labelledby="records-requests-heading" className="continuum-section">
        <h2 id="records-requests-heading">{t('recordsRequests.student.listHeading')}</h2>
        {list.requests.length === 0 && <p>{t('recordsRequests.student.none')}</p>}
        {list.requests.map((r) => {
          const rows: DetailRows = [
            [t('recordsRequests.column.requester'), requesterText(i18n, r)],
            [t('recordsRequests.column.received'), i18n.formatDate(r.receivedOn)],
            [t('recordsRequests.column.channel'), t(`recordsRequests.channel.${r.channel}`)],
            [t('recordsRequests.column.asks'), asksText(i18n, r)],
            [t('recordsRequests.column.status'), statusText(i18n, r)],
            ...(r.providedHow ? ([[t('recordsRequests.label.how'), r.providedHow]] as const) : []),
            ...(r.explanationsGivenOn
              ? ([
                  [
                    t('recordsRequests.label.explanationsGiven'),
                    t('recordsRequests.explanationsGivenBy', {
                      date: i18n.formatDate(r.explanationsGivenOn),
                      name: r.explanationsGivenBy ?? '',
                    }),
                  ],
                ] as const)
              : []),
            ...(r.copiesMade ?? []).map(
              (c) => [t('recordsRequests.label.copyMade'), copyText(i18n, c)] as const,
            ),
          ];
          return (
            <section
              key={r.id}
              id={`records-request-${r.id}`}
              aria-labelledby={`records-request-${r.id}-heading`}
            >
              <h3 id={`records-request-${r.id}-heading`}>
                {t('recordsRequests.student.requestHeading', {
                  date: i18n.formatDate(r.receivedOn),
                })}
              </h3>
              <DetailsList rows={rows} />
              {(list.mayHandle || list.mayRequest) && r.status !== 'withdrawn' && (
                <p>
                  <a href={`/students/${student.id}/complete-record`}>
                    {t('recordsRequests.completeRecordLink')}
                  </a>
                </p>
              )}
              {list.mayHandle && r.status === 'requested' && (
                <>
                  <CloseForm
                    page={page}
                    kind="provide"
                    action={`${base}/${r.id}/provided`}
                    requestId={r.id}
                    state={stateOf('provide', r.id)}
                    explanationsAsked={r.explanations}
                  />
                  <CloseForm
                    page={page}
                    kind="withdraw"
                    action={`${base}/${r.id}/withdrawn`}
                    requestId={r.id}
                    state={stateOf('withdraw', r.id)}
                  />
                </>
              )}
            </section>
          );
        })}
      </section>
      {list.mayRequest && <AskForm page={page} action={base} state={stateOf('ask')} />}
      {list.mayHandle && (
        <RecordForm
          page={page}
          action={base}
          guardians={list.guardians}
          state={stateOf('record')}
        />
      )}
      <p>
        <a href={`/students/${student.id}`}>{t('recordsRequests.backToStudent', { name })}</a>
      </p>
    </StudentSubPage>
  );
}

function AskBoxes({
  i18n,
  prefix,
  state,
}: {
  i18n: Translator;
  prefix: string;
  state: FormState<RecordsRequestField> | undefined;
}) {
  const { t } = i18n;
  // Inspecting is what a request is for: ticked until the person answers otherwise.
  const checked = (f: (typeof askFields)[number]) =>
    state ? state.values[f] === true || state.values[f] === 'true' : f === 'inspect';
  return (
    <fieldset className="usa-fieldset">
      <legend className="usa-legend">{t('recordsRequests.label.asks')}</legend>
      {askFields.map((f) => (
        <CheckboxField
          key={f}
          id={`${prefix}${f}`}
          name={f}
          label={t(`recordsRequests.label.${f}`)}
          hint={t(`recordsRequests.hint.${f}`)}
          checked={checked(f)}
        />
      ))}
    </fieldset>
  );
}

function AskForm({
  page,
  action,
  state,
}: {
  page: PageContext;
  action: string;
  state: FormState<RecordsRequestField> | undefined;
}) {
  const { i18n } = page;
  const { t } = i18n;
  const messages = messagesFor('ask-');
  return (
    <FormSection
      id="ask"
      heading={t('recordsRequests.ask.heading')}
      intro={t('recordsRequests.ask.intro')}
    >
      <PostForm
        page={page}
        action={action}
        state={state}
        messages={messages}
        submit={t('recordsRequests.ask.submit')}
      >
        <AskBoxes i18n={i18n} prefix="ask-" state={state} />
      </PostForm>
    </FormSection>
  );
}

function RecordForm({
  page,
  action,
  guardians,
  state,
}: {
  page: PageContext;
  action: string;
  guardians: readonly { id: string; name: string }[];
  state: FormState<RecordsRequestField> | undefined;
}) {
  const { i18n } = page;
  const { t } = i18n;
  const messages = messagesFor('record-');
  const field = fieldProps(state, messages, i18n, (f) => `recordsRequests.label.${f}`);
  return (
    <FormSection
      id="record"
      heading={t('recordsRequests.record.heading')}
      intro={t('recordsRequests.record.intro')}
    >
      <PostForm
        page={page}
        action={action}
        state={state}
        messages={messages}
        submit={t('recordsRequests.record.submit')}
      >
        <SelectField
          {...field('requester')}
          options={recordsRequestRequesterValues.map((v) => ({
            value: v,
            label: t(`recordsRequests.requester.${v}`),
          }))}
        />
        <SelectField
          {...field('guardianId')}
          hint={t('recordsRequests.hint.guardianId')}
          options={[
            { value: '', label: t('recordsRequests.noGuardian') },
            ...guardians.map((g) => ({ value: g.id, label: g.name })),
          ]}
        />
        <TextField
          {...field('representativeName')}
          hint={t('recordsRequests.hint.representativeName')}
        />
        <TextField
          {...field('authorizationRecordedOn')}
          type="date"
          hint={t('recordsRequests.hint.authorizationRecordedOn')}
        />
        <TextField {...field('receivedOn')} type="date" />
        <SelectField
          {...field('channel')}
          options={recordsRequestChannelValues
            .filter((c) => c !== 'online')
            .map((c) => ({ value: c, label: t(`recordsRequests.channel.${c}`) }))}
        />
        <AskBoxes i18n={i18n} prefix="record-" state={state} />
      </PostForm>
    </FormSection>
  );
}

function CloseForm({
  page,
  kind,
  action,
  requestId,
  state,
  explanationsAsked = false,
}: {
  page: PageContext;
  kind: 'provide' | 'withdraw';
  action: string;
  requestId: string;
  state: FormState<RecordsRequestField> | undefined;
  /** The request asked for explanations: the form records that they were given. */
  explanationsAsked?: boolean;
}) {
  const { i18n } = page;
  const { t } = i18n;
  const messages = messagesFor(`${kind}-${requestId}-`);
  const field = fieldProps(state, messages, i18n, (f) => `recordsRequests.label.${f}`);
  return (
    <PostForm
      page={page}
      action={action}
      state={state}
      messages={messages}
      heading={<h4>{t(`recordsRequests.${kind}.heading`)}</h4>}
      submit={t(`recordsRequests.${kind}.submit`)}
      buttonClassName="usa-button usa-button--outline"
    >
      {kind === 'provide' ? (
        <>
          <TextField {...field('providedOn')} type="date" />
          <TextAreaField {...field('how')} hint={t('recordsRequests.hint.how')} />
          {explanationsAsked && (
            <CheckboxField
              id={`${messages.idPrefix}explanationsGiven`}
              name="explanationsGiven"
              label={t('recordsRequests.label.explanationsGiven')}
              hint={t('recordsRequests.hint.explanationsGiven')}
              checked={state?.values.explanationsGiven === true}
            />
          )}
        </>
      ) : (
        <TextField {...field('withdrawnOn')} type="date" />
      )}
    </PostForm>
  );
}

export interface OpenRecordsRequestView extends RecordsRequestRecordView {
  studentName: string;
  due: string | null;
  overdue: boolean;
  problem: string | null;
}

/** The district's open requests, earliest due first, for the privacy officer. */
export function RecordsRequestListPage({
  page,
  list,
}: {
  page: PageContext;
  list: { items: readonly OpenRecordsRequestView[] };
}) {
  const { t } = page.i18n;
  const title = t('recordsRequests.list.title');
  return (
    <Layout page={page} title={title}>
      <h1>{title}</h1>
      <p>{t('recordsRequests.list.intro')}</p>
      <OpenRecordsRequestsTable i18n={page.i18n} items={list.items} />
    </Layout>
  );
}

/** The open requests, earliest due first, each linked to its child's requests. */
export function OpenRecordsRequestsTable({
  i18n,
  items,
}: {
  i18n: Translator;
  items: readonly OpenRecordsRequestView[];
}) {
  const { t } = i18n;
  if (items.length === 0) return <p>{t('recordsRequests.list.none')}</p>;
  return (
    <Table
      caption={t('recordsRequests.list.caption', { count: items.length })}
      headers={[
        t('recordsRequests.column.child'),
        t('recordsRequests.column.requester'),
        t('recordsRequests.column.received'),
        t('recordsRequests.column.asks'),
        t('recordsRequests.column.due'),
      ]}
      rows={items.map((r) => ({
        key: r.id,
        cells: [
          <a key="child" href={`/students/${r.studentId}/records-requests#records-request-${r.id}`}>
            {r.studentName}
          </a>,
          requesterText(i18n, r),
          i18n.formatDate(r.receivedOn),
          asksText(i18n, r),
          r.due
            ? t(r.overdue ? 'recordsRequests.dueOverdue' : 'recordsRequests.dueOn', {
                date: i18n.formatDate(r.due),
              })
            : (r.problem ?? t('recordsRequests.dueUnknown')),
        ],
      }))}
    />
  );
}
