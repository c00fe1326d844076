import type { PageContext } from '../components/layout.tsx';
import {
  CheckboxField,
  CsrfField,
  ErrorSummary,
  SelectField,
  TextAreaField,
  TextField,
} from '../components/form.tsx';
import type { FormMessages } from './form-state.ts';
import { fieldError, fieldProps, summaryItems, textValue } from './form-state.ts';
import type { FormState, SiteOption, StudentDetailView } from './types.ts';
import { languageOptions } from './options.ts';

/** The forms that change a student's guardians and enrollments (on the student page, and a guardian's own). */

export const guardianFields = [
  'fullName',
  'relationship',
  'email',
  'phone',
  'address',
  'preferredLanguage',
  'noticeDelivery',
  'educationalAuthority',
  'authorityLimit',
] as const;
export type GuardianField = (typeof guardianFields)[number];
export type GuardianView = StudentDetailView['guardians'][number];

const guardianMessages: FormMessages<GuardianField> = {
  idPrefix: 'guardian-',
  error: (field) => `guardian.error.${field}`,
};

/** The form's values for a recorded guardian (the edit form starts from the record). */
export function guardianFormValues(guardian: GuardianView): FormState<GuardianField>['values'] {
  const {
    fullName,
    relationship,
    email,
    phone,
    address,
    preferredLanguage,
    noticeDelivery,
    educationalAuthority,
    authorityLimit,
  } = guardian;
  return {
    fullName,
    relationship,
    email,
    phone,
    address,
    preferredLanguage,
    noticeDelivery,
    educationalAuthority,
    authorityLimit,
  };
}

/** A guardian's details: added on the student page, changed on their own page (with `version`). */
export function GuardianForm({
  page,
  action,
  heading,
  submit,
  version,
  form,
}: {
  page: PageContext;
  action: string;
  heading?: string;
  submit: string;
  version?: number;
  form: FormState<GuardianField> | undefined;
}) {
  const { i18n } = page;
  const { t } = i18n;
  const field = fieldProps(form, guardianMessages, i18n, (name) => `guardian.label.${name}`);
  // A new guardian holds educational authority unless a limit is recorded (34 CFR 300.613(c)).
  const authority = form ? form.values.educationalAuthority === true : true;
  return (
    <form
      method="post"
      action={action}
      className="usa-form usa-form--large"
      noValidate
      id="guardian-form"
    >
      {heading && <h3>{heading}</h3>}
      <ErrorSummary
        title={t('form.errorSummaryTitle')}
        items={summaryItems(form, guardianMessages, i18n)}
      />
      <CsrfField token={page.csrfToken} />
      {version !== undefined && <input type="hidden" name="version" value={version} />}
      <TextField {...field('fullName')} autoComplete="off" required />
      <TextField {...field('relationship')} hint={t('guardian.hint.relationship')} required />
      <TextField {...field('email')} type="email" autoComplete="off" />
      <TextField {...field('phone')} type="tel" autoComplete="off" width="md" />
      <TextAreaField {...field('address')} />
      <SelectField
        {...field('preferredLanguage')}
        value={textValue(form, 'preferredLanguage') ?? 'en'}
        options={languageOptions(i18n, textValue(form, 'preferredLanguage'))}
      />
      <SelectField
        {...field('noticeDelivery')}
        value={textValue(form, 'noticeDelivery') ?? 'mail'}
        hint={t('guardian.hint.noticeDelivery')}
        options={[
          { value: 'mail', label: t('guardian.noticeDelivery.mail') },
          { value: 'email', label: t('guardian.noticeDelivery.email') },
        ]}
      />
      <CheckboxField
        id="guardian-educationalAuthority"
        name="educationalAuthority"
        label={t('guardian.label.educationalAuthority')}
        checked={authority}
        hint={t('guardian.hint.educationalAuthority')}
      />
      <TextAreaField {...field('authorityLimit')} hint={t('guardian.hint.authorityLimit')} />
      <button type="submit" className="usa-button">
        {submit}
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
  const field = fieldProps(form, enrollmentMessages, i18n, (name) => `enrollment.label.${name}`);
  return (
    <form
      method="post"
      action={`/students/${studentId}/enrollments`}
      className="usa-form usa-form--large"
      noValidate
      id="enrollment-form"
    >
      <h3>{t('enrollment.formHeading')}</h3>
      <ErrorSummary
        title={t('form.errorSummaryTitle')}
        items={summaryItems(form, enrollmentMessages, i18n)}
      />
      <CsrfField token={page.csrfToken} />
      <SelectField
        {...field('siteId')}
        options={[
          { value: '', label: t('form.choose') },
          ...sites.map((s) => ({ value: s.id, label: s.name })),
        ]}
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

export type EndEnrollmentField = 'endsOn';

/** Ends a current enrollment on a date; each one has its own form, so ids carry the enrollment's. */
export function EndEnrollmentForm({
  page,
  studentId,
  enrollment,
  form,
}: {
  page: PageContext;
  studentId: string;
  enrollment: { id: string; siteName: string };
  form: FormState<EndEnrollmentField> | undefined;
}) {
  const { i18n } = page;
  const { t } = i18n;
  const messages: FormMessages<EndEnrollmentField> = {
    idPrefix: `end-${enrollment.id}-`,
    error: () => 'enrollment.error.end',
  };
  return (
    <form
      method="post"
      action={`/students/${studentId}/enrollments/${enrollment.id}/end`}
      className="usa-form usa-form--large"
      noValidate
      id={`${messages.idPrefix}form`}
    >
      <h3>{t('enrollment.endHeading', { site: enrollment.siteName })}</h3>
      <ErrorSummary
        title={t('form.errorSummaryTitle')}
        items={summaryItems(form, messages, i18n)}
      />
      <CsrfField token={page.csrfToken} />
      <TextField
        id={`${messages.idPrefix}endsOn`}
        name="endsOn"
        type="date"
        width="md"
        label={t('enrollment.label.endsOn')}
        hint={t('enrollment.hint.end')}
        value={textValue(form, 'endsOn')}
        error={fieldError(form, 'endsOn', messages, i18n)}
        required
      />
      <button type="submit" className="usa-button usa-button--outline">
        {t('enrollment.end')}
      </button>
    </form>
  );
}
