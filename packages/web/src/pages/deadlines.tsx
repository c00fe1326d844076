import type { PageContext } from '../components/layout.tsx';
import { Layout } from '../components/layout.tsx';
import { Table } from '../components/table.tsx';
import { Alert } from '../components/alert.tsx';
import { SelectField } from '../components/form.tsx';
import type { SiteOption } from './types.ts';
import type { DeadlineEntryView } from './timeline.tsx';
import { dueLabel, needsAttention, problemMessages, statusLabel } from './timeline-labels.ts';

/** The chairperson's dashboard: overdue deadlines and those due soon, for the students one may see. */

export const deadlineStatusFilters = [
  'attention',
  'overdue',
  'due-soon',
  'met',
  'late',
  'all',
] as const;
export type DeadlineStatusFilter = (typeof deadlineStatusFilters)[number];

interface DashboardStudentView {
  studentId: string;
  studentName: string;
  studentNumber: string;
  committee: 'cse' | 'cpse';
  siteName: string | null;
}

export interface DashboardItemView extends DeadlineEntryView, DashboardStudentView {
  dueSoon: boolean;
}

export interface DeadlineDashboardView {
  asOf: string;
  dueSoonThrough: string | null;
  schoolDays: number;
  notice: string | null;
  items: readonly DashboardItemView[];
  problems: readonly (DashboardStudentView & { problem: { code: string; message: string } })[];
  truncated: boolean;
}

export interface DeadlinesPageProps {
  page: PageContext;
  dashboard: DeadlineDashboardView;
  filters: {
    siteId?: string | undefined;
    committee?: string | undefined;
    status: DeadlineStatusFilter;
  };
  /** The sites to filter by (staff only). */
  sites?: readonly SiteOption[] | undefined;
}

export function DeadlinesPage({ page, dashboard, filters, sites }: DeadlinesPageProps) {
  const { i18n } = page;
  const { t } = i18n;
  const title = t('deadlines.title');
  const studentCell = (s: DashboardStudentView) => (
    <a key="student" href={`/students/${s.studentId}/timeline`}>
      {s.studentName}
    </a>
  );
  return (
    <Layout page={page} title={title}>
      <h1>{title}</h1>
      <p>
        {dashboard.dueSoonThrough
          ? t('deadlines.intro', {
              days: dashboard.schoolDays,
              through: i18n.formatDate(dashboard.dueSoonThrough),
              today: i18n.formatDate(dashboard.asOf),
            })
          : t('deadlines.introNoWindow', { today: i18n.formatDate(dashboard.asOf) })}
      </p>
      {sites && (
        <p>
          <a href="/calendar">{t('deadlines.calendarLink')}</a>
        </p>
      )}
      {dashboard.notice && (
        <Alert kind="warning" heading={t('deadlines.noticeHeading')}>
          <p>{dashboard.notice}</p>
        </Alert>
      )}
      <form
        method="get"
        action="/deadlines"
        className="usa-form continuum-filters"
        aria-labelledby="filters-heading"
      >
        <h2 id="filters-heading" className="usa-sr-only">
          {t('deadlines.filtersHeading')}
        </h2>
        <SelectField
          id="filter-status"
          name="status"
          label={t('deadlines.filter.status')}
          value={filters.status}
          options={deadlineStatusFilters.map((s) => ({
            value: s,
            label: t(`deadlines.status.${s}`),
          }))}
        />
        <SelectField
          id="filter-committee"
          name="committee"
          label={t('deadlines.filter.committee')}
          value={filters.committee ?? ''}
          options={[
            { value: '', label: t('deadlines.filter.any') },
            { value: 'cse', label: t('deadlines.committee.cse') },
            { value: 'cpse', label: t('deadlines.committee.cpse') },
          ]}
        />
        {sites && (
          <SelectField
            id="filter-site"
            name="siteId"
            label={t('deadlines.filter.site')}
            value={filters.siteId ?? ''}
            options={[
              { value: '', label: t('deadlines.filter.any') },
              ...sites.map((s) => ({ value: s.id, label: s.name })),
            ]}
          />
        )}
        <button type="submit" className="usa-button">
          {t('deadlines.filter.submit')}
        </button>
      </form>

      <section aria-labelledby="deadline-list-heading" className="continuum-section">
        <h2 id="deadline-list-heading">{t(`deadlines.status.${filters.status}`)}</h2>
        {dashboard.items.length === 0 ? (
          <p>{t('deadlines.none')}</p>
        ) : (
          <Table
            caption={t('deadlines.caption', { count: dashboard.items.length })}
            headers={[
              t('deadlines.student'),
              t('timelines.rule'),
              t('timelines.due'),
              t('timelines.status'),
              t('deadlines.committeeAndSchool'),
              t('timelines.basis'),
              t('timelines.citation'),
            ]}
            rows={dashboard.items.map((d, i) => ({
              key: `${d.studentId}-${d.rule}-${i}`,
              cells: [
                studentCell(d),
                <code key="rule">{d.rule}</code>,
                dueLabel(i18n, d.due),
                needsAttention(d.status) ? (
                  <strong key="status" className="usa-tag">
                    {statusLabel(i18n, d.status)}
                  </strong>
                ) : d.dueSoon ? (
                  t('deadlines.dueSoon', { status: statusLabel(i18n, d.status) })
                ) : (
                  statusLabel(i18n, d.status)
                ),
                [t(`deadlines.committee.${d.committee}`), d.siteName].filter(Boolean).join(' · '),
                d.basis,
                d.citation,
              ],
            }))}
          />
        )}
        {dashboard.truncated && <p>{t('deadlines.truncated')}</p>}
      </section>

      {dashboard.problems.length > 0 && (
        <section aria-labelledby="problems-heading" className="continuum-section">
          <h2 id="problems-heading">{t('deadlines.problemsHeading')}</h2>
          <Table
            caption={t('deadlines.problemsCaption', { count: dashboard.problems.length })}
            headers={[t('deadlines.student'), t('deadlines.problem')]}
            rows={dashboard.problems.map((p) => ({
              key: p.studentId,
              cells: [
                studentCell(p),
                `${t(problemMessages[p.problem.code] ?? 'timelines.problem.invalid-event')}: ${p.problem.message}`,
              ],
            }))}
          />
        </section>
      )}
    </Layout>
  );
}
