import type { PageContext } from '../components/layout.tsx';
import { Layout } from '../components/layout.tsx';
import { Table } from '../components/table.tsx';
import { Alert } from '../components/alert.tsx';
import { CsrfField, ErrorSummary, SelectField, TextField } from '../components/form.tsx';
import type { Translator } from '../i18n/i18n.ts';
import type { FormMessages } from './form-state.ts';
import { fieldError, summaryItems, textValue } from './form-state.ts';
import type { FormState, SiteOption } from './types.ts';
import type {
  DeliveryAlertView,
  DeliveryServiceView,
  Facts,
  ListedStudentView,
  PeriodRowView,
} from './service-views.tsx';
import {
  alertText,
  escalationHref,
  mandateText,
  percentText,
  serviceLabel,
  violationText,
  DeliveryNotice,
} from './service-views.tsx';

/**
 * The district-wide delivery pages: a provider's caseload, the delivery dashboard (alerts and
 * program limits, for the program leader and the chairperson, over the students they may
 * see), the under-delivery report with its CSV export, and the district's settings.
 */

export interface CaseloadPageView {
  staffId: string;
  staffName: string;
  asOf: string;
  notice: string | null;
  students: readonly (ListedStudentView & {
    role: string;
    wholeIep: boolean;
    services: readonly (DeliveryServiceView & {
      thisWeek: PeriodRowView | null;
      alerts: readonly DeliveryAlertView[];
      problem: string | null;
    })[];
  })[];
  seit: { students: number; limit: number } | null;
}

export interface DeliverySettingsPageView {
  notStartedSchoolDays: number;
  providerGapSchoolDays: number;
  underDeliveryPercent: number;
  underDeliveryWeeks: number;
  readinessWindowSchoolDays: number;
  updatedAt: string | null;
  updatedBy: string | null;
  canEdit: boolean;
}

export interface DeliveryDashboardPageView {
  asOf: string;
  notice: string | null;
  settings: DeliverySettingsPageView;
  items: readonly (ListedStudentView & {
    serviceId: string;
    program: string;
    service: string;
    kind: 'alert' | 'violation';
    code: string;
    message: string;
    citation: string;
    facts: Facts;
    escalationProblem: DeliveryAlertView['escalationProblem'] | null;
  })[];
  caseloads: readonly {
    staffId: string;
    staffName: string;
    students: number;
    limit: number;
    message: string;
    citation: string;
  }[];
  problems: readonly (ListedStudentView & {
    serviceId: string;
    program: string;
    message: string;
  })[];
  truncated: boolean;
}

export interface UnderDeliveryReportPageView {
  asOf: string;
  notice: string | null;
  percent: number;
  weeks: number;
  rows: readonly (ListedStudentView & {
    serviceId: string;
    program: string;
    service: string;
    frequency: number;
    period: 'day' | 'week' | 'month';
    durationMinutes: number;
    providers: readonly string[];
    from: string;
    through: string;
    weeks: number;
    mandated: number;
    delivered: number;
    percent: number;
  })[];
  truncated: boolean;
}

export interface DeliveryFilters {
  siteId?: string | undefined;
  committee?: string | undefined;
}

const studentLink = (s: ListedStudentView) => (
  <a key="student" href={`/students/${s.studentId}/services`}>
    {s.studentName}
  </a>
);

/** The student's name (to their delivery) with their school beneath. */
const studentCell = (page: PageContext, s: ListedStudentView) => (
  <span key="student">
    {studentLink(s)}
    <br />
    <span className="usa-hint">{s.siteName ?? page.i18n.t('common.none')}</span>
  </span>
);

export function CaseloadPage({
  page,
  caseload,
}: {
  page: PageContext;
  caseload: CaseloadPageView;
}) {
  const { i18n } = page;
  const { t } = i18n;
  const title = t('services.caseload.title', { name: caseload.staffName });
  return (
    <Layout page={page} title={title}>
      <h1>{title}</h1>
      <p>{t('services.caseload.intro', { today: i18n.formatDate(caseload.asOf) })}</p>
      <DeliveryNotice i18n={i18n} notice={caseload.notice} />
      {caseload.students.filter((s) => s.services.some((v) => v.canLog)).length >= 2 && (
        <p>
          <a href="/group-sessions/new">{t('services.group.logLink')}</a>
        </p>
      )}
      {caseload.seit && (
        <p>
          {t('services.caseload.seit', {
            students: caseload.seit.students,
            limit: caseload.seit.limit,
          })}
        </p>
      )}
      {caseload.students.length === 0 ? (
        <p>{t('services.caseload.none')}</p>
      ) : (
        <Table
          caption={t('services.caseload.caption', {
            name: caseload.staffName,
            count: caseload.students.length,
          })}
          headers={[
            t('services.column.student'),
            t('services.column.service'),
            t('services.column.thisWeek'),
            t('services.column.alerts'),
          ]}
          rows={caseload.students.flatMap((s) =>
            (s.services.length ? s.services : [null]).map((service, i) => ({
              key: `${s.studentId}-${service?.id ?? i}`,
              cells: [
                studentCell(page, s),
                service ? (
                  <span key="service" className="text-wrap">
                    {serviceLabel(i18n, service)}
                    <br />
                    <span className="usa-hint">{mandateText(i18n, service)}</span>
                  </span>
                ) : (
                  t('services.caseload.noServices')
                ),
                service?.thisWeek
                  ? t('services.caseload.week', {
                      delivered: service.thisWeek.delivered + service.thisWeek.makeUp,
                      mandated: service.thisWeek.mandated,
                    })
                  : (service?.problem ?? t('common.none')),
                service && service.alerts.length > 0 ? (
                  <ul key="alerts" className="usa-list usa-list--unstyled text-wrap">
                    {service.alerts.map((a) => (
                      <li key={a.kind}>
                        <strong>{t(`services.alert.${a.kind}`)}</strong> {alertText(i18n, a)}
                      </li>
                    ))}
                  </ul>
                ) : (
                  t('common.none')
                ),
              ],
            })),
          )}
        />
      )}
    </Layout>
  );
}

/** The dashboard's and the report's filters: committee and, for staff, school. */
function Filters({
  page,
  action,
  filters,
  sites,
}: {
  page: PageContext;
  action: string;
  filters: DeliveryFilters;
  sites?: readonly SiteOption[] | undefined;
}) {
  const { t } = page.i18n;
  return (
    <form
      method="get"
      action={action}
      className="usa-form continuum-filters"
      aria-labelledby="delivery-filters-heading"
    >
      <h2 id="delivery-filters-heading" className="usa-sr-only">
        {t('services.filters.heading')}
      </h2>
      <SelectField
        id="filter-committee"
        name="committee"
        label={t('services.filters.committee')}
        value={filters.committee ?? ''}
        options={[
          { value: '', label: t('services.filters.any') },
          { value: 'cse', label: t('services.committee.cse') },
          { value: 'cpse', label: t('services.committee.cpse') },
        ]}
      />
      {sites && (
        <SelectField
          id="filter-site"
          name="siteId"
          label={t('services.filters.site')}
          value={filters.siteId ?? ''}
          options={[
            { value: '', label: t('services.filters.any') },
            ...sites.map((s) => ({ value: s.id, label: s.name })),
          ]}
        />
      )}
      <button type="submit" className="usa-button usa-button--outline continuum-filters__submit">
        {t('services.filters.apply')}
      </button>
    </form>
  );
}

function itemText(i18n: Translator, item: DeliveryDashboardPageView['items'][number]): string {
  return item.kind === 'alert'
    ? alertText(i18n, {
        kind: item.code as DeliveryAlertView['kind'],
        facts: item.facts,
        message: item.message,
      })
    : violationText(i18n, { check: item.code, facts: item.facts, message: item.message });
}

export function DeliveryDashboardPage({
  page,
  dashboard,
  filters,
  sites,
}: {
  page: PageContext;
  dashboard: DeliveryDashboardPageView;
  filters: DeliveryFilters;
  sites?: readonly SiteOption[] | undefined;
}) {
  const { i18n } = page;
  const { t } = i18n;
  const title = t('services.dashboard.title');
  const { settings } = dashboard;
  return (
    <Layout page={page} title={title}>
      <h1>{title}</h1>
      <p>
        {t('services.dashboard.intro', {
          today: i18n.formatDate(dashboard.asOf),
          notStarted: settings.notStartedSchoolDays,
          gap: settings.providerGapSchoolDays,
          percent: settings.underDeliveryPercent,
          weeks: settings.underDeliveryWeeks,
        })}
      </p>
      <ul className="continuum-inline-list">
        <li>
          <a href="/delivery/report">{t('services.report.link')}</a>
        </li>
        <li>
          <a href="/delivery/settings">{t('services.settings.link')}</a>
        </li>
      </ul>
      <DeliveryNotice i18n={i18n} notice={dashboard.notice} />
      <Filters page={page} action="/delivery" filters={filters} sites={sites} />
      <h2>{t('services.dashboard.itemsHeading')}</h2>
      {dashboard.items.length === 0 ? (
        <p>{t('services.dashboard.none')}</p>
      ) : (
        <Table
          caption={t('services.dashboard.caption', { count: dashboard.items.length })}
          headers={[
            t('services.column.student'),
            t('services.column.service'),
            t('services.column.finding'),
            t('services.column.action'),
          ]}
          rows={dashboard.items.map((item, i) => ({
            key: `${item.serviceId}-${item.code}-${i}`,
            cells: [
              studentCell(page, item),
              <span key="service" className="text-wrap">
                {serviceLabel(i18n, item)}
              </span>,
              <span key="finding" className="text-wrap">
                <strong>
                  {item.kind === 'alert'
                    ? t(`services.alert.${item.code as DeliveryAlertView['kind']}`)
                    : t('services.violation')}
                </strong>{' '}
                {itemText(i18n, item)}
                <br />
                <span className="usa-hint">
                  {t('services.citation', { citation: item.citation })}
                </span>
              </span>,
              item.escalationProblem ? (
                <a
                  key="escalate"
                  href={escalationHref(item.studentId, {
                    escalationProblem: item.escalationProblem,
                    serviceId: item.serviceId,
                  })}
                >
                  {t(`services.escalate.${item.escalationProblem}`)}
                  <span className="usa-sr-only">
                    {' '}
                    {item.studentName}, {serviceLabel(i18n, item)}
                  </span>
                </a>
              ) : (
                t('common.none')
              ),
            ],
          }))}
        />
      )}
      {dashboard.truncated && <p>{t('services.truncated')}</p>}
      {dashboard.caseloads.length > 0 && (
        <>
          <h2>{t('services.dashboard.caseloadsHeading')}</h2>
          <ul className="usa-list">
            {dashboard.caseloads.map((c) => (
              <li key={c.staffId}>
                <a href={`/caseload?staffId=${c.staffId}`}>{c.staffName}</a>:{' '}
                {t('services.dashboard.caseloadOver', { students: c.students, limit: c.limit })}{' '}
                <span className="usa-hint">{t('services.citation', { citation: c.citation })}</span>
              </li>
            ))}
          </ul>
        </>
      )}
      {dashboard.problems.length > 0 && (
        <>
          <h2>{t('services.dashboard.problemsHeading')}</h2>
          <ul className="usa-list">
            {dashboard.problems.map((p) => (
              <li key={p.serviceId}>
                {studentLink(p)}, {serviceLabel(i18n, { program: p.program, service: '' })}:{' '}
                {p.message}
              </li>
            ))}
          </ul>
        </>
      )}
    </Layout>
  );
}

export function UnderDeliveryReportPage({
  page,
  report,
  filters,
  sites,
  csvHref,
}: {
  page: PageContext;
  report: UnderDeliveryReportPageView;
  filters: DeliveryFilters;
  sites?: readonly SiteOption[] | undefined;
  csvHref: string;
}) {
  const { i18n } = page;
  const { t } = i18n;
  const title = t('services.report.title');
  return (
    <Layout page={page} title={title}>
      <h1>{title}</h1>
      <p>
        {t('services.report.intro', {
          today: i18n.formatDate(report.asOf),
          percent: report.percent,
          weeks: report.weeks,
        })}
      </p>
      <p>
        <a href={csvHref} download>
          {t('services.report.csv')}
        </a>
      </p>
      <DeliveryNotice i18n={i18n} notice={report.notice} />
      <Filters page={page} action="/delivery/report" filters={filters} sites={sites} />
      {report.rows.length === 0 ? (
        <p>{t('services.report.none')}</p>
      ) : (
        <Table
          caption={t('services.report.caption', { count: report.rows.length })}
          headers={[
            t('services.column.student'),
            t('services.column.service'),
            t('services.column.providers'),
            t('services.column.period'),
            t('services.column.mandated'),
            t('services.column.delivered'),
            t('services.column.share'),
          ]}
          rows={report.rows.map((r) => ({
            key: r.serviceId,
            cells: [
              studentCell(page, r),
              <span key="service" className="text-wrap">
                {serviceLabel(i18n, r)}
                <br />
                <span className="usa-hint">{mandateText(i18n, { ...r, groupSize: 1 })}</span>
              </span>,
              <span key="providers" className="text-wrap">
                {r.providers.join(', ') || t('services.report.noProvider')}
              </span>,
              t('services.report.period', {
                from: i18n.formatDate(r.from),
                through: i18n.formatDate(r.through),
                weeks: r.weeks,
              }),
              String(r.mandated),
              String(r.delivered),
              percentText(i18n, r.percent),
            ],
          }))}
        />
      )}
      {report.truncated && <p>{t('services.truncated')}</p>}
    </Layout>
  );
}

export const deliverySettingsFields = [
  'notStartedSchoolDays',
  'providerGapSchoolDays',
  'underDeliveryPercent',
  'underDeliveryWeeks',
  'readinessWindowSchoolDays',
] as const;
export type DeliverySettingsField = (typeof deliverySettingsFields)[number];
const settingsMessages: FormMessages<DeliverySettingsField> = {
  idPrefix: 'settings-',
  error: (field) => `services.settings.error.${field}`,
};

export function DeliverySettingsPage({
  page,
  settings,
  form,
  saved,
}: {
  page: PageContext;
  settings: DeliverySettingsPageView;
  form?: FormState<DeliverySettingsField> | undefined;
  saved?: boolean | undefined;
}) {
  const { i18n } = page;
  const { t } = i18n;
  const title = t('services.settings.title');
  const failedForm = Boolean(form?.invalid.length || form?.general);
  const field = (name: DeliverySettingsField) => ({
    id: `${settingsMessages.idPrefix}${name}`,
    name,
    label: t(`services.settings.label.${name}`),
    hint: t(`services.settings.hint.${name}`),
    error: fieldError(form, name, settingsMessages, i18n),
    value: textValue(form, name) ?? String(settings[name]),
  });
  return (
    <Layout page={page} title={failedForm ? t('form.errorTitle', { title }) : title}>
      <h1>{title}</h1>
      {saved && (
        <Alert kind="success">
          <p>{t('services.settings.saved')}</p>
        </Alert>
      )}
      <p>{t('services.settings.intro')}</p>
      {settings.updatedAt && (
        <p>
          {t('services.settings.updated', {
            at: i18n.formatDateTime(settings.updatedAt),
            name: settings.updatedBy ?? t('common.none'),
          })}
        </p>
      )}
      {settings.canEdit ? (
        <form
          method="post"
          action="/delivery/settings"
          className="usa-form usa-form--large"
          noValidate
          id="settings-form"
        >
          <ErrorSummary
            title={t('form.errorSummaryTitle')}
            items={summaryItems(form, settingsMessages, i18n)}
          />
          <CsrfField token={page.csrfToken} />
          {deliverySettingsFields.map((name) => (
            <TextField key={name} {...field(name)} inputMode="numeric" width="sm" required />
          ))}
          <button type="submit" className="usa-button">
            {t('services.settings.submit')}
          </button>
        </form>
      ) : (
        <dl className="continuum-details">
          {deliverySettingsFields.map((name) => (
            <div key={name} className="continuum-details__row">
              <dt>{t(`services.settings.label.${name}`)}</dt>
              <dd>{String(settings[name])}</dd>
            </div>
          ))}
        </dl>
      )}
      <p>
        <a href="/delivery">{t('services.settings.back')}</a>
      </p>
    </Layout>
  );
}
