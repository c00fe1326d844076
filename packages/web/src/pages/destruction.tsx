import type { PageContext } from '../components/layout.tsx';
import { Layout } from '../components/layout.tsx';
import { Alert } from '../components/alert.tsx';
import { RefusalAlert, StudentSubPage } from '../components/student-page.tsx';
import { FormSection, PostForm } from './post-form.tsx';
import { Table } from '../components/table.tsx';
import type { DetailRows } from '../components/details.tsx';
import { DetailsList } from '../components/details.tsx';
import { CheckboxField, SelectField, TextField } from '../components/form.tsx';
import type { MessageId, Translator } from '../i18n/i18n.ts';
import type { FormMessages } from './form-state.ts';
import { fieldProps } from './form-state.ts';
import type { FormState, StudentDetailView } from './types.ts';
import { studentName } from './student-profile.tsx';

/**
 * Destruction of a child's records at the parent's request (34 CFR 300.624): the child's page
 * (whether the parent was informed, whether destruction was asked for, what stops it; the
 * forms to inform, to ask, to record a request and to run it) and the privacy officer's queue
 * with the permanent records kept.
 */

export const destructionInformedHowValues = ['email', 'mail', 'in-person', 'phone'] as const;
export const destructionChannelValues = ['online', 'paper', 'in-person', 'email', 'phone'] as const;
export const destructionInformFields = ['guardianId', 'how', 'informedOn'] as const;
export const destructionAskFields = ['confirm'] as const;
export const destructionRecordFields = [
  'requester',
  'guardianId',
  'receivedOn',
  'channel',
  'confirm',
] as const;
export const destructionRunFields = [
  'confirmStudentNumber',
  'gradeLevelCompleted',
  'yearCompleted',
] as const;
export type DestructionField =
  | (typeof destructionInformFields)[number]
  | (typeof destructionRecordFields)[number]
  | (typeof destructionRunFields)[number];
export const destructionNotices = ['informed', 'requested', 'destroyed'] as const;
export type DestructionNotice = (typeof destructionNotices)[number];

export interface DestructionCaseRecordView {
  studentId: string;
  informedOn: string | null;
  informedHow: (typeof destructionInformedHowValues)[number] | null;
  informedGuardianName: string | null;
  noticeEmailStatus: 'queued' | 'sent' | 'failed' | null;
  requestedOn: string | null;
  requestChannel: (typeof destructionChannelValues)[number] | null;
  requester: 'parent' | 'student' | null;
  requesterName: string | null;
  blocker: { message: string; citation: string } | null;
  guardians: readonly { id: string; name: string; hasEmail: boolean }[];
  noticeElements: readonly string[];
  mayRequest: boolean;
  mayHandle: boolean;
  mayRun: boolean;
}

export type DestructionForm = {
  kind: 'inform' | 'ask' | 'record' | 'run';
  state: FormState<DestructionField>;
};

export interface DestructionCasePageProps {
  page: PageContext;
  student: StudentDetailView;
  view: DestructionCaseRecordView;
  form?: DestructionForm | undefined;
  refusal?: { message: string; citation?: string | undefined } | undefined;
  notice?: DestructionNotice | undefined;
}

const messagesFor = (prefix: string): FormMessages<DestructionField> => ({
  idPrefix: prefix,
  error: (field) => `destruction.error.${field}`,
});
const labelOf = (field: DestructionField): MessageId => `destruction.label.${field}`;

/** "Informed on …, by …, to …": also the complete record's words. */
export function informedText(
  i18n: Translator,
  v: Pick<DestructionCaseRecordView, 'informedOn' | 'informedHow' | 'informedGuardianName'>,
): string {
  if (!v.informedOn || !v.informedHow) return i18n.t('destruction.status.notInformed');
  return i18n.t('destruction.status.informed', {
    date: i18n.formatDate(v.informedOn),
    how: i18n.t(`destruction.how.${v.informedHow}`),
    name: v.informedGuardianName ?? '',
  });
}

/** "Requested on …, by …, …": also the complete record's words. */
export function requestedText(
  i18n: Translator,
  v: Pick<
    DestructionCaseRecordView,
    'requestedOn' | 'requestChannel' | 'requester' | 'requesterName'
  >,
): string {
  if (!v.requestedOn || !v.requestChannel) return i18n.t('destruction.status.notRequested');
  return i18n.t('destruction.status.requested', {
    date: i18n.formatDate(v.requestedOn),
    who:
      v.requester === 'student'
        ? i18n.t('destruction.requester.student')
        : (v.requesterName ?? i18n.t('destruction.requester.parent')),
    channel: i18n.t(`destruction.channel.${v.requestChannel}`),
  });
}

export function DestructionCasePage(props: DestructionCasePageProps) {
  const { page, student, view, form, refusal, notice } = props;
  const { i18n } = page;
  const { t } = i18n;
  const name = studentName(i18n, student);
  const title = t('destruction.student.title', { name });
  const failed = Boolean(refusal || form?.state.invalid.length || form?.state.general);
  const base = `/students/${student.id}/destruction`;
  const stateOf = (kind: DestructionForm['kind']) => (form?.kind === kind ? form.state : undefined);
  const rows: DetailRows = [
    [t('destruction.column.informed'), informedText(i18n, view)],
    ...(view.noticeEmailStatus
      ? ([
          [t('destruction.column.noticeEmail'), t(`destruction.email.${view.noticeEmailStatus}`)],
        ] as const)
      : []),
    [t('destruction.column.requested'), requestedText(i18n, view)],
    [t('destruction.column.blocker'), view.blocker ? view.blocker.message : t('destruction.ready')],
  ];
  return (
    <StudentSubPage
      page={page}
      studentId={student.id}
      name={name}
      title={title}
      current={t('destruction.breadcrumb')}
      failed={failed}
      notice={notice && t(`destruction.notice.done.${notice}`)}
    >
      <RefusalAlert
        i18n={i18n}
        refusal={refusal}
        heading="destruction.refusedHeading"
        citation="destruction.citation"
      />
      <p>{t('destruction.student.intro')}</p>
      {view.mayHandle && (
        <p>
          <a href="/destruction">{t('destruction.queueLink')}</a>
        </p>
      )}
      <section aria-labelledby="destruction-status-heading" className="continuum-section">
        <h2 id="destruction-status-heading">{t('destruction.student.statusHeading')}</h2>
        <DetailsList rows={rows} />
      </section>
      {view.mayHandle && !view.informedOn && (
        <InformForm
          page={page}
          action={`${base}/informed`}
          child={name}
          view={view}
          state={stateOf('inform')}
        />
      )}
      {view.mayRequest && !view.requestedOn && (
        <AskForm page={page} action={`${base}/request`} state={stateOf('ask')} />
      )}
      {view.mayHandle && !view.requestedOn && (
        <RecordForm
          page={page}
          action={`${base}/request`}
          guardians={view.guardians}
          state={stateOf('record')}
        />
      )}
      {view.mayRun && !view.blocker && (
        <RunForm page={page} action={`${base}/run`} state={stateOf('run')} />
      )}
      <p>
        <a href={`/students/${student.id}`}>{t('destruction.backToStudent', { name })}</a>
      </p>
    </StudentSubPage>
  );
}

function InformForm({
  page,
  action,
  child,
  view,
  state,
}: {
  page: PageContext;
  action: string;
  child: string;
  view: DestructionCaseRecordView;
  state: FormState<DestructionField> | undefined;
}) {
  const { i18n } = page;
  const { t } = i18n;
  const messages = messagesFor('inform-');
  const field = fieldProps(state, messages, i18n, labelOf);
  return (
    <FormSection
      id="inform"
      heading={t('destruction.inform.heading')}
      intro={t('destruction.inform.intro')}
    >
      <PostForm
        page={page}
        action={action}
        state={state}
        messages={messages}
        submit={t('destruction.inform.submit')}
      >
        <ul>
          {view.noticeElements.map((e) => {
            const id = `destruction.notice.${e}`;
            return <li key={e}>{i18n.has(id) ? t(id, { child }) : e}</li>;
          })}
        </ul>
        <SelectField
          {...field('guardianId')}
          options={[
            { value: '', label: t('destruction.chooseGuardian') },
            ...view.guardians.map((g) => ({
              value: g.id,
              label: g.hasEmail ? g.name : t('destruction.guardianNoEmail', { name: g.name }),
            })),
          ]}
        />
        <SelectField
          {...field('how')}
          hint={t('destruction.hint.how')}
          options={destructionInformedHowValues.map((v) => ({
            value: v,
            label: t(`destruction.how.${v}`),
          }))}
        />
        <TextField {...field('informedOn')} type="date" />
      </PostForm>
    </FormSection>
  );
}

function AskForm({
  page,
  action,
  state,
}: {
  page: PageContext;
  action: string;
  state: FormState<DestructionField> | undefined;
}) {
  const { i18n } = page;
  const { t } = i18n;
  const messages = messagesFor('ask-');
  return (
    <FormSection id="ask" heading={t('destruction.ask.heading')} intro={t('destruction.ask.intro')}>
      <PostForm
        page={page}
        action={action}
        state={state}
        messages={messages}
        submit={t('destruction.ask.submit')}
      >
        <CheckboxField
          id="ask-confirm"
          name="confirm"
          label={t('destruction.label.confirm')}
          hint={t('destruction.hint.confirm')}
        />
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
  state: FormState<DestructionField> | undefined;
}) {
  const { i18n } = page;
  const { t } = i18n;
  const messages = messagesFor('record-');
  const field = fieldProps(state, messages, i18n, labelOf);
  return (
    <FormSection
      id="record"
      heading={t('destruction.record.heading')}
      intro={t('destruction.record.intro')}
    >
      <PostForm
        page={page}
        action={action}
        state={state}
        messages={messages}
        submit={t('destruction.record.submit')}
      >
        <input type="hidden" name="confirm" value="true" />
        <SelectField
          {...field('requester')}
          options={(['parent', 'student'] as const).map((v) => ({
            value: v,
            label: t(`destruction.requester.${v}`),
          }))}
        />
        <SelectField
          {...field('guardianId')}
          hint={t('destruction.hint.guardianId')}
          options={[
            { value: '', label: t('destruction.chooseGuardian') },
            ...guardians.map((g) => ({ value: g.id, label: g.name })),
          ]}
        />
        <TextField {...field('receivedOn')} type="date" />
        <SelectField
          {...field('channel')}
          options={destructionChannelValues
            .filter((c) => c !== 'online')
            .map((c) => ({ value: c, label: t(`destruction.channel.${c}`) }))}
        />
      </PostForm>
    </FormSection>
  );
}

function RunForm({
  page,
  action,
  state,
}: {
  page: PageContext;
  action: string;
  state: FormState<DestructionField> | undefined;
}) {
  const { i18n } = page;
  const { t } = i18n;
  const messages = messagesFor('run-');
  const field = fieldProps(state, messages, i18n, labelOf);
  return (
    <FormSection id="run" heading={t('destruction.run.heading')} intro={t('destruction.run.intro')}>
      <PostForm
        page={page}
        action={action}
        state={state}
        messages={messages}
        submit={t('destruction.run.submit')}
        buttonClassName="usa-button usa-button--secondary"
      >
        <TextField
          {...field('confirmStudentNumber')}
          hint={t('destruction.hint.confirmStudentNumber')}
        />
        <TextField
          {...field('gradeLevelCompleted')}
          hint={t('destruction.hint.gradeLevelCompleted')}
        />
        <TextField {...field('yearCompleted')} hint={t('destruction.hint.yearCompleted')} />
      </PostForm>
    </FormSection>
  );
}

export interface DestructionQueueView {
  pending: readonly {
    studentId: string;
    studentName: string;
    studentNumber: string;
    informedOn: string | null;
    requestedOn: string | null;
    blocker: { message: string; citation: string } | null;
  }[];
  destroyed: readonly {
    studentId: string;
    informedOn: string;
    requestedOn: string;
    requester: 'parent' | 'student';
    destroyedAt: string;
    permanentRecord: {
      firstName: string;
      lastName: string;
      address: string | null;
      phoneNumber: string | null;
      gradeLevelCompleted: string | null;
      yearCompleted: number | null;
    };
    notHeld: readonly string[];
  }[];
}

/** The privacy officer's queue: children informed or asking, with what stops each; then the permanent records. */
export function DestructionQueuePage({
  page,
  queue,
  notice,
}: {
  page: PageContext;
  queue: DestructionQueueView;
  notice?: DestructionNotice | undefined;
}) {
  const { i18n } = page;
  const { t } = i18n;
  const title = t('destruction.queue.title');
  const dash = t('destruction.none');
  return (
    <Layout page={page} title={title}>
      <h1>{title}</h1>
      {notice && (
        <Alert kind="success">
          <p>{t(`destruction.notice.done.${notice}`)}</p>
        </Alert>
      )}
      <p>{t('destruction.queue.intro')}</p>
      <section aria-labelledby="pending-heading" className="continuum-section">
        <h2 id="pending-heading">{t('destruction.queue.pendingHeading')}</h2>
        {queue.pending.length === 0 ? (
          <p>{t('destruction.queue.noPending')}</p>
        ) : (
          <Table
            caption={t('destruction.queue.caption', { count: queue.pending.length })}
            headers={[
              t('destruction.column.child'),
              t('destruction.column.number'),
              t('destruction.column.informed'),
              t('destruction.column.requested'),
              t('destruction.column.blocker'),
            ]}
            rows={queue.pending.map((p) => ({
              key: p.studentId,
              cells: [
                <a key="child" href={`/students/${p.studentId}/destruction`}>
                  {p.studentName}
                </a>,
                p.studentNumber,
                p.informedOn ? i18n.formatDate(p.informedOn) : dash,
                p.requestedOn ? i18n.formatDate(p.requestedOn) : dash,
                p.blocker ? p.blocker.message : t('destruction.ready'),
              ],
            }))}
          />
        )}
      </section>
      <section aria-labelledby="destroyed-heading" className="continuum-section">
        <h2 id="destroyed-heading">{t('destruction.queue.destroyedHeading')}</h2>
        <p>{t('destruction.queue.destroyedIntro')}</p>
        {queue.destroyed.length === 0 && <p>{t('destruction.queue.noDestroyed')}</p>}
        {queue.destroyed.map((d) => {
          const r = d.permanentRecord;
          return (
            <section
              key={d.studentId}
              id={`destroyed-${d.studentId}`}
              aria-labelledby={`destroyed-${d.studentId}-heading`}
            >
              <h3 id={`destroyed-${d.studentId}-heading`}>
                {t('destruction.queue.permanentHeading', { name: `${r.firstName} ${r.lastName}` })}
              </h3>
              <DetailsList
                rows={[
                  [t('destruction.permanent.name'), `${r.firstName} ${r.lastName}`],
                  [t('destruction.permanent.address'), r.address ?? dash],
                  [t('destruction.permanent.phone'), r.phoneNumber ?? dash],
                  [t('destruction.permanent.grade'), r.gradeLevelCompleted ?? dash],
                  [t('destruction.permanent.year'), r.yearCompleted?.toString() ?? dash],
                  [t('destruction.permanent.destroyedAt'), i18n.formatDateTime(d.destroyedAt)],
                  [t('destruction.column.informed'), i18n.formatDate(d.informedOn)],
                  [t('destruction.column.requested'), i18n.formatDate(d.requestedOn)],
                ]}
              />
              <p>{t('destruction.permanent.notHeld')}</p>
            </section>
          );
        })}
      </section>
    </Layout>
  );
}
