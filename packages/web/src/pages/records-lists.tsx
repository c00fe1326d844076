import type { PageContext } from '../components/layout.tsx';
import { Layout } from '../components/layout.tsx';
import { Table } from '../components/table.tsx';
import type { MessageId, Translator } from '../i18n/i18n.ts';
import { codeLabel, rolesLabel } from './options.ts';

/**
 * The lists the law requires (PSN, Confidentiality of Information): the employees who may have
 * access to personally identifiable information (34 CFR 300.623), the types and locations of
 * education records (34 CFR 300.616), and the confidentiality notice to parents (300.612).
 */

/** One reason an employee may reach students' records, as the server's listing gives it. */
export type ReachView =
  | { kind: 'district'; role: string }
  | { kind: 'sites-led'; role: string; sites: readonly string[] }
  | { kind: 'committee'; role: string; committee: 'cse' | 'cpse'; site: string | null }
  | { kind: 'implemented'; role: string }
  | { kind: 'designee'; site: string };

export interface EmployeeView {
  fullName: string;
  title: string;
  roles: readonly string[];
  reach: readonly ReachView[];
}

export interface RecordTypeView {
  type: string;
  tables: readonly string[];
}

export function reachLabel(i18n: Translator, reach: ReachView): string {
  const { t } = i18n;
  const role = 'role' in reach ? codeLabel(i18n, 'role.', reach.role) : '';
  switch (reach.kind) {
    case 'district':
      return t('recordsLists.reach.district', { role });
    case 'sites-led':
      return t('recordsLists.reach.sitesLed', { role, sites: reach.sites.join(', ') });
    case 'committee':
      return reach.site === null
        ? t('recordsLists.reach.committee', { role, committee: reach.committee })
        : t('recordsLists.reach.committeeAtSite', {
            role,
            committee: reach.committee,
            site: reach.site,
          });
    case 'implemented':
      return t('recordsLists.reach.implemented', { role });
    case 'designee':
      return t('recordsLists.reach.designee', { site: reach.site });
  }
}

export function EmployeesListingPage({
  page,
  employees,
}: {
  page: PageContext;
  employees: readonly EmployeeView[];
}) {
  const { i18n } = page;
  const { t } = i18n;
  return (
    <Layout page={page} title={t('recordsLists.employees.title')}>
      <h1>{t('recordsLists.employees.title')}</h1>
      <p>{t('recordsLists.employees.intro')}</p>
      <Table
        caption={t('recordsLists.employees.caption', { count: employees.length })}
        headers={[
          t('recordsLists.employees.name'),
          t('recordsLists.employees.position'),
          t('recordsLists.employees.reach'),
        ]}
        rows={employees.map((e, i) => ({
          key: `${i}`,
          cells: [
            e.fullName,
            e.title
              ? `${e.title} (${rolesLabel(i18n, e.roles.join(','))})`
              : rolesLabel(i18n, e.roles.join(',')),
            <ul key="reach" className="usa-list usa-list--unstyled">
              {e.reach.map((r, j) => (
                <li key={j}>{reachLabel(i18n, r)}</li>
              ))}
            </ul>,
          ],
        }))}
      />
    </Layout>
  );
}

export function RecordTypesPage({
  page,
  types,
}: {
  page: PageContext;
  types: readonly RecordTypeView[];
}) {
  const { i18n } = page;
  const { t } = i18n;
  return (
    <Layout page={page} title={t('recordsLists.types.title')}>
      <h1>{t('recordsLists.types.title')}</h1>
      <p>{t('recordsLists.types.intro')}</p>
      <Table
        caption={t('recordsLists.types.caption', { count: types.length })}
        headers={[
          t('recordsLists.types.type'),
          t('recordsLists.types.holds'),
          t('recordsLists.types.location'),
        ]}
        rows={types.map((r) => ({
          key: r.type,
          cells: [
            codeLabel(i18n, 'recordsLists.type.', r.type),
            codeLabel(i18n, 'recordsLists.typeHolds.', r.type),
            t('recordsLists.types.tables', { tables: r.tables.join(', ') }),
          ],
        }))}
      />
    </Layout>
  );
}

/** The notice's sections, each a right with its citation, in the PSN's order. */
const noticeSections: readonly { id: string; heading: MessageId; text: MessageId }[] = [
  { id: 'kept', heading: 'recordsLists.notice.kept', text: 'recordsLists.notice.keptText' },
  {
    id: 'inspect',
    heading: 'recordsLists.notice.inspect',
    text: 'recordsLists.notice.inspectText',
  },
  { id: 'access', heading: 'recordsLists.notice.access', text: 'recordsLists.notice.accessText' },
  { id: 'fees', heading: 'recordsLists.notice.fees', text: 'recordsLists.notice.feesText' },
  { id: 'amend', heading: 'recordsLists.notice.amend', text: 'recordsLists.notice.amendText' },
  {
    id: 'consent',
    heading: 'recordsLists.notice.consent',
    text: 'recordsLists.notice.consentText',
  },
  {
    id: 'safeguards',
    heading: 'recordsLists.notice.safeguards',
    text: 'recordsLists.notice.safeguardsText',
  },
  {
    id: 'destruction',
    heading: 'recordsLists.notice.destruction',
    text: 'recordsLists.notice.destructionText',
  },
  { id: 'ferpa', heading: 'recordsLists.notice.ferpa', text: 'recordsLists.notice.ferpaText' },
];

export function ConfidentialityNoticePage({ page }: { page: PageContext }) {
  const { t } = page.i18n;
  return (
    <Layout page={page} title={t('recordsLists.notice.title')}>
      <h1>{t('recordsLists.notice.title')}</h1>
      <p>{t('recordsLists.notice.intro')}</p>
      {noticeSections.map((s) => (
        <section key={s.id} aria-labelledby={`notice-${s.id}`} className="continuum-section">
          <h2 id={`notice-${s.id}`}>{t(s.heading)}</h2>
          <p>{t(s.text)}</p>
        </section>
      ))}
      <ul className="usa-list">
        <li>
          <a href="/records/types">{t('recordsLists.nav.types')}</a>
        </li>
        <li>
          <a href="/records/employees">{t('recordsLists.nav.employees')}</a>
        </li>
      </ul>
    </Layout>
  );
}
