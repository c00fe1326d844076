import type { PageContext } from '../components/layout.tsx';
import { CheckboxField, CsrfField, ErrorSummary, SelectField, TextAreaField, TextField } from '../components/form.tsx';
import type { FormMessages } from './form-state.ts';
import { fieldError, summaryItems, textValue } from './form-state.ts';
import type { FormState, SiteOption } from './types.ts';
import { languageOptions } from './options.ts';

/** The forms on a student page that add to the record: a guardian, an enrollment. */

export const guardianFields = [
  'fullName',
  'relationship',
  'email',
  'phone',
  'address',
  'preferredLanguage',
  'educationalAuthority',
  'authorityLimit',
] as const;
export type GuardianField = (typeof guardianFields)[number];

const guardianMessages: FormMessages<GuardianField> = {
  idPrefix: 'guardian-',
  error: (field) => `guardian.error.${field}`,
};

export function GuardianForm({ page, studentId, form }: { page: PageContext; studentId: string; form: FormState<GuardianField> | undefined }) {
  const { i18n } = page;
  const { t } = i18n;
  const field = (name: GuardianField) => ({
    id: `${guardianMessages.idPrefix}${name}`,
    name,
    label: t(`guardian.label.${name}`),
    error: fieldError(form, name, guardianMessages, i18n),
    value: textValue(form, name),
  });
  // A new guardian holds educational authority unless a limit is recorded (34 CFR 300.613(c)).
  const authority = form ? form.values.educationalAuthority === true : true;
  return (
    <form method="post" action={`/students/${studentId}/guardians`} className="usa-form usa-form--large" noValidate id="guardian-form">
      <h3>{t('guardian.formHeading')}</h3>
      <ErrorSummary title={t('form.errorSummaryTitle')} items={summaryItems(form, guardianMessages, i18n)} />
      <CsrfField token={page.csrfToken} />
      <TextField {...field('fullName')} autoComplete="off" required />
      <TextField {...field('relationship')} hint={t('guardian.hint.relationship')} required />
      <TextField {...field('email')} type="email" autoComplete="off" />
      <TextField {...field('phone')} type="tel" autoComplete="off" width="md" />
      <TextAreaField {...field('address')} />
      <SelectField {...field('preferredLanguage')} value={textValue(form, 'preferredLanguage') ?? 'en'} options={languageOptions(i18n, textValue(form, 'preferredLanguage'))} />
      <CheckboxField id="guardian-educationalAuthority" name="educationalAuthority" label={t('guardian.label.educationalAuthority')} checked={authority} hint={t('guardian.hint.educationalAuthority')} />
      <TextAreaField {...field('authorityLimit')} hint={t('guardian.hint.authorityLimit')} />
      <button type="submit" className="usa-button">
        {t('guardian.submit')}
      </button>
    </form>
  );
}

export const enrollmentFields = ['siteId', 'startsOn', 'endsOn'] as const;
export type EnrollmentField = (typeof enrollmentFields)[number];

const enrollmentMessages: FormMessages<EnrollmentField> = {
  idPrefix: 'enrollment-',
  error: (field) => `enrollment.error.${field}`,
};

export function EnrollmentForm({
  page,
  studentId,
  sites,
  form,
}: {
  page: PageContext;
  studentId: string;
  sites: readonly SiteOption[];
  form: FormState<EnrollmentField> | undefined;
}) {
  const { i18n } = page;
  const { t } = i18n;
  const field = (name: EnrollmentField) => ({
    id: `${enrollmentMessages.idPrefix}${name}`,
    name,
    label: t(`enrollment.label.${name}`),
    error: fieldError(form, name, enrollmentMessages, i18n),
    value: textValue(form, name),
  });
  return (
    <form method="post" action={`/students/${studentId}/enrollments`} className="usa-form usa-form--large" noValidate id="enrollment-form">
      <h3>{t('enrollment.formHeading')}</h3>
      <ErrorSummary title={t('form.errorSummaryTitle')} items={summaryItems(form, enrollmentMessages, i18n)} />
      <CsrfField token={page.csrfToken} />
      <SelectField
        {...field('siteId')}
        options={[{ value: '', label: t('form.choose') }, ...sites.map((s) => ({ value: s.id, label: s.name }))]}
        required
      />
      <TextField {...field('startsOn')} type="date" width="md" required />
      <TextField {...field('endsOn')} type="date" width="md" hint={t('enrollment.hint.endsOn')} />
      <button type="submit" className="usa-button">
        {t('enrollment.submit')}
      </button>
    </form>
  );
}
