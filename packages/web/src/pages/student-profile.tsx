import type { Translator } from '../i18n/i18n.ts';
import type { StudentDetailView, StudentSummaryView } from './types.ts';
import { DetailsSection } from '../components/details.tsx';
import { classificationLabel, gradeLabel, levelLabel } from './options.ts';

/** "Last, First", with the preferred name after it when there is one. */
export function studentName(i18n: Translator, student: StudentSummaryView): string {
  const name = i18n.t('student.name', {
    first: student.legalFirstName,
    last: student.legalLastName,
  });
  return student.preferredName
    ? i18n.t('student.nameWithPreferred', { name, preferred: student.preferredName })
    : name;
}

/** A student's profile as a description list (on the student page and after a conflict). */
export function StudentProfile({
  student,
  i18n,
  heading,
}: {
  student: StudentDetailView;
  i18n: Translator;
  heading: string;
}) {
  const { t } = i18n;
  const yesNo = (value: boolean) => t(value ? 'common.yes' : 'common.no');
  const rows: [string, string][] = [
    [t('studentForm.label.studentNumber'), student.studentNumber],
    [t('studentForm.label.legalFirstName'), student.legalFirstName],
    [t('studentForm.label.legalLastName'), student.legalLastName],
    [t('studentForm.label.preferredName'), student.preferredName ?? t('common.none')],
    [t('studentForm.label.dateOfBirth'), i18n.formatDate(student.dateOfBirth)],
    [t('studentForm.label.level'), levelLabel(i18n, student.level)],
    [t('studentForm.label.grade'), gradeLabel(i18n, student.grade)],
    [t('studentForm.label.nativeLanguage'), i18n.languageName(student.nativeLanguage)],
    [t('studentForm.label.classification'), classificationLabel(i18n, student.classification)],
    [t('studentForm.label.homeless'), yesNo(student.homeless)],
    [t('studentForm.label.wardOfState'), yesNo(student.wardOfState)],
  ];
  return <DetailsSection id={`profile-${student.version}`} heading={heading} rows={rows} />;
}
