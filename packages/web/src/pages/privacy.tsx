import type { PageContext } from '../components/layout.tsx';
import { Layout } from '../components/layout.tsx';
import { Alert } from '../components/alert.tsx';
import { Table } from '../components/table.tsx';
import type { Translator } from '../i18n/i18n.ts';
import type { OpenRecordsRequestView } from './records-requests.tsx';
import { OpenRecordsRequestsTable } from './records-requests.tsx';
import type { DisclosureRecordView } from './disclosures.tsx';
import { basisText } from './disclosures.tsx';
import { codeLabel } from './options.ts';

/**
 * The privacy officer's workspace: the official responsible for the confidentiality of
 * personally identifiable information (34 CFR 300.623) finds the requests and their deadlines,
 * the lists the law requires, and the check of the record of access in one place.
 */

export interface OpenAmendmentView {
  id: string;
  studentId: string;
  studentName: string;
  recordType: string;
  receivedOn: string;
  status: string;
  decisionDue: string | null;
  overdue: boolean;
  hearingRequestedOn: string | null;
}

export interface PrivacyWorkspaceView {
  asOf: string;
  openRequests: readonly OpenRecordsRequestView[];
  openAmendments: readonly OpenAmendmentView[];
  recentDisclosures: readonly (DisclosureRecordView & { studentId: string; studentName: string })[];
  destructionPending: number;
  destructionDone: number;
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
      <section aria-labelledby="privacy-amendments">
        <h2 id="privacy-amendments">{t('privacy.amendments.heading')}</h2>
        <OpenAmendmentsTable i18n={i18n} items={workspace.openAmendments} />
      </section>
      <section aria-labelledby="privacy-disclosures">
        <h2 id="privacy-disclosures">{t('privacy.disclosures.heading')}</h2>
        <RecentDisclosuresTable i18n={i18n} items={workspace.recentDisclosures} />
      </section>
      <section aria-labelledby="privacy-destruction">
        <h2 id="privacy-destruction">{t('privacy.destruction.heading')}</h2>
        <p>
          {t('privacy.destruction.counts', {
            pending: workspace.destructionPending,
            done: workspace.destructionDone,
          })}
        </p>
        <p>
          <a href="/destruction">{t('privacy.destruction.link')}</a>
        </p>
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

/** Amendment requests waiting on the district: the decision and its due day, or the hearing. */
function OpenAmendmentsTable({
  i18n,
  items,
}: {
  i18n: Translator;
  items: readonly OpenAmendmentView[];
}) {
  const { t } = i18n;
  if (items.length === 0) return <p>{t('privacy.amendments.none')}</p>;
  return (
    <Table
      caption={t('privacy.amendments.caption', { count: items.length })}
      headers={[
        t('privacy.column.child'),
        t('privacy.column.record'),
        t('privacy.column.received'),
        t('privacy.column.awaiting'),
      ]}
      rows={items.map((a) => ({
        key: a.id,
        cells: [
          <a key="child" href={`/students/${a.studentId}/amendments#amendment-${a.id}`}>
            {a.studentName}
          </a>,
          codeLabel(i18n, 'accessLog.recordType.', a.recordType),
          i18n.formatDate(a.receivedOn),
          a.decisionDue
            ? t(
                a.overdue ? 'privacy.amendments.decisionOverdue' : 'privacy.amendments.decisionDue',
                {
                  date: i18n.formatDate(a.decisionDue),
                },
              )
            : t('privacy.amendments.hearing', {
                date: i18n.formatDate(a.hearingRequestedOn ?? a.receivedOn),
              }),
        ],
      }))}
    />
  );
}

/** The latest disclosures: the child, the party, the day and what they rest on. */
function RecentDisclosuresTable({
  i18n,
  items,
}: {
  i18n: Translator;
  items: PrivacyWorkspaceView['recentDisclosures'];
}) {
  const { t } = i18n;
  if (items.length === 0) return <p>{t('privacy.disclosures.none')}</p>;
  return (
    <Table
      caption={t('privacy.disclosures.caption', { count: items.length })}
      headers={[
        t('privacy.column.child'),
        t('privacy.column.party'),
        t('privacy.column.date'),
        t('privacy.column.basis'),
      ]}
      rows={items.map((d) => ({
        key: d.id,
        cells: [
          <a key="child" href={`/students/${d.studentId}/disclosures`}>
            {d.studentName}
          </a>,
          d.partyName,
          i18n.formatDate(d.disclosedOn),
          basisText(i18n, d),
        ],
      }))}
    />
  );
}
