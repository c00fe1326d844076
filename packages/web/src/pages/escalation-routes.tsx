import type { PageContext } from '../components/layout.tsx';
import { Layout } from '../components/layout.tsx';
import { Alert } from '../components/alert.tsx';
import { Table } from '../components/table.tsx';
import { CsrfField, ErrorSummary, TextField } from '../components/form.tsx';
import type { FormMessages } from './form-state.ts';
import { fieldError, summaryItems, textValue } from './form-state.ts';
import type { FormState } from './types.ts';
import type { EscalationKindValue, EscalationRouteRecordView } from './escalation-views.tsx';

/**
 * Where the district sends each kind of escalation (PREK, Contact Information: IEP delivery,
 * related services, SEIT): every staff member reads them; district administrators set them,
 * one form per kind.
 */

export const escalationRouteFields = ['contactName', 'email'] as const;
export type EscalationRouteField = (typeof escalationRouteFields)[number];
export const escalationRouteNotices = ['saved'] as const;
export type EscalationRouteNotice = (typeof escalationRouteNotices)[number];

export interface EscalationRoutesPageProps {
  page: PageContext;
  routes: { routes: readonly EscalationRouteRecordView[]; mayChange: boolean };
  /** The form that failed, with the kind it was for. */
  form?: { kind: EscalationKindValue; state: FormState<EscalationRouteField> } | undefined;
  notice?: EscalationRouteNotice | undefined;
}

const messagesFor = (kind: EscalationKindValue): FormMessages<EscalationRouteField> => ({
  idPrefix: `route-${kind}-`,
  error: (field) => `escalations.routeForm.error.${field}`,
});

export function EscalationRoutesPage({ page, routes, form, notice }: EscalationRoutesPageProps) {
  const { i18n } = page;
  const { t } = i18n;
  const title = t('escalations.routes.title');
  const failed = Boolean(form && (form.state.invalid.length || form.state.general));
  const none = t('escalations.routes.notSet');
  return (
    <Layout page={page} title={failed ? t('form.errorTitle', { title }) : title}>
      <h1>{title}</h1>
      {notice && (
        <Alert kind="success">
          <p>{t(`escalations.routes.notice.${notice}`)}</p>
        </Alert>
      )}
      <p>{t('escalations.routes.intro')}</p>
      <Table
        caption={t('escalations.routes.caption')}
        headers={[
          t('escalations.routes.column.kind'),
          t('escalations.routes.column.contact'),
          t('escalations.routes.column.email'),
          t('escalations.routes.column.updated'),
        ]}
        rows={routes.routes.map((r) => ({
          key: r.kind,
          cells: [
            t(`escalations.kind.${r.kind}`),
            r.contactName ?? none,
            r.email ?? none,
            r.updatedAt ? i18n.formatDateTime(r.updatedAt) : none,
          ],
        }))}
      />
      {routes.mayChange ? (
        routes.routes.map((r) => {
          const state = form?.kind === r.kind ? form.state : undefined;
          const messages = messagesFor(r.kind);
          const field = (f: EscalationRouteField) => ({
            id: `${messages.idPrefix}${f}`,
            name: f,
            label: t(`escalations.routeForm.label.${f}`),
            error: fieldError(state, f, messages, i18n),
            value: state ? textValue(state, f) : (r[f] ?? ''),
          });
          return (
            <form
              key={r.kind}
              method="post"
              action={`/escalations/routes/${r.kind}`}
              className="usa-form usa-form--large"
              noValidate
              id={`route-${r.kind}-form`}
            >
              <h2>{t(`escalations.kind.${r.kind}`)}</h2>
              <p>{t(`escalations.routes.when.${r.kind}`)}</p>
              <ErrorSummary
                title={t('form.errorSummaryTitle')}
                items={summaryItems(state, messages, i18n)}
              />
              <CsrfField token={page.csrfToken} />
              <TextField {...field('contactName')} autoComplete="off" required />
              <TextField {...field('email')} type="email" autoComplete="off" required />
              <button type="submit" className="usa-button">
                {t('escalations.routeForm.submit', { kind: t(`escalations.kind.${r.kind}`) })}
              </button>
            </form>
          );
        })
      ) : (
        <p>{t('escalations.routes.adminOnly')}</p>
      )}
      <p>
        <a href="/escalations">{t('escalations.routes.backToList')}</a>
      </p>
    </Layout>
  );
}
