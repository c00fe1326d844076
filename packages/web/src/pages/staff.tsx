import type { PageContext } from '../components/layout.tsx';
import { Layout } from '../components/layout.tsx';
import { RowLink, Table } from '../components/table.tsx';
import { Alert } from '../components/alert.tsx';
import type { MessageId } from '../i18n/i18n.ts';
import type { SiteView, StaffView } from './types.ts';
import { rolesLabel } from './options.ts';

/** The district's staff with their roles; district administrators add and change them. */

export const staffNotices = ['created', 'updated', 'disabled', 'enabled'] as const;
export type StaffNotice = (typeof staffNotices)[number];
const noticeMessages: Record<StaffNotice, MessageId> = {
  created: 'staff.notice.created',
  updated: 'staff.notice.updated',
  disabled: 'staff.notice.disabled',
  enabled: 'staff.notice.enabled',
};

export interface StaffPageProps {
  page: PageContext;
  staff: readonly StaffView[];
  sites: readonly SiteView[];
  /** Whether the user may add and change staff (a district administrator). */
  administer: boolean;
  notice?: StaffNotice | undefined;
}

export function StaffPage({ page, staff, sites, administer, notice }: StaffPageProps) {
  const { i18n } = page;
  const { t } = i18n;
  const siteNames = new Map(sites.map((s) => [s.id, s.name]));
  const headers = [
    t('staff.name'),
    t('staff.jobTitle'),
    t('staff.roles'),
    t('staff.email'),
    t('staff.sites'),
  ];
  return (
    <Layout page={page} title={t('staff.title')}>
      <div className="continuum-title-row">
        <h1>{t('staff.title')}</h1>
        {administer && (
          <a className="usa-button" href="/staff/new">
            {t('staff.add')}
          </a>
        )}
      </div>
      {notice && <Alert kind="success">{t(noticeMessages[notice])}</Alert>}
      <Table
        caption={t('staff.caption', { count: staff.length })}
        headers={administer ? [...headers, t('common.actions')] : headers}
        rows={staff.map((s) => ({
          key: s.id,
          cells: [
            s.disabled ? t('staff.disabled', { name: s.fullName }) : s.fullName,
            s.title || t('common.none'),
            rolesLabel(i18n, s.roles.join(',')),
            s.email,
            s.siteIds.map((id) => siteNames.get(id) ?? id).join(', ') || t('staff.allSites'),
            ...(administer
              ? [
                  <RowLink
                    key="edit"
                    href={`/staff/${s.id}/edit`}
                    text={t('common.edit')}
                    name={s.fullName}
                  />,
                ]
              : []),
          ],
        }))}
      />
    </Layout>
  );
}
