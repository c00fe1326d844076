import type { PageContext } from '../components/layout.tsx';
import { Layout } from '../components/layout.tsx';
import {
  CheckboxField,
  CsrfField,
  ErrorSummary,
  SelectField,
  TextField,
} from '../components/form.tsx';
import type { Option } from '../components/form.tsx';
import { ConflictNotice } from '../components/conflict.tsx';
import type { Translator } from '../i18n/i18n.ts';
import type { FormMessages } from './form-state.ts';
import { fieldError, summaryItems, textValue } from './form-state.ts';
import type { FormState, StudentDetailView } from './types.ts';
import { StudentProfile } from './student-profile.tsx';
import { classificationOptions, gradeOptions, languageOptions, levelOptions } from './options.ts';

export const studentFields = [
  'studentNumber',
  'legalFirstName',
  'legalLastName',
  'preferredName',
  'dateOfBirth',
  'level',
  'grade',
  'nativeLanguage',
  'classification',
  'homeless',
  'wardOfState',
] as const;
export type StudentField = (typeof studentFields)[number];

const messages: FormMessages<StudentField> = {
  idPrefix: 'student-',
  error: (field) => `studentForm.error.${field}`,
};

export interface StudentFormPageProps {
  page: PageContext;
  /** Adding a new student, or changing the one given. */
  mode: { kind: 'new' } | { kind: 'edit'; studentId: string; version: number; name: string };
  form?: FormState<StudentField>;
  /** After a conflicting edit: the record as someone else saved it. */
  conflict?: StudentDetailView;
}

export function StudentFormPage({ page, mode, form, conflict }: StudentFormPageProps) {
  const { i18n } = page;
  const { t } = i18n;
  const title =
    mode.kind === 'new'
      ? t('studentForm.newTitle')
      : t('studentForm.editTitle', { name: mode.name });
  const action = mode.kind === 'new' ? '/students' : `/students/${mode.studentId}/edit`;
  const errors = summaryItems(form, messages, i18n);
  const value = (field: StudentField) => textValue(form, field);
  const error = (field: StudentField) => fieldError(form, field, messages, i18n);
  const field = (name: StudentField) => ({
    id: `${messages.idPrefix}${name}`,
    name,
    label: t(`studentForm.label.${name}`),
    error: error(name),
  });
  return (
    <Layout page={page} title={errors.length ? t('form.errorTitle', { title }) : title}>
      <h1>{title}</h1>
      <ErrorSummary title={t('form.errorSummaryTitle')} items={errors} />
      {conflict && (
        <ConflictNotice heading={t('studentForm.conflictHeading')} body={t('conflict.body')}>
          <StudentProfile student={conflict} i18n={i18n} heading={t('conflict.current')} />
        </ConflictNotice>
      )}
      <form
        method="post"
        action={action}
        className="usa-form usa-form--large"
        noValidate
        id={`${messages.idPrefix}form`}
      >
        <CsrfField token={page.csrfToken} />
        {mode.kind === 'edit' && (
          <input type="hidden" name="version" value={conflict?.version ?? mode.version} />
        )}
        <TextField {...field('studentNumber')} value={value('studentNumber')} width="md" required />
        <TextField {...field('legalFirstName')} value={value('legalFirstName')} required />
        <TextField {...field('legalLastName')} value={value('legalLastName')} required />
        <TextField
          {...field('preferredName')}
          value={value('preferredName')}
          hint={t('studentForm.hint.preferredName')}
        />
        <TextField
          {...field('dateOfBirth')}
          type="date"
          value={value('dateOfBirth')}
          width="md"
          required
        />
        <SelectField
          {...field('level')}
          value={value('level')}
          options={withEmpty(i18n, levelOptions(i18n))}
          required
        />
        <SelectField
          {...field('grade')}
          value={value('grade')}
          hint={t('studentForm.hint.grade')}
          options={withEmpty(i18n, gradeOptions(i18n))}
        />
        <SelectField
          {...field('nativeLanguage')}
          value={value('nativeLanguage') ?? 'en'}
          options={languageOptions(i18n, value('nativeLanguage'))}
          required
        />
        <SelectField
          {...field('classification')}
          value={value('classification')}
          options={withEmpty(i18n, classificationOptions(i18n, value('classification')))}
        />
        <fieldset className="usa-fieldset">
          <legend className="usa-legend">{t('studentForm.statusLegend')}</legend>
          <CheckboxField
            id={`${messages.idPrefix}homeless`}
            name="homeless"
            label={t('studentForm.label.homeless')}
            checked={form?.values.homeless === true}
          />
          <CheckboxField
            id={`${messages.idPrefix}wardOfState`}
            name="wardOfState"
            label={t('studentForm.label.wardOfState')}
            checked={form?.values.wardOfState === true}
          />
        </fieldset>
        <button type="submit" className="usa-button">
          {mode.kind === 'new' ? t('studentForm.submitNew') : t('studentForm.submitEdit')}
        </button>
        <a
          className="usa-button usa-button--unstyled continuum-cancel"
          href={mode.kind === 'new' ? '/students' : `/students/${mode.studentId}`}
        >
          {t('form.cancel')}
        </a>
      </form>
    </Layout>
  );
}

function withEmpty(i18n: Translator, options: Option[]): Option[] {
  return [{ value: '', label: i18n.t('form.choose') }, ...options];
}

/** The form's values for an existing student (the edit form starts from the record). */
export function studentFormValues(student: StudentDetailView): FormState<StudentField>['values'] {
  return {
    studentNumber: student.studentNumber,
    legalFirstName: student.legalFirstName,
    legalLastName: student.legalLastName,
    preferredName: student.preferredName,
    dateOfBirth: student.dateOfBirth,
    level: student.level,
    grade: student.grade,
    nativeLanguage: student.nativeLanguage,
    classification: student.classification,
    homeless: student.homeless,
    wardOfState: student.wardOfState,
  };
}
