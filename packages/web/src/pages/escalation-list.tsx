import type { PageContext } from '../components/layout.tsx';
import { Layout } from '../components/layout.tsx';
import { Alert } from '../components/alert.tsx';
import { StudentBreadcrumb } from '../components/breadcrumb.tsx';
import { Table } from '../components/table.tsx';
import { CsrfField, ErrorSummary, SelectField, TextAreaField } from '../components/form.tsx';
import type { Translator } from '../i18n/i18n.ts';
import type { FormMessages } from './form-state.ts';
import { fieldError, summaryItems, textValue } from './form-state.ts';
import type { FormState, StudentDetailView } from './types.ts';
import { studentName } from './student-profile.tsx';
import type { DetailRows } from '../components/details.tsx';
import { DetailsList } from '../components/details.tsx';
import type {
  EscalationRecordView,
  EscalationRefusalView,
  EscalationStatusValue,
} from './escalation-views.tsx';
import {
  EscalationRefusalAlert,
  escalationEmailText,
  escalationServiceText,
  escalationStatusValues,
  factRows,
  siteWordOf,
} from './escalation-views.tsx';

/**
 * Escalations tracked to resolution: every one of the students the reader may see (the
 * chairperson's committee, the program leader's site), and one student's with the form that
 * resolves each.
 */

export const escalationResolveFields = ['resolution'] as const;
export type EscalationResolveField = (typeof escalationResolveFields)[number];
export const studentEscalationNotices = ['filed', 'resolved'] as const;
export type StudentEscalationNotice = (typeof studentEscalationNotices)[number];

const statusText = (i18n: Translator, e: EscalationRecordView) =>
  e.status === 'open'
    ? i18n.t('escalations.status.open')
    : i18n.t('escalations.status.resolvedOn', {
        date: i18n.formatDateTime(e.resolvedAt ?? e.filedAt),
      });

export interface EscalationListPageProps {
  page: PageContext;
  list: {
    status: EscalationStatusValue;
    escalations: readonly EscalationRecordView[];
    truncated: boolean;
  };
}

export function EscalationListPage({ page, list }: EscalationListPageProps) {
  const { i18n } = page;
  const { t } = i18n;
  const title = t('escalations.list.title');
  return (
    <Layout page={page} title={title}>
      <h1>{title}</h1>
      <p>{t('escalations.list.intro')}</p>
      <p>
        <a href="/escalations/routes">{t('escalations.list.routesLink')}</a>
      </p>
      <form
        method="get"
        action="/escalations"
        className="usa-form continuum-filters"
        aria-labelledby="escalation-filters-heading"
      >
        <h2 id="escalation-filters-heading" className="usa-sr-only">
          {t('escalations.list.filtersHeading')}
        </h2>
        <SelectField
          id="escalation-filter-status"
          name="status"
          label={t('escalations.list.filter.status')}
          value={list.status}
          options={escalationStatusValues.map((s) => ({
            value: s,
            label: t(`escalations.list.status.${s}`),
          }))}
        />
        <button type="submit" className="usa-button">
          {t('escalations.list.filter.submit')}
        </button>
      </form>
      <section aria-labelledby="escalation-list-heading" className="continuum-section">
        <h2 id="escalation-list-heading">{t(`escalations.list.status.${list.status}`)}</h2>
        {list.escalations.length === 0 ? (
          <p>{t('escalations.list.none')}</p>
        ) : (
          <Table
            caption={t('escalations.list.caption', { count: list.escalations.length })}
            headers={[
              t('escalations.column.child'),
              t('escalations.column.problem'),
              t('escalations.column.site'),
              t('escalations.column.sentTo'),
              t('escalations.column.filed'),
              t('escalations.column.status'),
            ]}
            rows={list.escalations.map((e) => ({
              key: e.id,
              cells: [
                <a key="child" href={`/students/${e.studentId}/escalations#escalation-${e.id}`}>
                  {e.childName}
                </a>,
                [
                  t(`escalations.problem.${e.problem}`),
                  e.service ? escalationServiceText(i18n, e.service) : null,
                ]
                  .filter(Boolean)
                  .join(' · '),
                e.siteName,
                escalationEmailText(i18n, e),
                t('escalations.filedByOn', {
                  name: e.filedBy,
                  date: i18n.formatDateTime(e.filedAt),
                }),
                statusText(i18n, e),
              ],
            }))}
          />
        )}
        {list.truncated && <p>{t('escalations.list.truncated')}</p>}
      </section>
    </Layout>
  );
}

export interface StudentEscalationsPageProps {
  page: PageContext;
  student: StudentDetailView;
  list: { escalations: readonly EscalationRecordView[]; mayFile: boolean; mayResolve: boolean };
  /** The resolve form that failed, with the escalation it was for. */
  resolveForm?: { escalationId: string; state: FormState<EscalationResolveField> } | undefined;
  refusal?: EscalationRefusalView | undefined;
  notice?: StudentEscalationNotice | undefined;
}

export function StudentEscalationsPage(props: StudentEscalationsPageProps) {
  const { page, student, list, resolveForm, refusal, notice } = props;
  const { i18n } = page;
  const { t } = i18n;
  const name = studentName(i18n, student);
  const title = t('escalations.student.title', { name });
  const failed = Boolean(
    refusal || resolveForm?.state.invalid.length || resolveForm?.state.general,
  );
  const base = `/students/${student.id}/escalations`;
  return (
    <Layout page={page} title={failed ? t('form.errorTitle', { title }) : title}>
      <StudentBreadcrumb
        i18n={i18n}
        studentId={student.id}
        name={name}
        current={t('escalations.breadcrumb')}
      />
      <h1>{title}</h1>
      {notice && (
        <Alert kind="success">
          <p>{t(`escalations.student.notice.${notice}`)}</p>
        </Alert>
      )}
      {refusal && <EscalationRefusalAlert i18n={i18n} refusal={refusal} />}
      <p>{t('escalations.student.intro')}</p>
      {list.mayFile && (
        <p>
          <a className="usa-button" href={`${base}/new`}>
            {t('escalations.student.fileLink')}
          </a>
        </p>
      )}
      {list.escalations.length === 0 && <p>{t('escalations.student.none')}</p>}
      {list.escalations.map((e) => {
        const rows: DetailRows = [
          [t('escalations.column.problem'), t(`escalations.problem.${e.problem}`)],
          ...(e.service
            ? ([[t('escalations.fact.service'), escalationServiceText(i18n, e.service)]] as const)
            : []),
          ...factRows(i18n, e, siteWordOf(e.kind)),
          ...(e.details ? ([[t('escalations.fact.details'), e.details]] as const) : []),
          [t('escalations.column.sentTo'), escalationEmailText(i18n, e)],
          [
            t('escalations.column.filed'),
            t('escalations.filedByOn', { name: e.filedBy, date: i18n.formatDateTime(e.filedAt) }),
          ],
          [t('escalations.column.status'), statusText(i18n, e)],
          ...(e.status === 'resolved'
            ? ([
                [t('escalations.fact.resolvedBy'), e.resolvedBy ?? ''],
                [t('escalations.fact.resolution'), e.resolution ?? ''],
              ] as const)
            : []),
        ];
        const canResolve = e.status === 'open' && (list.mayResolve || e.filedByYou);
        return (
          <section
            key={e.id}
            id={`escalation-${e.id}`}
            aria-labelledby={`escalation-${e.id}-heading`}
            className="continuum-section"
          >
            <h2 id={`escalation-${e.id}-heading`}>
              {t('escalations.student.heading', {
                kind: t(`escalations.kind.${e.kind}`),
                date: i18n.formatDateTime(e.filedAt),
              })}
            </h2>
            <DetailsList rows={rows} />
            {canResolve && (
              <ResolveForm
                page={page}
                action={`${base}/${e.id}/resolve`}
                escalationId={e.id}
                state={resolveForm?.escalationId === e.id ? resolveForm.state : undefined}
              />
            )}
          </section>
        );
      })}
      <p>
        <a href={`/students/${student.id}`}>{t('escalations.backToStudent', { name })}</a>
      </p>
    </Layout>
  );
}

function ResolveForm({
  page,
  action,
  escalationId,
  state,
}: {
  page: PageContext;
  action: string;
  escalationId: string;
  state: FormState<EscalationResolveField> | undefined;
}) {
  const { i18n } = page;
  const { t } = i18n;
  const messages: FormMessages<EscalationResolveField> = {
    idPrefix: `resolve-${escalationId}-`,
    error: (field) => `escalations.resolveForm.error.${field}`,
  };
  return (
    <form
      method="post"
      action={action}
      className="usa-form usa-form--large"
      noValidate
      id={`${messages.idPrefix}form`}
    >
      <ErrorSummary
        title={t('form.errorSummaryTitle')}
        items={summaryItems(state, messages, i18n)}
      />
      <h3>{t('escalations.resolveForm.heading')}</h3>
      <CsrfField token={page.csrfToken} />
      <TextAreaField
        id={`${messages.idPrefix}resolution`}
        name="resolution"
        label={t('escalations.resolveForm.label.resolution')}
        hint={t('escalations.resolveForm.hint.resolution')}
        error={fieldError(state, 'resolution', messages, i18n)}
        value={textValue(state, 'resolution')}
      />
      <button type="submit" className="usa-button usa-button--outline">
        {t('escalations.resolveForm.submit')}
      </button>
    </form>
  );
}
