import type { PageContext } from '../components/layout.tsx';
import { Layout } from '../components/layout.tsx';
import { Breadcrumb } from '../components/breadcrumb.tsx';
import { CheckboxGroup, CsrfField, ErrorSummary, TextField } from '../components/form.tsx';
import { ConflictNotice } from '../components/conflict.tsx';
import { DetailsSection } from '../components/details.tsx';
import type { FormMessages } from './form-state.ts';
import { fieldError, listValue, summaryItems, textValue } from './form-state.ts';
import type { CommitteeView, FormState, SiteView, StaffView } from './types.ts';
import { codeLabel, rolesLabel } from './options.ts';
import type { PasswordLength } from './password-rules.ts';
import { passwordRules } from './password-rules.ts';

/** Adding a staff member with their account, changing one, and disabling their account. */

export const staffFields = [
  'email',
  'fullName',
  'title',
  'roles',
  'siteIds',
  'committees',
  'initialPassword',
] as const;
export type StaffField = (typeof staffFields)[number];

const messages: FormMessages<StaffField> = {
  idPrefix: 'staff-',
  error: (field) => `staffForm.error.${field}`,
};

const committees = ['cse', 'cpse'] as const;
/** A committee checkbox's value: `cse:district` for the whole district, `cse:<site id>` for one site. */
const wholeDistrict = 'district';

export function committeeValue(membership: CommitteeView): string {
  return `${membership.committee}:${membership.siteId ?? wholeDistrict}`;
}

/** The membership a committee checkbox sent; anything else is left for the schema to refuse. */
export function committeeOf(value: string): CommitteeView | string {
  const [committee, site] = value.split(':');
  if ((committee === 'cse' || committee === 'cpse') && site)
    return { committee, siteId: site === wholeDistrict ? null : site };
  return value;
}

/** The form's values for an existing staff member (the edit form starts from the record). */
export function staffFormValues(staff: StaffView): FormState<StaffField>['values'] {
  return {
    fullName: staff.fullName,
    title: staff.title,
    roles: staff.roles,
    siteIds: staff.siteIds,
    committees: staff.committees.map(committeeValue),
  };
}

export interface StaffFormPageProps {
  page: PageContext;
  /** Adding a staff member, or changing the one given (`self`: the user's own record). */
  mode: { kind: 'new' } | { kind: 'edit'; staff: StaffView; self: boolean };
  /** The roles the server knows, and the district's sites. */
  roles: readonly string[];
  sites: readonly SiteView[];
  passwordLength: PasswordLength;
  form?: FormState<StaffField> | undefined;
  /** After a conflicting edit: the staff member as someone else saved them. */
  conflict?: StaffView | undefined;
}

export function StaffFormPage({
  page,
  mode,
  roles,
  sites,
  passwordLength,
  form,
  conflict,
}: StaffFormPageProps) {
  const { i18n } = page;
  const { t } = i18n;
  const title =
    mode.kind === 'new'
      ? t('staffForm.newTitle')
      : t('staffForm.editTitle', { name: mode.staff.fullName });
  const state =
    form ??
    (mode.kind === 'edit' ? { values: staffFormValues(mode.staff), invalid: [] } : undefined);
  const errors = summaryItems(state, messages, i18n);
  const field = (name: StaffField) => ({
    id: `${messages.idPrefix}${name}`,
    name,
    label: t(`staffForm.label.${name}`),
    error: fieldError(state, name, messages, i18n),
  });
  const siteOptions = sites.map((s) => ({ value: s.id, label: s.name }));
  return (
    <Layout page={page} title={errors.length ? t('form.errorTitle', { title }) : title}>
      <Breadcrumb
        label={t('common.breadcrumb')}
        links={[{ href: '/staff', text: t('nav.staff') }]}
        current={title}
      />
      <h1>{title}</h1>
      <ErrorSummary title={t('form.errorSummaryTitle')} items={errors} />
      {conflict && (
        <ConflictNotice heading={t('staffForm.conflictHeading')} body={t('conflict.body')}>
          <DetailsSection
            id="current-staff"
            heading={t('conflict.current')}
            rows={[
              [t('staff.name'), conflict.fullName],
              [t('staff.jobTitle'), conflict.title || t('common.none')],
              [t('staff.roles'), rolesLabel(i18n, conflict.roles.join(','))],
              [
                t('staff.sites'),
                conflict.siteIds
                  .map((id) => sites.find((s) => s.id === id)?.name ?? id)
                  .join(', ') || t('staff.allSites'),
              ],
            ]}
          />
        </ConflictNotice>
      )}
      <form
        method="post"
        action={mode.kind === 'new' ? '/staff' : `/staff/${mode.staff.id}/edit`}
        className="usa-form usa-form--large"
        noValidate
        id={`${messages.idPrefix}form`}
      >
        <CsrfField token={page.csrfToken} />
        {mode.kind === 'edit' && (
          <input type="hidden" name="version" value={conflict?.version ?? mode.staff.version} />
        )}
        {mode.kind === 'new' && (
          <TextField
            {...field('email')}
            type="email"
            autoComplete="off"
            value={textValue(state, 'email')}
            hint={t('staffForm.hint.email')}
            required
          />
        )}
        <TextField
          {...field('fullName')}
          autoComplete="off"
          value={textValue(state, 'fullName')}
          required
        />
        <TextField
          {...field('title')}
          value={textValue(state, 'title')}
          hint={t('staffForm.hint.title')}
        />
        <CheckboxGroup
          {...field('roles')}
          hint={t('staffForm.hint.roles')}
          options={roles.map((role) => ({ value: role, label: codeLabel(i18n, 'role.', role) }))}
          checked={listValue(state, 'roles')}
        />
        <CheckboxGroup
          {...field('siteIds')}
          hint={t('staffForm.hint.siteIds')}
          options={siteOptions}
          checked={listValue(state, 'siteIds')}
        />
        {committees.map((committee, i) => (
          <CheckboxGroup
            key={committee}
            {...field('committees')}
            // The first group carries the field's id and error, so the summary's link lands on it.
            id={
              i === 0
                ? `${messages.idPrefix}committees`
                : `${messages.idPrefix}committees-${committee}`
            }
            error={i === 0 ? fieldError(state, 'committees', messages, i18n) : undefined}
            label={t(`staffForm.label.${committee}`)}
            hint={i === 0 ? t('staffForm.hint.committees') : undefined}
            options={[
              { value: `${committee}:${wholeDistrict}`, label: t('staffForm.wholeDistrict') },
              ...siteOptions.map((o) => ({ value: `${committee}:${o.value}`, label: o.label })),
            ]}
            checked={listValue(state, 'committees')}
          />
        ))}
        {mode.kind === 'new' && (
          <TextField
            {...field('initialPassword')}
            type="password"
            autoComplete="new-password"
            hint={`${t('staffForm.hint.initialPassword')} ${passwordRules(i18n, passwordLength)}`}
          />
        )}
        <button type="submit" className="usa-button">
          {mode.kind === 'new' ? t('staffForm.submitNew') : t('staffForm.submitEdit')}
        </button>
        <a className="usa-button usa-button--unstyled continuum-cancel" href="/staff">
          {t('form.cancel')}
        </a>
      </form>
      {mode.kind === 'edit' && !mode.self && <AccountStatusForm page={page} staff={mode.staff} />}
    </Layout>
  );
}

/** Disabling takes effect at once: the person's sessions end in the same transaction. */
function AccountStatusForm({ page, staff }: { page: PageContext; staff: StaffView }) {
  const { t } = page.i18n;
  return (
    <section aria-labelledby="account-status-heading" className="continuum-section">
      <h2 id="account-status-heading">{t('staffForm.accountHeading')}</h2>
      <p>
        {staff.disabled
          ? t('staffForm.disabledNow', { name: staff.fullName })
          : t('staffForm.disableWarning', { name: staff.fullName })}
      </p>
      <form method="post" action={`/staff/${staff.id}/disabled`}>
        <CsrfField token={page.csrfToken} />
        <input type="hidden" name="disabled" value={staff.disabled ? 'false' : 'true'} />
        <button
          type="submit"
          className={
            staff.disabled ? 'usa-button usa-button--outline' : 'usa-button usa-button--secondary'
          }
        >
          {staff.disabled ? t('staffForm.enable') : t('staffForm.disable')}
        </button>
      </form>
    </section>
  );
}
