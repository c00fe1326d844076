import type { PageContext } from '../components/layout.tsx';
import { Alert } from '../components/alert.tsx';
import { RefusalAlert, StudentSubPage } from '../components/student-page.tsx';
import { DetailsList } from '../components/details.tsx';
import type { MessageId, Translator } from '../i18n/i18n.ts';
import type { FormState, StudentDetailView } from './types.ts';
import { studentName } from './student-profile.tsx';
import type { recordsRequestChannelValues } from './records-requests.tsx';
import type {
  AmendmentField,
  AmendmentForm,
  AmendmentPageNotice,
  AmendmentStepForm,
  amendmentReasonValues,
} from './amendment-forms.tsx';
import { AskForm, StepForm, recordTypeLabel } from './amendment-forms.tsx';

/**
 * Amendment of a child's records at a parent's request (34 CFR 300.618-300.621): the child's
 * requests with their decision, the right to a hearing after a refusal, the hearing's outcome,
 * the right to place a statement after a hearing that kept the information, and the statements
 * attached to the records; with the forms for each step the reader may take.
 */

type AmendmentStatus =
  | 'requested'
  | 'amended'
  | 'refused'
  | 'hearing-requested'
  | 'hearing-amended'
  | 'hearing-kept'
  | 'withdrawn';

export interface AmendmentStatementRecordView {
  id: string;
  requestId: string;
  recordType: string;
  statement: string;
  guardianName: string | null;
  receivedOn: string;
  channel: string;
}

export interface AmendmentRecordView {
  id: string;
  requester: 'parent' | 'student';
  guardianName: string | null;
  receivedOn: string;
  channel: (typeof recordsRequestChannelValues)[number];
  recordType: string;
  information: string;
  reason: (typeof amendmentReasonValues)[number];
  changeRequested: string;
  status: AmendmentStatus;
  statusOn: string;
  decisionDue: string | null;
  overdue: boolean;
  decidedOn: string | null;
  decisionReason: string | null;
  amendmentMade: string | null;
  hearingRequestedOn: string | null;
  hearingHeldOn: string | null;
  heardBy: string | null;
  hearingDecidedOn: string | null;
  hearingSummary: string | null;
  withdrawnOn: string | null;
  notices: readonly ('refusal-and-hearing-right' | 'amended-after-hearing' | 'statement-right')[];
  emailStatus: 'queued' | 'sent' | 'failed' | null;
  statements: readonly AmendmentStatementRecordView[];
  actions: readonly AmendmentStepForm[];
}

export interface StudentAmendmentsPageProps {
  page: PageContext;
  student: StudentDetailView;
  list: {
    requests: readonly AmendmentRecordView[];
    recordTypes: readonly string[];
    guardians: readonly { id: string; name: string }[];
    mayRequest: boolean;
    mayHandle: boolean;
  };
  form?: AmendmentForm | undefined;
  refusal?: { message: string; citation?: string | undefined } | undefined;
  notice?: AmendmentPageNotice | undefined;
}

function statusText(i18n: Translator, r: Pick<AmendmentRecordView, 'status' | 'statusOn'>): string {
  return i18n.t(`amendments.status.${r.status}`, { date: i18n.formatDate(r.statusOn) });
}

/** "Evaluations: statement placed … by …": which record, when and who (also the complete record's copy). */
export function statementHeading(
  i18n: Translator,
  s: Pick<AmendmentStatementRecordView, 'recordType' | 'receivedOn' | 'guardianName'>,
): string {
  return i18n.t('amendments.statements.item', {
    record: recordTypeLabel(i18n, s.recordType),
    date: i18n.formatDate(s.receivedOn),
    by: s.guardianName ?? i18n.t('amendments.requester.student'),
  });
}

/** The statements attached to the child's records, disclosed with them (34 CFR 300.620(b)). */
export function AmendmentStatementsList({
  i18n,
  statements,
}: {
  i18n: Translator;
  statements: readonly AmendmentStatementRecordView[];
}) {
  return (
    <ul className="usa-list usa-list--unstyled">
      {statements.map((s) => (
        <li key={s.id} id={`statement-${s.id}`}>
          <p>
            <strong>{statementHeading(i18n, s)}</strong>
          </p>
          <blockquote className="continuum-statement">{s.statement}</blockquote>
        </li>
      ))}
    </ul>
  );
}

export function StudentAmendmentsPage(props: StudentAmendmentsPageProps) {
  const { page, student, list, form, refusal, notice } = props;
  const { i18n } = page;
  const { t } = i18n;
  const name = studentName(i18n, student);
  const title = t('amendments.student.title', { name });
  const failed = Boolean(refusal || form?.state.invalid.length || form?.state.general);
  const base = `/students/${student.id}/amendments`;
  const stateOf = (kind: AmendmentForm['kind'], requestId?: string) =>
    form && form.kind === kind && (!('requestId' in form) || form.requestId === requestId)
      ? form.state
      : undefined;
  const statements = list.requests.flatMap((r) => r.statements);
  return (
    <StudentSubPage
      page={page}
      studentId={student.id}
      name={name}
      title={title}
      current={t('amendments.breadcrumb')}
      failed={failed}
      notice={notice && t(`amendments.notice.${notice}`)}
    >
      <RefusalAlert
        i18n={i18n}
        refusal={refusal}
        heading="amendments.refusedHeading"
        citation="amendments.citation"
      />
      <p>{t('amendments.student.intro')}</p>
      <section aria-labelledby="amendments-heading" className="continuum-section">
        <h2 id="amendments-heading">{t('amendments.student.listHeading')}</h2>
        {list.requests.length === 0 && <p>{t('amendments.student.none')}</p>}
        {list.requests.map((r) => (
          <RequestSection
            key={r.id}
            page={page}
            request={r}
            base={base}
            handler={list.mayHandle}
            stateOf={(kind) => stateOf(kind, r.id)}
          />
        ))}
      </section>
      <section aria-labelledby="statements-heading" className="continuum-section">
        <h2 id="statements-heading">{t('amendments.statements.heading')}</h2>
        <p>{t('amendments.statements.intro')}</p>
        {statements.length === 0 ? (
          <p>{t('amendments.statements.none')}</p>
        ) : (
          <AmendmentStatementsList i18n={i18n} statements={statements} />
        )}
      </section>
      {list.mayRequest && (
        <AskForm page={page} action={base} kind="ask" list={list} state={stateOf('ask')} />
      )}
      {list.mayHandle && (
        <AskForm page={page} action={base} kind="record" list={list} state={stateOf('record')} />
      )}
      <p>
        <a href={`/students/${student.id}`}>{t('amendments.backToStudent', { name })}</a>
      </p>
    </StudentSubPage>
  );
}

type Rows = readonly (readonly [string, string])[];

/** One request's facts: who asked, what, why, the decision, the hearing (also the complete record's). */
export function amendmentDetailRows(
  i18n: Translator,
  r: Omit<AmendmentRecordView, 'actions' | 'statements'>,
): Rows {
  const { t } = i18n;
  const date = (d: string | null) => (d ? i18n.formatDate(d) : '');
  const optional = (label: MessageId, value: string | null): Rows =>
    value ? [[t(label), value]] : [];
  return [
    [
      t('amendments.column.requester'),
      r.requester === 'student' ? t('amendments.requester.student') : (r.guardianName ?? ''),
    ],
    [t('amendments.column.received'), i18n.formatDate(r.receivedOn)],
    [t('amendments.column.channel'), t(`recordsRequests.channel.${r.channel}`)],
    [t('amendments.label.recordType'), recordTypeLabel(i18n, r.recordType)],
    [t('amendments.label.information'), r.information],
    [t('amendments.label.reason'), t(`amendments.reason.${r.reason}`)],
    [t('amendments.label.changeRequested'), r.changeRequested],
    [t('amendments.column.status'), statusText(i18n, r)],
    ...(r.decisionDue
      ? ([
          [
            t('amendments.column.decisionDue'),
            t(r.overdue ? 'amendments.dueOverdue' : 'amendments.dueOn', {
              date: date(r.decisionDue),
            }),
          ],
        ] as Rows)
      : []),
    ...optional('amendments.column.decisionReason', r.decisionReason),
    ...optional('amendments.label.amendmentMade', r.amendmentMade),
    ...optional('amendments.column.hearingRequested', date(r.hearingRequestedOn)),
    ...optional('amendments.label.heldOn', date(r.hearingHeldOn)),
    ...optional('amendments.label.heardBy', r.heardBy),
    ...optional('amendments.column.hearingDecided', date(r.hearingDecidedOn)),
    ...optional('amendments.label.summary', r.hearingSummary),
    ...(r.emailStatus
      ? ([[t('amendments.column.email'), t(`amendments.emailStatus.${r.emailStatus}`)]] as Rows)
      : []),
  ];
}

function RequestSection({
  page,
  request: r,
  base,
  handler,
  stateOf,
}: {
  page: PageContext;
  request: AmendmentRecordView;
  base: string;
  handler: boolean;
  stateOf: (kind: AmendmentStepForm) => FormState<AmendmentField> | undefined;
}) {
  const { i18n } = page;
  const { t } = i18n;
  const rows = amendmentDetailRows(i18n, r);
  const has = (a: AmendmentStepForm) => r.actions.includes(a);
  return (
    <section id={`amendment-${r.id}`} aria-labelledby={`amendment-${r.id}-heading`}>
      <h3 id={`amendment-${r.id}-heading`}>
        {t('amendments.student.requestHeading', {
          record: recordTypeLabel(i18n, r.recordType),
          date: i18n.formatDate(r.receivedOn),
        })}
      </h3>
      <DetailsList rows={rows} />
      {r.notices.map((n) => (
        <Alert key={n} kind="info">
          <p>
            <strong>{t(`amendments.right.${n}.heading`)}</strong>
          </p>
          <p>{t(`amendments.right.${n}.text`)}</p>
        </Alert>
      ))}
      {has('decide') && (
        <StepForm
          page={page}
          kind="decide"
          base={base}
          request={r}
          staff={handler}
          state={stateOf('decide')}
        />
      )}
      {has('request-hearing') && (
        <StepForm
          page={page}
          kind="request-hearing"
          base={base}
          request={r}
          staff={handler}
          state={stateOf('request-hearing')}
        />
      )}
      {has('record-hearing') && (
        <StepForm
          page={page}
          kind="record-hearing"
          base={base}
          request={r}
          staff={handler}
          state={stateOf('record-hearing')}
        />
      )}
      {has('add-statement') && (
        <StepForm
          page={page}
          kind="add-statement"
          base={base}
          request={r}
          staff={handler}
          state={stateOf('add-statement')}
        />
      )}
      {has('withdraw') && (
        <StepForm
          page={page}
          kind="withdraw"
          base={base}
          request={r}
          staff={handler}
          state={stateOf('withdraw')}
        />
      )}
    </section>
  );
}
