import type { PageContext } from '../components/layout.tsx';
import { Layout, withQuery } from '../components/layout.tsx';
import { SelectField, TextField } from '../components/form.tsx';
import { Pagination, Table } from '../components/table.tsx';
import type { Level, SiteOption, StudentSummaryView } from './types.ts';
import { classificationLabel, gradeLabel, levelLabel, levelOptions } from './options.ts';
import { studentName } from './student-profile.tsx';

export interface StudentListPageProps {
  page: PageContext;
  query: { q?: string | undefined; level?: Level | undefined; siteId?: string | undefined };
  students: readonly StudentSummaryView[];
  total: number;
  /** Which page (from 1) of `pageSize` students this is. */
  pageNumber: number;
  pageSize: number;
  /** The site filter is offered when the directory's sites are known. */
  sites?: readonly SiteOption[];
  mayCreate: boolean;
}

/**
 * The students the user may see. The filter form is a plain GET form; with JavaScript, htmx
 * refreshes only the results as the user types and keeps the address bar in step.
 */
export function StudentListPage({
  page,
  query,
  students,
  total,
  pageNumber,
  pageSize,
  sites,
  mayCreate,
}: StudentListPageProps) {
  const { i18n } = page;
  const { t } = i18n;
  const lastPage = Math.max(1, Math.ceil(total / pageSize));
  return (
    <Layout page={page} title={t('students.title')}>
      <div className="continuum-title-row">
        <h1>{t('students.title')}</h1>
        {mayCreate && (
          <a className="usa-button" href="/students/new">
            {t('students.add')}
          </a>
        )}
      </div>
      <form
        method="get"
        action="/students"
        role="search"
        aria-label={t('students.searchLabel')}
        className="continuum-filters"
        hx-get="/students"
        hx-trigger="input changed delay:300ms from:#q, change from:select, submit"
        hx-target="#student-results"
        hx-select="#student-results"
        hx-select-oob="#student-count:innerHTML"
        hx-swap="outerHTML"
        hx-push-url="true"
      >
        <TextField
          id="q"
          name="q"
          type="search"
          label={t('students.search')}
          hint={t('students.searchHint')}
          value={query.q}
        />
        <SelectField
          id="level"
          name="level"
          label={t('students.level')}
          value={query.level}
          options={[{ value: '', label: t('students.allLevels') }, ...levelOptions(i18n)]}
        />
        {sites && (
          <SelectField
            id="siteId"
            name="siteId"
            label={t('students.site')}
            value={query.siteId}
            options={[
              { value: '', label: t('students.allSites') },
              ...sites.map((s) => ({ value: s.id, label: s.name })),
            ]}
          />
        )}
        <button type="submit" className="usa-button continuum-filters__submit">
          {t('students.searchButton')}
        </button>
      </form>
      <p id="student-count" role="status">
        {t('students.count', { count: total })}
      </p>
      <div id="student-results">
        {students.length === 0 ? (
          <p>{t('students.none')}</p>
        ) : (
          <Table
            caption={t('students.caption', { page: pageNumber, pages: lastPage })}
            headers={[
              t('students.name'),
              t('studentForm.label.studentNumber'),
              t('studentForm.label.dateOfBirth'),
              t('students.level'),
              t('studentForm.label.grade'),
              t('studentForm.label.classification'),
            ]}
            rows={students.map((s) => ({
              key: s.id,
              cells: [
                <a key="name" href={`/students/${s.id}`}>
                  {studentName(i18n, s)}
                </a>,
                s.studentNumber,
                i18n.formatDate(s.dateOfBirth),
                levelLabel(i18n, s.level),
                gradeLabel(i18n, s.grade),
                classificationLabel(i18n, s.classification),
              ],
            }))}
          />
        )}
        <Pagination
          current={pageNumber}
          last={lastPage}
          href={(n) => withQuery(page.url, 'page', String(n))}
          labels={{
            nav: t('pagination.nav'),
            previous: t('pagination.previous'),
            next: t('pagination.next'),
            page: (n) => t('pagination.page', { page: n }),
          }}
        />
      </div>
    </Layout>
  );
}
