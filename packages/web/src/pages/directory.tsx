import type { PageContext } from '../components/layout.tsx';
import { Layout } from '../components/layout.tsx';
import { Table } from '../components/table.tsx';
import { codeLabel, rolesLabel } from './options.ts';

/** The district's directory, read-only: its sites, and its staff with their roles. */

export interface SiteView {
  id: string;
  name: string;
  kind: string;
  address: string;
}

export function SitesPage({ page, sites }: { page: PageContext; sites: readonly SiteView[] }) {
  const { i18n } = page;
  const { t } = i18n;
  return (
    <Layout page={page} title={t('sites.title')}>
      <h1>{t('sites.title')}</h1>
      <Table
        caption={t('sites.caption', { count: sites.length })}
        headers={[t('sites.name'), t('sites.kind'), t('sites.address')]}
        rows={sites.map((s) => ({ key: s.id, cells: [s.name, codeLabel(i18n, 'siteKind.', s.kind), s.address || t('common.none')] }))}
      />
    </Layout>
  );
}

export interface StaffView {
  id: string;
  fullName: string;
  title: string;
  email: string;
  roles: readonly string[];
  siteIds: readonly string[];
  disabled: boolean;
}

export function StaffPage({ page, staff, sites }: { page: PageContext; staff: readonly StaffView[]; sites: readonly SiteView[] }) {
  const { i18n } = page;
  const { t } = i18n;
  const siteNames = new Map(sites.map((s) => [s.id, s.name]));
  return (
    <Layout page={page} title={t('staff.title')}>
      <h1>{t('staff.title')}</h1>
      <Table
        caption={t('staff.caption', { count: staff.length })}
        headers={[t('staff.name'), t('staff.jobTitle'), t('staff.roles'), t('staff.email'), t('staff.sites')]}
        rows={staff.map((s) => ({
          key: s.id,
          cells: [
            s.disabled ? t('staff.disabled', { name: s.fullName }) : s.fullName,
            s.title || t('common.none'),
            rolesLabel(i18n, s.roles.join(',')),
            s.email,
            s.siteIds.map((id) => siteNames.get(id) ?? id).join(', ') || t('staff.allSites'),
          ],
        }))}
      />
    </Layout>
  );
}
