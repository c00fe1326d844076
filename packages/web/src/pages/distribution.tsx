import type { PageContext } from '../components/layout.tsx';
import { Layout } from '../components/layout.tsx';
import { Breadcrumb } from '../components/breadcrumb.tsx';
import { Alert } from '../components/alert.tsx';
import { Table } from '../components/table.tsx';
import { CsrfField, ErrorSummary, SelectField } from '../components/form.tsx';
import type { MessageId } from '../i18n/i18n.ts';
import type { FormMessages } from './form-state.ts';
import { fieldError, summaryItems, textValue } from './form-state.ts';
import type { FormState, SiteOption } from './types.ts';
import type {
  DesigneeListView,
  NotificationListView,
  ReadinessItemView,
  ReadinessListView,
} from './distribution-types.ts';
import type { DistributionRefusal } from './iep-distribution.tsx';
import { serviceLabel } from './iep-distribution.tsx';

/**
 * The district-wide pages of IEP distribution (PREK, Accessibility and Storage): readiness of
 * the IEPs starting soon, the signed-in staff member's notifications, and a site's review
 * designees.
 */

export function ReadinessPage({
  page,
  list,
  designeeSites,
}: {
  page: PageContext;
  list: ReadinessListView;
  /** The sites whose review designees the reader manages (program leaders, administrators). */
  designeeSites: readonly SiteOption[];
}) {
  const { i18n } = page;
  const { t } = i18n;
  const title = t('distribution.readiness.title');
  const problemText = (p: ReadinessItemView['problems'][number]) =>
    t(`distribution.problem.${p.code}` as MessageId, {
      service: p.serviceKey
        ? serviceLabel(
            i18n,
            p.program === null ? undefined : { program: p.program, service: p.service ?? '' },
            p.serviceKey,
          )
        : '',
      name: p.staffName ?? '',
    });
  const timing = (item: ReadinessItemView) =>
    item.timing === 'starting-soon' && item.schoolDaysUntil !== null
      ? t('distribution.timing.in', { days: item.schoolDaysUntil })
      : t(`distribution.timing.${item.timing}`);
  return (
    <Layout page={page} title={title}>
      <h1>{title}</h1>
      <p>
        {list.startingSoonThrough
          ? t('distribution.readiness.intro', {
              days: list.windowSchoolDays,
              through: i18n.formatDate(list.startingSoonThrough),
              today: i18n.formatDate(list.asOf),
            })
          : t('distribution.readiness.introNoWindow', { today: i18n.formatDate(list.asOf) })}
      </p>
      <p className="usa-hint">{t('distribution.readiness.rule')}</p>
      {list.notice && (
        <Alert kind="warning">
          <p>{list.notice}</p>
        </Alert>
      )}
      {list.items.length === 0 ? (
        <p>{t('distribution.readiness.empty')}</p>
      ) : (
        <Table
          caption={t('distribution.readiness.caption')}
          headers={[
            t('distribution.col.student'),
            t('distribution.col.school'),
            t('distribution.col.starts'),
            t('distribution.col.problems'),
          ]}
          rows={list.items.map((item) => ({
            key: item.versionId,
            cells: [
              <a key="s" href={`/students/${item.studentId}/ieps/${item.iepId}#iep-implementers`}>
                {item.studentName} ({item.studentNumber})
              </a>,
              item.siteName ?? t('common.none'),
              <span key="t">
                {item.implementationDate ? i18n.formatDate(item.implementationDate) : ''} (
                {timing(item)})
              </span>,
              item.problems.length === 0 ? (
                t('distribution.readiness.ready')
              ) : (
                <ul key="p" className="usa-list">
                  {item.problems.map((p, i) => (
                    <li key={`${p.code}-${i}`}>
                      {problemText(p)} <span className="usa-hint">({p.citation})</span>
                    </li>
                  ))}
                </ul>
              ),
            ],
          }))}
        />
      )}
      {list.truncated && <p>{t('distribution.readiness.truncated')}</p>}
      {designeeSites.length > 0 && (
        <section className="continuum-section" aria-labelledby="designee-sites">
          <h2 id="designee-sites">{t('distribution.designees.heading')}</h2>
          <ul>
            {designeeSites.map((s) => (
              <li key={s.id}>
                <a href={`/sites/${s.id}/review-designees`}>
                  {t('distribution.designees.link', { site: s.name })}
                </a>
              </li>
            ))}
          </ul>
        </section>
      )}
    </Layout>
  );
}

export const notificationNotices = ['read'] as const;
export type NotificationNotice = (typeof notificationNotices)[number];

export function NotificationsPage({
  page,
  list,
  notice,
}: {
  page: PageContext;
  list: NotificationListView;
  notice?: NotificationNotice | undefined;
}) {
  const { i18n } = page;
  const { t } = i18n;
  const title = t('distribution.notifications.title');
  return (
    <Layout page={page} title={title}>
      <h1>{title}</h1>
      {notice && (
        <Alert kind="success">
          <p>{t(`distribution.notifications.done.${notice}`)}</p>
        </Alert>
      )}
      <p>{t('distribution.notifications.unread', { count: list.unread })}</p>
      {list.items.length === 0 ? (
        <p>{t('distribution.notifications.empty')}</p>
      ) : (
        <Table
          caption={t('distribution.notifications.caption')}
          headers={[
            t('distribution.col.notification'),
            t('distribution.col.student'),
            t('distribution.col.date'),
            t('distribution.col.status'),
          ]}
          rows={list.items.map((n) => ({
            key: n.id,
            cells: [
              t(`distribution.notification.${n.kind}`),
              n.href && n.studentName ? (
                <a key="s" href={n.href}>
                  {n.studentName}
                </a>
              ) : (
                t('distribution.notifications.hidden')
              ),
              i18n.formatDateTime(n.createdAt),
              n.readAt ? (
                t('distribution.notifications.readOn', { at: i18n.formatDateTime(n.readAt) })
              ) : (
                <form key="r" method="post" action={`/notifications/${n.id}/read`}>
                  <CsrfField token={page.csrfToken} />
                  <button
                    type="submit"
                    className="usa-button usa-button--outline usa-button--small"
                  >
                    {t('distribution.notifications.markRead')}
                  </button>
                </form>
              ),
            ],
          }))}
        />
      )}
    </Layout>
  );
}

export const reviewDesigneeFields = ['staffId'] as const;
export type ReviewDesigneeField = (typeof reviewDesigneeFields)[number];
export const reviewDesigneeNotices = ['named', 'ended'] as const;
export type ReviewDesigneeNotice = (typeof reviewDesigneeNotices)[number];

const designeeMessages: FormMessages<ReviewDesigneeField> = {
  idPrefix: 'designee-',
  error: (field) => `distribution.designees.error.${field}`,
};

export function ReviewDesigneesPage({
  page,
  list,
  form,
  refusal,
  notice,
}: {
  page: PageContext;
  list: DesigneeListView;
  form?: FormState<ReviewDesigneeField> | undefined;
  refusal?: DistributionRefusal | undefined;
  notice?: ReviewDesigneeNotice | undefined;
}) {
  const { i18n } = page;
  const { t } = i18n;
  const title = t('distribution.designees.title', { site: list.siteName });
  const base = `/sites/${list.siteId}/review-designees`;
  const summary = summaryItems(form, designeeMessages, i18n);
  const failed = Boolean(refusal || summary.length);
  return (
    <Layout page={page} title={failed ? t('form.errorTitle', { title }) : title}>
      <Breadcrumb
        label={t('common.breadcrumb')}
        links={[{ href: '/distribution', text: t('distribution.readiness.title') }]}
        current={title}
      />
      <h1>{title}</h1>
      <p>{t('distribution.designees.intro')}</p>
      {notice && (
        <Alert kind="success">
          <p>{t(`distribution.designees.done.${notice}`)}</p>
        </Alert>
      )}
      <ErrorSummary title={t('form.errorSummaryTitle')} items={summary} />
      {refusal && (
        <div className="continuum-error-summary" tabIndex={-1} autoFocus={summary.length === 0}>
          <Alert kind="error" heading={t('distribution.refusedHeading')}>
            <p>{refusal.message}</p>
            {refusal.citation && (
              <p>{t('distribution.citation', { citation: refusal.citation })}</p>
            )}
          </Alert>
        </div>
      )}
      {list.items.length === 0 ? (
        <p>{t('distribution.designees.empty')}</p>
      ) : (
        <Table
          caption={t('distribution.designees.caption')}
          headers={[
            t('distribution.col.designee'),
            t('distribution.col.namedBy'),
            t('distribution.col.namedOn'),
            t('distribution.col.status'),
          ]}
          rows={list.items.map((d) => ({
            key: d.id,
            cells: [
              d.designeeName,
              d.leaderName,
              i18n.formatDateTime(d.namedAt),
              d.endedAt ? (
                t('distribution.designees.endedOn', { at: i18n.formatDateTime(d.endedAt) })
              ) : list.may.end ? (
                <form key="e" method="post" action={`${base}/${d.id}/end`}>
                  <CsrfField token={page.csrfToken} />
                  <button
                    type="submit"
                    className="usa-button usa-button--outline usa-button--small"
                  >
                    {t('distribution.designees.end', { name: d.designeeName })}
                  </button>
                </form>
              ) : (
                t('distribution.designees.current')
              ),
            ],
          }))}
        />
      )}
      {list.may.name && (
        <form method="post" action={base} className="usa-form continuum-section">
          <h2>{t('distribution.designees.nameHeading')}</h2>
          <CsrfField token={page.csrfToken} />
          <SelectField
            id={`${designeeMessages.idPrefix}staffId`}
            name="staffId"
            label={t('distribution.designees.label.staffId')}
            hint={t('distribution.designees.hint.staffId')}
            error={fieldError(form, 'staffId', designeeMessages, i18n)}
            value={textValue(form, 'staffId')}
            required
            options={[
              { value: '', label: t('form.choose') },
              ...list.candidates.map((c) => ({ value: c.staffId, label: c.name })),
            ]}
          />
          <button type="submit" className="usa-button">
            {t('distribution.designees.submit')}
          </button>
        </form>
      )}
    </Layout>
  );
}
