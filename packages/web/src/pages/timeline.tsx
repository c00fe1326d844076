import type { PageContext } from '../components/layout.tsx';
import { Layout } from '../components/layout.tsx';
import { Table } from '../components/table.tsx';
import { Alert } from '../components/alert.tsx';
import { StudentBreadcrumb } from '../components/breadcrumb.tsx';
import {
  CheckboxField,
  CsrfField,
  ErrorSummary,
  SelectField,
  TextField,
} from '../components/form.tsx';
import type { MessageId } from '../i18n/i18n.ts';
import type { FormMessages } from './form-state.ts';
import { fieldProps, summaryItems } from './form-state.ts';
import type { FormState } from './types.ts';
import { VoidForm } from './void-form.tsx';
import {
  dueLabel,
  eventLabel,
  needsAttention,
  problemMessages,
  statusLabel,
} from './timeline-labels.ts';

/** A student's case timeline: the events of the case and every deadline derived from them. */

export interface DeadlineEntryView {
  rule: string;
  kind: 'deadline' | 'check';
  due: string | null;
  status: string;
  citation: string;
  basis: string;
  trigger?: { event: string; date: string } | undefined;
  satisfiedBy?: { event: string; date: string } | undefined;
}

export interface CaseEventEntryView {
  id: string;
  type: string;
  on: string;
  details: Record<string, unknown>;
  source: string;
  recordedBy: string;
  recordedAt: string;
  voided: { at: string; by: string; reason: string | null } | null;
}

export interface CaseTimelineView {
  studentId: string;
  studentName: string;
  asOf: string;
  calendarName: string | null;
  events: readonly CaseEventEntryView[];
  deadlines: readonly DeadlineEntryView[];
  problem: { code: string; message: string } | null;
  manageCase: boolean;
  manualEventTypes: readonly string[];
}

/** The fields of the manual event form: the type, the day, and the extra fields some types need. */
export const caseEventFields = [
  'type',
  'on',
  'weeks',
  'days',
  'schoolDays',
  'reason',
  'filedBy',
  'expedited',
  'violationDate',
] as const;
export type CaseEventField = (typeof caseEventFields)[number];
export const voidEventFields = ['reason'] as const;
export type VoidEventField = (typeof voidEventFields)[number];

export const timelineNotices = ['recorded', 'voided'] as const;
export type TimelineNotice = (typeof timelineNotices)[number];
const noticeMessages: Record<TimelineNotice, MessageId> = {
  recorded: 'timelines.notice.recorded',
  voided: 'timelines.notice.voided',
};

const eventMessages: FormMessages<CaseEventField> = {
  idPrefix: 'event-',
  error: (field) => `timelines.eventForm.error.${field}`,
};
const voidMessages: FormMessages<VoidEventField> = {
  idPrefix: 'void-',
  error: (field) => `timelines.voidForm.error.${field}`,
};

const failed = (form: FormState<string> | undefined) =>
  Boolean(form?.invalid.length || form?.general);

export interface TimelinePageProps {
  page: PageContext;
  timeline: CaseTimelineView;
  /** A refusal not tied to a field of the forms shown (an event already voided …). */
  refusal?: string | undefined;
  eventForm?: FormState<CaseEventField> | undefined;
  /** The void form that failed, with the event it was for. */
  voidForm?: { eventId: string; state: FormState<VoidEventField> } | undefined;
  notice?: TimelineNotice | undefined;
}

function detailsText(details: Record<string, unknown>): string {
  return Object.entries(details)
    .map(([k, v]) => `${k}: ${typeof v === 'string' ? v : JSON.stringify(v)}`)
    .join(', ');
}

export function TimelinePage({
  page,
  timeline,
  refusal,
  eventForm,
  voidForm,
  notice,
}: TimelinePageProps) {
  const { i18n } = page;
  const { t } = i18n;
  const { studentName } = timeline;
  const title = t('timelines.title', { name: studentName });
  const base = `/students/${timeline.studentId}`;
  const anyFailed = failed(eventForm) || failed(voidForm?.state) || Boolean(refusal);
  return (
    <Layout page={page} title={anyFailed ? t('form.errorTitle', { title }) : title}>
      <StudentBreadcrumb
        i18n={i18n}
        studentId={timeline.studentId}
        name={studentName}
        current={t('timelines.breadcrumb')}
      />
      <h1>{title}</h1>
      {notice && <Alert kind="success">{t(noticeMessages[notice])}</Alert>}
      {refusal && (
        <Alert kind="error" heading={t('timelines.refusedHeading')}>
          <p>{refusal}</p>
        </Alert>
      )}
      <p>
        {t('timelines.asOf', { date: i18n.formatDate(timeline.asOf) })}{' '}
        {timeline.calendarName !== null &&
          t('timelines.countedOn', { calendar: timeline.calendarName })}
      </p>

      <section aria-labelledby="deadlines-heading" className="continuum-section">
        <h2 id="deadlines-heading">{t('timelines.deadlinesHeading')}</h2>
        {timeline.problem ? (
          <Alert
            kind="warning"
            heading={t(problemMessages[timeline.problem.code] ?? 'timelines.problem.invalid-event')}
          >
            <p>{timeline.problem.message}</p>
          </Alert>
        ) : timeline.deadlines.length === 0 ? (
          <p>{t('timelines.noDeadlines')}</p>
        ) : (
          <DeadlineTable page={page} deadlines={timeline.deadlines} studentName={studentName} />
        )}
      </section>

      <section aria-labelledby="events-heading" className="continuum-section">
        <h2 id="events-heading">{t('timelines.eventsHeading')}</h2>
        <p>{t('timelines.eventsIntro')}</p>
        {timeline.events.length === 0 ? (
          <p>{t('timelines.noEvents')}</p>
        ) : (
          <Table
            caption={t('timelines.eventsCaption', {
              name: studentName,
              count: timeline.events.length,
            })}
            headers={[
              t('timelines.event'),
              t('timelines.on'),
              t('timelines.details'),
              t('timelines.recorded'),
              t('timelines.state'),
            ]}
            rows={timeline.events.map((e) => ({
              key: e.id,
              cells: [
                eventLabel(i18n, e.type),
                i18n.formatDate(e.on),
                detailsText(e.details) || t('common.none'),
                t('timelines.recordedBy', {
                  name: e.recordedBy,
                  at: i18n.formatDateTime(e.recordedAt),
                  source: e.source,
                }),
                e.voided ? (
                  <span key="voided">
                    <del>{t('timelines.voided')}</del>{' '}
                    {t('timelines.voidedBy', {
                      name: e.voided.by,
                      at: i18n.formatDateTime(e.voided.at),
                      reason: e.voided.reason ?? '',
                    })}
                  </span>
                ) : timeline.manageCase && e.source === 'manual' ? (
                  <VoidForm
                    key="void"
                    page={page}
                    action={`${base}/case-events/${e.id}/void`}
                    recordId={e.id}
                    messages={voidMessages}
                    form={voidForm?.eventId === e.id ? voidForm.state : undefined}
                    label={t('timelines.voidForm.reason', { event: eventLabel(i18n, e.type) })}
                    multiline
                  >
                    {t('timelines.voidForm.submit', { event: eventLabel(i18n, e.type) })}
                  </VoidForm>
                ) : (
                  t('timelines.standing')
                ),
              ],
            }))}
          />
        )}
      </section>

      {timeline.manageCase && (
        <section aria-labelledby="record-heading" className="continuum-section">
          <h2 id="record-heading">{t('timelines.recordHeading')}</h2>
          <p>{t('timelines.recordIntro')}</p>
          <EventForm
            page={page}
            action={`${base}/case-events`}
            types={timeline.manualEventTypes}
            form={eventForm}
          />
        </section>
      )}
    </Layout>
  );
}

/** The deadlines of one case (the timeline page) with their basis and citation. */
export function DeadlineTable({
  page,
  deadlines,
  studentName,
}: {
  page: PageContext;
  deadlines: readonly DeadlineEntryView[];
  studentName: string;
}) {
  const { i18n } = page;
  const { t } = i18n;
  return (
    <Table
      caption={t('timelines.deadlinesCaption', { name: studentName, count: deadlines.length })}
      headers={[
        t('timelines.rule'),
        t('timelines.due'),
        t('timelines.status'),
        t('timelines.basis'),
        t('timelines.citation'),
      ]}
      rows={deadlines.map((d, i) => ({
        key: `${d.rule}-${i}`,
        cells: [
          <code key="rule">{d.rule}</code>,
          dueLabel(i18n, d.due),
          needsAttention(d.status) ? (
            <strong key="status" className="usa-tag">
              {statusLabel(i18n, d.status)}
            </strong>
          ) : (
            statusLabel(i18n, d.status)
          ),
          d.basis,
          d.citation,
        ],
      }))}
    />
  );
}

function EventForm({
  page,
  action,
  types,
  form,
}: {
  page: PageContext;
  action: string;
  types: readonly string[];
  form: FormState<CaseEventField> | undefined;
}) {
  const { i18n } = page;
  const { t } = i18n;
  const field = fieldProps(form, eventMessages, i18n, (name) => `timelines.eventForm.${name}`);
  return (
    <form
      method="post"
      action={action}
      className="usa-form usa-form--large"
      noValidate
      id={`${eventMessages.idPrefix}form`}
    >
      <ErrorSummary
        title={t('form.errorSummaryTitle')}
        items={summaryItems(form, eventMessages, i18n)}
      />
      <CsrfField token={page.csrfToken} />
      <SelectField
        {...field('type')}
        options={[
          { value: '', label: t('form.choose') },
          ...types.map((type) => ({ value: type, label: eventLabel(i18n, type) })),
        ]}
        required
      />
      <TextField {...field('on')} type="date" required hint={t('timelines.eventForm.hint.on')} />
      <fieldset className="usa-fieldset">
        <legend className="usa-legend">{t('timelines.eventForm.detailsLegend')}</legend>
        <p className="usa-hint">{t('timelines.eventForm.hint.details')}</p>
        <TextField
          {...field('weeks')}
          inputMode="numeric"
          width="sm"
          hint={t('timelines.eventForm.hint.weeks')}
        />
        <TextField
          {...field('days')}
          inputMode="numeric"
          width="sm"
          hint={t('timelines.eventForm.hint.days')}
        />
        <TextField
          {...field('schoolDays')}
          inputMode="numeric"
          width="sm"
          hint={t('timelines.eventForm.hint.schoolDays')}
        />
        <SelectField
          {...field('reason')}
          options={[
            { value: '', label: t('form.choose') },
            ...(['conduct', 'weapon', 'drugs', 'serious-bodily-injury'] as const).map((r) => ({
              value: r,
              label: t(`timelines.removalReason.${r}`),
            })),
          ]}
        />
        <SelectField
          {...field('filedBy')}
          options={[
            { value: '', label: t('form.choose') },
            { value: 'parent', label: t('timelines.filedBy.parent') },
            { value: 'district', label: t('timelines.filedBy.district') },
          ]}
        />
        <CheckboxField
          id={`${eventMessages.idPrefix}expedited`}
          name="expedited"
          label={t('timelines.eventForm.expedited')}
          checked={form?.values.expedited === true}
        />
        <TextField {...field('violationDate')} type="date" />
      </fieldset>
      <button type="submit" className="usa-button">
        {t('timelines.eventForm.submit')}
      </button>
    </form>
  );
}
