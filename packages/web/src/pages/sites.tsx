import type { PageContext } from '../components/layout.tsx';
import { Layout } from '../components/layout.tsx';
import { RowLink, Table } from '../components/table.tsx';
import { Breadcrumb } from '../components/breadcrumb.tsx';
import { Alert } from '../components/alert.tsx';
import {
  CsrfField,
  ErrorSummary,
  SelectField,
  TextAreaField,
  TextField,
} from '../components/form.tsx';
import { ConflictNotice } from '../components/conflict.tsx';
import { DetailsSection } from '../components/details.tsx';
import type { MessageId } from '../i18n/i18n.ts';
import type { FormMessages } from './form-state.ts';
import { fieldError, summaryItems, textValue } from './form-state.ts';
import type { FormState, SiteView } from './types.ts';
import { codeLabel } from './options.ts';

/** The district's sites; district administrators add and change them here. */

export const siteFields = ['name', 'kind', 'address'] as const;
export type SiteField = (typeof siteFields)[number];

const messages: FormMessages<SiteField> = {
  idPrefix: 'site-',
  error: (field) => `siteForm.error.${field}`,
};

export const siteNotices = ['created', 'updated'] as const;
export type SiteNotice = (typeof siteNotices)[number];
const noticeMessages: Record<SiteNotice, MessageId> = {
  created: 'sites.notice.created',
  updated: 'sites.notice.updated',
};

/** The form's values for an existing site (the edit form starts from the record). */
export function siteFormValues(site: SiteView): FormState<SiteField>['values'] {
  return { name: site.name, kind: site.kind, address: site.address };
}

function SiteForm({
  page,
  kinds,
  action,
  form,
  version,
  submit,
}: {
  page: PageContext;
  /** The kinds of site the district may record (the server's list). */
  kinds: readonly string[];
  action: string;
  form: FormState<SiteField> | undefined;
  version?: number;
  submit: string;
}) {
  const { i18n } = page;
  const { t } = i18n;
  const field = (name: SiteField) => ({
    id: `${messages.idPrefix}${name}`,
    name,
    label: t(`sites.${name}`),
    error: fieldError(form, name, messages, i18n),
    value: textValue(form, name),
  });
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
        items={summaryItems(form, messages, i18n)}
      />
      <CsrfField token={page.csrfToken} />
      {version !== undefined && <input type="hidden" name="version" value={version} />}
      <TextField {...field('name')} required />
      <SelectField
        {...field('kind')}
        options={[
          { value: '', label: t('form.choose') },
          ...kinds.map((kind) => ({ value: kind, label: codeLabel(i18n, 'siteKind.', kind) })),
        ]}
        required
      />
      <TextAreaField {...field('address')} hint={t('siteForm.hint.address')} />
      <button type="submit" className="usa-button">
        {submit}
      </button>
    </form>
  );
}

const failed = (form: FormState<string> | undefined) =>
  Boolean(form?.invalid.length || form?.general);

export interface SitesPageProps {
  page: PageContext;
  sites: readonly SiteView[];
  /** For district administrators: the kinds of site, and the add form's state when shown again. */
  administer?: { kinds: readonly string[]; form?: FormState<SiteField> | undefined };
  notice?: SiteNotice | undefined;
}

export function SitesPage({ page, sites, administer, notice }: SitesPageProps) {
  const { i18n } = page;
  const { t } = i18n;
  const title = t('sites.title');
  const headers = [t('sites.name'), t('sites.kind'), t('sites.address')];
  return (
    <Layout page={page} title={failed(administer?.form) ? t('form.errorTitle', { title }) : title}>
      <h1>{title}</h1>
      {notice && <Alert kind="success">{t(noticeMessages[notice])}</Alert>}
      <Table
        caption={t('sites.caption', { count: sites.length })}
        headers={administer ? [...headers, t('common.actions')] : headers}
        rows={sites.map((s) => ({
          key: s.id,
          cells: [
            s.name,
            codeLabel(i18n, 'siteKind.', s.kind),
            s.address || t('common.none'),
            ...(administer
              ? [
                  <RowLink
                    key="edit"
                    href={`/sites/${s.id}/edit`}
                    text={t('common.edit')}
                    name={s.name}
                  />,
                ]
              : []),
          ],
        }))}
      />
      {administer && (
        <section aria-labelledby="add-site-heading" className="continuum-section">
          <h2 id="add-site-heading">{t('sites.add')}</h2>
          <SiteForm
            page={page}
            kinds={administer.kinds}
            action="/sites"
            form={administer.form}
            submit={t('sites.addSubmit')}
          />
        </section>
      )}
    </Layout>
  );
}

export interface SiteEditPageProps {
  page: PageContext;
  site: SiteView;
  kinds: readonly string[];
  form?: FormState<SiteField>;
  /** After a conflicting edit: the site as someone else saved it. */
  conflict?: SiteView;
}

export function SiteEditPage({ page, site, kinds, form, conflict }: SiteEditPageProps) {
  const { i18n } = page;
  const { t } = i18n;
  const title = t('sites.editTitle', { name: site.name });
  return (
    <Layout page={page} title={failed(form) ? t('form.errorTitle', { title }) : title}>
      <Breadcrumb
        label={t('common.breadcrumb')}
        links={[{ href: '/sites', text: t('nav.sites') }]}
        current={site.name}
      />
      <h1>{title}</h1>
      {conflict && (
        <ConflictNotice heading={t('sites.conflictHeading')} body={t('conflict.body')}>
          <DetailsSection
            id="current-site"
            heading={t('conflict.current')}
            rows={[
              [t('sites.name'), conflict.name],
              [t('sites.kind'), codeLabel(i18n, 'siteKind.', conflict.kind)],
              [t('sites.address'), conflict.address || t('common.none')],
            ]}
          />
        </ConflictNotice>
      )}
      <SiteForm
        page={page}
        kinds={kinds}
        action={`/sites/${site.id}/edit`}
        form={form ?? { values: siteFormValues(site), invalid: [] }}
        version={conflict?.version ?? site.version}
        submit={t('sites.editSubmit')}
      />
    </Layout>
  );
}
