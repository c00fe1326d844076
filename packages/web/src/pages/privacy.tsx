import type { PageContext } from '../components/layout.tsx';
import { Layout } from '../components/layout.tsx';
import { Alert } from '../components/alert.tsx';
import type { OpenRecordsRequestView } from './records-requests.tsx';
import { OpenRecordsRequestsTable } from './records-requests.tsx';

/**
 * The privacy officer's workspace: the official responsible for the confidentiality of
 * personally identifiable information (34 CFR 300.623) finds the requests and their deadlines,
 * the lists the law requires, and the check of the record of access in one place.
 */

export interface PrivacyWorkspaceView {
  asOf: string;
  openRequests: readonly OpenRecordsRequestView[];
  employeesListed: number;
}

export interface AccessLogCheckView {
  rows: number;
  intact: boolean;
  /** The first broken row; its technical reason is the CLI's (`continuum audit verify`). */
  brokenAt: { seq: number } | null;
}

export function PrivacyWorkspacePage({
  page,
  workspace,
}: {
  page: PageContext;
  workspace: PrivacyWorkspaceView;
}) {
  const { i18n } = page;
  const { t } = i18n;
  const title = t('privacy.title');
  const overdue = workspace.openRequests.filter((r) => r.overdue).length;
  return (
    <Layout page={page} title={title}>
      <h1>{title}</h1>
      <p>{t('privacy.intro', { date: i18n.formatDate(workspace.asOf) })}</p>
      <section aria-labelledby="privacy-requests">
        <h2 id="privacy-requests">{t('privacy.requests.heading')}</h2>
        {overdue > 0 && (
          <Alert kind="warning">{t('privacy.requests.overdue', { count: overdue })}</Alert>
        )}
        <OpenRecordsRequestsTable i18n={i18n} items={workspace.openRequests} />
      </section>
      <section aria-labelledby="privacy-lists">
        <h2 id="privacy-lists">{t('privacy.lists.heading')}</h2>
        <ul>
          <li>
            <a href="/records/employees">
              {t('privacy.lists.employees', { count: workspace.employeesListed })}
            </a>
          </li>
          <li>
            <a href="/records/types">{t('recordsLists.nav.types')}</a>
          </li>
          <li>
            <a href="/records/notice">{t('recordsLists.nav.notice')}</a>
          </li>
        </ul>
      </section>
      <section aria-labelledby="privacy-log">
        <h2 id="privacy-log">{t('privacy.log.heading')}</h2>
        <p>{t('privacy.log.intro')}</p>
        <p>
          <a className="usa-button" href="/privacy/access-log-check">
            {t('privacy.log.verify')}
          </a>
        </p>
      </section>
    </Layout>
  );
}

export function AccessLogCheckPage({
  page,
  check,
}: {
  page: PageContext;
  check: AccessLogCheckView;
}) {
  const { t } = page.i18n;
  const title = t('privacy.check.title');
  return (
    <Layout page={page} title={title}>
      <h1>{title}</h1>
      {check.brokenAt === null ? (
        <Alert kind="success">{t('privacy.check.intact', { rows: check.rows })}</Alert>
      ) : (
        <Alert kind="error" heading={t('privacy.check.brokenHeading')}>
          {t('privacy.check.broken', { seq: check.brokenAt.seq, rows: check.rows })}
        </Alert>
      )}
      <p>{t('privacy.check.explain')}</p>
      <p>
        <a href="/privacy">{t('privacy.back')}</a>
      </p>
    </Layout>
  );
}
