import type { PageContext } from '../components/layout.tsx';
import { Layout } from '../components/layout.tsx';
import { Table } from '../components/table.tsx';
import { Alert } from '../components/alert.tsx';
import { StudentBreadcrumb } from '../components/breadcrumb.tsx';
import type { SummaryItem } from '../components/form.tsx';
import { CsrfField, ErrorSummary, SelectField, TextField } from '../components/form.tsx';
import type { MessageId, Translator } from '../i18n/i18n.ts';
import type { FormMessages } from './form-state.ts';
import { fieldProps, summaryItems, textValue } from './form-state.ts';
import type { FormState, StudentDetailView } from './types.ts';
import { studentName } from './student-profile.tsx';
import { VoidForm } from './void-form.tsx';
import type {
  DeliveryAlertView,
  DeliveryServiceView,
  DeliveryViolationView,
  PeriodRowView,
  SessionRecordView,
} from './service-views.tsx';
import {
  alertText,
  escalationHref,
  groupText,
  mandateText,
  percentText,
  serviceLabel,
  sessionChoiceValues,
  sessionStatusText,
  violationText,
  DeliveryNotice,
} from './service-views.tsx';

/**
 * A student's service delivery: each service of the IEP in effect with its weeks and months of
 * mandated against delivered minutes, its alerts (each leading to the escalation form) and the
 * program limits its sessions break; the sessions logged; and, for those who implement the
 * services, a form for one session and the week form: every service on every school day of a
 * week, status and minutes filled in from the IEP, sent at once (all or none). Works without
 * JavaScript and on a phone: each day is a fieldset, each service a small group within it.
 */

export interface ServiceDeliveryEntryView extends DeliveryServiceView {
  weeks: readonly PeriodRowView[];
  months: readonly PeriodRowView[];
  alerts: readonly DeliveryAlertView[];
  violations: readonly DeliveryViolationView[];
  problem: string | null;
}

export interface StudentDeliveryView {
  studentId: string;
  asOf: string;
  notice: string | null;
  iep: { iepId: string; versionId: string; projectedImplementationDate: string | null } | null;
  canLog: boolean;
  services: readonly ServiceDeliveryEntryView[];
  sessions: readonly SessionRecordView[];
  week: {
    monday: string;
    previous: string;
    next: string | null;
    days: readonly { date: string; schoolDay: boolean; future: boolean }[];
  };
}

export const sessionLogFields = [
  'serviceId',
  'date',
  'status',
  'minutes',
  'groupSize',
  'location',
  'note',
] as const;
export type SessionLogField = (typeof sessionLogFields)[number];
export const voidSessionFields = ['reason'] as const;
export type VoidSessionField = (typeof voidSessionFields)[number];
/** The fields of one cell of the week form (a service on a day), named `cell.<i>.<field>`. */
export const weekCellFields = [
  'serviceId',
  'date',
  'status',
  'minutes',
  'groupSize',
  'note',
] as const;
export type WeekCellField = (typeof weekCellFields)[number];

export const serviceDeliveryNotices = ['logged', 'week-logged', 'voided'] as const;
export type ServiceDeliveryNotice = (typeof serviceDeliveryNotices)[number];

export interface DeliveryRefusalView {
  message: string;
  citation?: string | undefined;
}

const logMessages: FormMessages<SessionLogField> = {
  idPrefix: 'log-',
  error: (field) => `services.logForm.error.${field}`,
};
const voidMessages: FormMessages<VoidSessionField> = {
  idPrefix: 'void-',
  error: (field) => `services.voidForm.error.${field}`,
};

export interface ServiceDeliveryPageProps {
  page: PageContext;
  student: StudentDetailView;
  delivery: StudentDeliveryView;
  logForm?: FormState<SessionLogField> | undefined;
  /** The week form as sent, with its invalid cells' fields (`cell.3.minutes`). */
  weekForm?: FormState<string> | undefined;
  voidForm?: { sessionId: string; state: FormState<VoidSessionField> } | undefined;
  refusal?: DeliveryRefusalView | undefined;
  notice?: ServiceDeliveryNotice | undefined;
}

const failed = (form: FormState<string> | undefined) =>
  Boolean(form?.invalid.length || form?.general);

export function ServiceDeliveryPage(props: ServiceDeliveryPageProps) {
  const { page, student, delivery } = props;
  const { i18n } = page;
  const { t } = i18n;
  const name = studentName(i18n, student);
  const title = t('services.title', { name });
  const anyFailed =
    failed(props.logForm) ||
    failed(props.weekForm) ||
    failed(props.voidForm?.state) ||
    Boolean(props.refusal);
  const base = `/students/${student.id}/services`;
  const loggable = delivery.services.filter((s) => s.canLog);
  return (
    <Layout page={page} title={anyFailed ? t('form.errorTitle', { title }) : title}>
      <StudentBreadcrumb
        i18n={i18n}
        studentId={student.id}
        name={name}
        current={t('services.breadcrumb')}
      />
      <h1>{title}</h1>
      {props.notice && (
        <Alert kind="success">
          <p>{t(`services.notice.${props.notice}`)}</p>
        </Alert>
      )}
      {props.refusal && <DeliveryRefusal i18n={i18n} refusal={props.refusal} />}
      <p>{t('services.intro', { today: i18n.formatDate(delivery.asOf) })}</p>
      {loggable.length > 0 && (
        <ul className="continuum-inline-list">
          <li>
            <a href="#week-form">{t('services.week.jump')}</a>
          </li>
          <li>
            <a href="#log-form">{t('services.logForm.jump')}</a>
          </li>
          <li>
            <a href="/group-sessions/new">{t('services.group.logLink')}</a>
          </li>
        </ul>
      )}
      <DeliveryNotice i18n={i18n} notice={delivery.notice} />
      {delivery.services.length === 0 && <p>{t('services.noServices')}</p>}
      {delivery.services.map((s, i) => (
        <ServiceSection
          key={s.id}
          page={page}
          studentId={student.id}
          service={s}
          index={i}
          name={name}
        />
      ))}

      <section aria-labelledby="sessions-heading" className="continuum-section">
        <h2 id="sessions-heading">{t('services.sessionsHeading')}</h2>
        {delivery.sessions.length === 0 ? (
          <p>{t('services.noSessions')}</p>
        ) : (
          <Table
            caption={t('services.sessionsCaption', { name, count: delivery.sessions.length })}
            headers={[
              t('services.column.date'),
              t('services.column.service'),
              t('services.column.status'),
              t('services.column.minutes'),
              t('services.column.group'),
              t('services.column.provider'),
              t('services.column.record'),
            ]}
            rows={delivery.sessions.map((s) => ({
              key: s.id,
              cells: [
                s.voided ? <del key="d">{i18n.formatDate(s.date)}</del> : i18n.formatDate(s.date),
                <span key="service" className="text-wrap">
                  {serviceLabel(i18n, s)}
                </span>,
                <span key="status" className="text-wrap">
                  {sessionStatusText(i18n, s) + (s.note ? ` (${s.note})` : '')}
                  {s.group && (
                    <>
                      {', '}
                      {groupText(i18n, s.group)}
                      {s.group.groupId && (
                        <>
                          {' '}
                          <a href={`/students/${student.id}/group-sessions/${s.group.groupId}`}>
                            {t('services.group.open')}
                            <span className="usa-sr-only"> {i18n.formatDate(s.date)}</span>
                          </a>
                        </>
                      )}
                    </>
                  )}
                </span>,
                String(s.minutes),
                String(s.groupSize),
                s.providerName,
                s.voided ? (
                  t('services.voided', {
                    at: i18n.formatDateTime(s.voided.at),
                    reason: s.voided.reason,
                  })
                ) : s.canVoid ? (
                  <SessionVoidForm
                    key="void"
                    page={page}
                    action={`${base}/sessions/${s.id}/void`}
                    session={s}
                    form={props.voidForm?.sessionId === s.id ? props.voidForm.state : undefined}
                  />
                ) : (
                  t('services.standing')
                ),
              ],
            }))}
          />
        )}
      </section>

      {loggable.length > 0 && (
        <>
          <WeekForm
            page={page}
            action={`${base}/week`}
            base={base}
            delivery={delivery}
            services={loggable}
            form={props.weekForm}
          />
          <LogForm
            page={page}
            action={base}
            today={delivery.asOf}
            services={loggable}
            form={props.logForm}
          />
        </>
      )}
      <p>
        <a href={`/students/${student.id}`}>{t('services.backToStudent', { name })}</a>
      </p>
    </Layout>
  );
}

/** A refusal by rule (422) or another refusal: the message, and the passage when there is one. */
export function DeliveryRefusal({
  i18n,
  refusal,
}: {
  i18n: Translator;
  refusal: DeliveryRefusalView;
}) {
  const { t } = i18n;
  return (
    <Alert kind="error" heading={t('services.refusedHeading')}>
      <p>{refusal.message}</p>
      {refusal.citation && <p>{t('services.citation', { citation: refusal.citation })}</p>}
    </Alert>
  );
}

/** One alert with its citation and, for staff, the escalation form it leads to. */
export function AlertItem({
  page,
  studentId,
  alert,
}: {
  page: PageContext;
  studentId: string;
  alert: DeliveryAlertView;
}) {
  const { i18n } = page;
  const { t } = i18n;
  return (
    <li>
      <strong>{t(`services.alert.${alert.kind}`)}</strong> {alertText(i18n, alert)}{' '}
      <span className="usa-hint">{t('services.citation', { citation: alert.citation })}</span>
      {page.nav?.directory && (
        <>
          {' '}
          <a href={escalationHref(studentId, alert)}>
            {t(`services.escalate.${alert.escalationProblem}`)}
          </a>
        </>
      )}
    </li>
  );
}

function ServiceSection({
  page,
  studentId,
  service: s,
  index,
  name,
}: {
  page: PageContext;
  studentId: string;
  service: ServiceDeliveryEntryView;
  index: number;
  name: string;
}) {
  const { i18n } = page;
  const { t } = i18n;
  const label = serviceLabel(i18n, s);
  const id = `service-${index}`;
  const periodRows = (rows: readonly PeriodRowView[], what: 'week' | 'month') =>
    rows.map((r) => ({
      key: r.from,
      cells: [
        what === 'week'
          ? t(r.current ? 'services.weekOfCurrent' : 'services.weekOf', {
              date: i18n.formatDate(r.from),
            })
          : t(r.current ? 'services.monthCurrent' : 'services.month', {
              month: monthOf(i18n, r.from),
            }),
        String(r.serviceDays),
        String(r.mandated),
        String(r.delivered),
        String(r.makeUp),
        String(r.missed),
        percentText(i18n, r.percent),
      ],
    }));
  const headers = (first: MessageId) => [
    t(first),
    t('services.column.schoolDays'),
    t('services.column.mandated'),
    t('services.column.delivered'),
    t('services.column.makeUp'),
    t('services.column.missed'),
    t('services.column.share'),
  ];
  return (
    <section aria-labelledby={`${id}-heading`} className="continuum-section">
      <h2 id={`${id}-heading`}>{label}</h2>
      <p>
        {mandateText(i18n, s)}
        {s.location ? ` · ${s.location}` : ''}
        {s.twelveMonth ? ` · ${t('services.twelveMonth')}` : ''}
      </p>
      <p>
        {s.takesEffectOn
          ? t('services.takesEffect', { date: i18n.formatDate(s.takesEffectOn) })
          : t('services.noStart')}
        {s.endDate ? ` ${t('services.ends', { date: i18n.formatDate(s.endDate) })}` : ''}
      </p>
      {s.problem && (
        <Alert kind="warning" heading={t('services.problemHeading')}>
          <p>{s.problem}</p>
        </Alert>
      )}
      {s.alerts.length > 0 && (
        <>
          <h3>{t('services.alertsHeading')}</h3>
          <ul className="usa-list">
            {s.alerts.map((a) => (
              <AlertItem key={a.kind} page={page} studentId={studentId} alert={a} />
            ))}
          </ul>
        </>
      )}
      {s.violations.length > 0 && (
        <>
          <h3>{t('services.violationsHeading')}</h3>
          <ul className="usa-list">
            {s.violations.map((v, i) => (
              <li key={i}>
                {violationText(i18n, v)}{' '}
                <span className="usa-hint">{t('services.citation', { citation: v.citation })}</span>
              </li>
            ))}
          </ul>
        </>
      )}
      {s.weeks.length > 0 && (
        <Table
          caption={t('services.weeksCaption', { service: label, name })}
          headers={headers('services.column.week')}
          rows={periodRows(s.weeks, 'week')}
        />
      )}
      {s.months.length > 0 && (
        <Table
          caption={t('services.monthsCaption', { service: label, name })}
          headers={headers('services.column.month')}
          rows={periodRows(s.months, 'month')}
        />
      )}
    </section>
  );
}

/** The choices of a session's status, missed ones with their reason. */
function choiceOptions(i18n: Translator, blank: MessageId) {
  return [
    { value: '', label: i18n.t(blank) },
    ...sessionChoiceValues.map((v) => ({ value: v, label: i18n.t(`services.choice.${v}`) })),
  ];
}

function LogForm({
  page,
  action,
  today,
  services,
  form,
}: {
  page: PageContext;
  action: string;
  today: string;
  services: readonly DeliveryServiceView[];
  form: FormState<SessionLogField> | undefined;
}) {
  const { i18n } = page;
  const { t } = i18n;
  const field = fieldProps(form, logMessages, i18n, (name) => `services.logForm.label.${name}`);
  return (
    <form
      method="post"
      action={action}
      className="usa-form usa-form--large"
      noValidate
      id="log-form"
      aria-labelledby="log-heading"
    >
      <h2 id="log-heading">{t('services.logForm.heading')}</h2>
      <p>{t('services.logForm.intro')}</p>
      <ErrorSummary
        title={t('form.errorSummaryTitle')}
        items={summaryItems(form, logMessages, i18n)}
      />
      <CsrfField token={page.csrfToken} />
      <SelectField
        {...field('serviceId')}
        options={[
          { value: '', label: t('form.choose') },
          ...services.map((s) => ({ value: s.id, label: serviceLabel(i18n, s) })),
        ]}
        required
      />
      <TextField {...field('date')} value={textValue(form, 'date') ?? today} type="date" required />
      <SelectField {...field('status')} options={choiceOptions(i18n, 'form.choose')} required />
      <TextField
        {...field('minutes')}
        inputMode="numeric"
        width="sm"
        hint={t('services.logForm.hint.minutes')}
      />
      <TextField
        {...field('groupSize')}
        value={textValue(form, 'groupSize') ?? '1'}
        inputMode="numeric"
        width="sm"
        required
      />
      <TextField {...field('location')} hint={t('services.logForm.hint.location')} />
      <TextField {...field('note')} hint={t('services.logForm.hint.note')} />
      <button type="submit" className="usa-button usa-button--outline">
        {t('services.logForm.submit')}
      </button>
    </form>
  );
}

/** What the week form fills in for a service on a day before the provider changes anything. */
function prefilledChoices(
  service: DeliveryServiceView,
  days: readonly string[],
  logged: (date: string) => number,
): Set<string> {
  const free = days.filter((d) => logged(d) === 0);
  if (service.period === 'day') return new Set(free);
  if (service.period === 'month') return new Set();
  // Weekly: the sessions still owed this week, spread over the days without one.
  const owed = Math.max(0, service.frequency - days.reduce((n, d) => n + logged(d), 0));
  const m = Math.min(owed, free.length);
  return new Set(Array.from({ length: m }, (_, k) => free[Math.floor((k * free.length) / m)]!));
}

function WeekForm({
  page,
  action,
  base,
  delivery,
  services,
  form,
}: {
  page: PageContext;
  action: string;
  base: string;
  delivery: StudentDeliveryView;
  services: readonly DeliveryServiceView[];
  form: FormState<string> | undefined;
}) {
  const { i18n } = page;
  const { t } = i18n;
  const { week } = delivery;
  const days = week.days.filter((d) => d.schoolDay && !d.future).map((d) => d.date);
  const sessionsOn = (serviceId: string, date: string) =>
    delivery.sessions.filter((s) => s.serviceId === serviceId && s.date === date && !s.voided);
  const cells = days.flatMap((date) => services.map((service) => ({ date, service })));
  const prefill = new Map(
    services.map((s) => [s.id, prefilledChoices(s, days, (d) => sessionsOn(s.id, d).length)]),
  );
  const value = (i: number, field: WeekCellField) => {
    const sent = form?.values[`cell.${i}.${field}`];
    return typeof sent === 'string' ? sent : undefined;
  };
  const invalid = (i: number, field: WeekCellField) =>
    form?.invalid.includes(`cell.${i}.${field}`) ?? false;
  const dayLabel = (date: string) =>
    t('services.week.day', { date: i18n.formatDate(date), weekday: weekdayOf(i18n, date) });
  const items: SummaryItem[] = cells.flatMap(({ date, service }, i) =>
    weekCellFields
      .filter((f) => invalid(i, f))
      .map((f) => ({
        fieldId: `week-${i}-${f === 'date' || f === 'serviceId' ? 'status' : f}`,
        text: t('services.week.cellError', {
          day: dayLabel(date),
          service: serviceLabel(i18n, service),
          problem: t(`services.week.error.${f}`),
        }),
      })),
  );
  if (form?.general) items.push({ fieldId: 'week-form', text: t('services.week.error.general') });
  return (
    <form
      method="post"
      action={action}
      className="usa-form usa-form--large"
      noValidate
      id="week-form"
      aria-labelledby="week-heading"
    >
      <h2 id="week-heading">
        {t('services.week.heading', { date: i18n.formatDate(week.monday) })}
      </h2>
      <p>{t('services.week.intro')}</p>
      <ul className="continuum-inline-list">
        <li>
          <a href={`${base}?week=${week.previous}#week-form`}>{t('services.week.previous')}</a>
        </li>
        {week.next && (
          <li>
            <a href={`${base}?week=${week.next}#week-form`}>{t('services.week.next')}</a>
          </li>
        )}
      </ul>
      <ErrorSummary title={t('form.errorSummaryTitle')} items={items} />
      <CsrfField token={page.csrfToken} />
      <input type="hidden" name="week" value={week.monday} />
      {days.length === 0 && <p>{t('services.week.noDays')}</p>}
      {days.map((date) => (
        <fieldset key={date} className="usa-fieldset continuum-section">
          <legend className="usa-legend usa-legend--large">{dayLabel(date)}</legend>
          {services.map((service) => {
            const i = cells.findIndex((c) => c.date === date && c.service.id === service.id);
            const name = (f: WeekCellField) => `cell.${i}.${f}`;
            const error = (f: WeekCellField) =>
              invalid(i, f) ? t(`services.week.error.${f}`) : undefined;
            const field = (f: 'status' | 'minutes' | 'groupSize' | 'note') => ({
              id: `week-${i}-${f}`,
              name: name(f),
              label: t(`services.week.${f}`),
              value: value(i, f),
              error: error(f),
            });
            const logged = sessionsOn(service.id, date);
            const chosen = prefill.get(service.id)?.has(date) ? 'delivered' : '';
            return (
              <fieldset key={service.id} className="usa-fieldset">
                <legend className="usa-legend text-bold">{serviceLabel(i18n, service)}</legend>
                {logged.length > 0 && (
                  <p className="usa-hint">
                    {t('services.week.alreadyLogged', {
                      sessions: logged
                        .map((s) => `${sessionStatusText(i18n, s)} (${s.minutes})`)
                        .join(', '),
                    })}
                  </p>
                )}
                <input type="hidden" name={name('serviceId')} value={service.id} />
                <input type="hidden" name={name('date')} value={date} />
                <SelectField
                  {...field('status')}
                  value={value(i, 'status') ?? chosen}
                  error={error('status') ?? error('date') ?? error('serviceId')}
                  options={choiceOptions(i18n, 'services.week.noSession')}
                />
                <div className="grid-row grid-gap-2">
                  <div className="grid-col-6">
                    <TextField
                      {...field('minutes')}
                      value={value(i, 'minutes') ?? String(service.durationMinutes)}
                      inputMode="numeric"
                    />
                  </div>
                  <div className="grid-col-6">
                    <TextField
                      {...field('groupSize')}
                      value={value(i, 'groupSize') ?? String(service.groupSize)}
                      inputMode="numeric"
                    />
                  </div>
                </div>
                <TextField {...field('note')} />
              </fieldset>
            );
          })}
        </fieldset>
      ))}
      {days.length > 0 && (
        <button type="submit" className="usa-button">
          {t('services.week.submit')}
        </button>
      )}
    </form>
  );
}

/** A date's part in the reader's language: its weekday, or its month and year. */
const datePart = (options: Intl.DateTimeFormatOptions) => (i18n: Translator, date: string) =>
  new Intl.DateTimeFormat(i18n.locale, { ...options, timeZone: 'UTC' }).format(
    new Date(`${date}T00:00:00Z`),
  );
const weekdayOf = datePart({ weekday: 'long' });
const monthOf = datePart({ month: 'long', year: 'numeric' });

function SessionVoidForm({
  page,
  action,
  session,
  form,
}: {
  page: PageContext;
  action: string;
  session: SessionRecordView;
  form: FormState<VoidSessionField> | undefined;
}) {
  const { i18n } = page;
  const { t } = i18n;
  const what = t('services.voidForm.what', {
    date: i18n.formatDate(session.date),
    service: serviceLabel(i18n, session),
  });
  return (
    <VoidForm
      page={page}
      action={action}
      recordId={session.id}
      messages={voidMessages}
      form={form}
      label={t('services.voidForm.reason', { session: what })}
    >
      {t('services.voidForm.submit')}
      <span className="usa-sr-only"> {what}</span>
    </VoidForm>
  );
}
