import type { Option } from '../components/form.tsx';
import type { Translator } from '../i18n/i18n.ts';
import type { Level } from './types.ts';

/** The words for the codes students are recorded with, and the choices the forms offer. */

const levels: readonly Level[] = ['preschool', 'school-age'];
const grades = ['K', '1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12', 'UG'] as const;

/**
 * The disability classifications of 8 NYCRR 200.1(zz), and the preschool one of
 * 200.1(mm). The database keeps free text, so a code outside this list is shown as stored.
 */
const classifications = [
  'autism',
  'deafness',
  'deaf-blindness',
  'emotional-disturbance',
  'hearing-impairment',
  'learning-disability',
  'intellectual-disability',
  'multiple-disabilities',
  'orthopedic-impairment',
  'other-health-impairment',
  'speech-or-language-impairment',
  'traumatic-brain-injury',
  'visual-impairment',
  'preschool-student-with-a-disability',
] as const;

/** Home languages most common in New York schools, offered first in the language list. */
const commonLanguages = [
  'en',
  'es',
  'zh',
  'bn',
  'ru',
  'ar',
  'ht',
  'ko',
  'fr',
  'ur',
  'pl',
  'yi',
  'uz',
  'ne',
] as const;

export function levelLabel(i18n: Translator, level: Level): string {
  return i18n.t(level === 'preschool' ? 'level.preschool' : 'level.schoolAge');
}

export function gradeLabel(i18n: Translator, grade: string | null): string {
  if (grade === null) return i18n.t('grade.none');
  return i18n.t('grade.label', { grade });
}

/** A code in words when the catalogue knows it (`prefix` + code), else as recorded. */
export function codeLabel(i18n: Translator, prefix: string, code: string): string {
  const id = `${prefix}${code}`;
  return i18n.has(id) ? i18n.t(id) : code;
}

export function classificationLabel(i18n: Translator, code: string | null): string {
  return code === null ? i18n.t('classification.none') : codeLabel(i18n, 'classification.', code);
}

/** Staff roles as the access log records them: comma-separated codes. */
export function rolesLabel(i18n: Translator, roles: string): string {
  return roles
    .split(',')
    .map((role) => codeLabel(i18n, 'role.', role))
    .join(', ');
}

export function levelOptions(i18n: Translator): Option[] {
  return levels.map((level) => ({ value: level, label: levelLabel(i18n, level) }));
}

export function gradeOptions(i18n: Translator): Option[] {
  return grades.map((grade) => ({ value: grade, label: gradeLabel(i18n, grade) }));
}

/** The known classifications, plus the current value when it is not one of them. */
export function classificationOptions(i18n: Translator, current: string | undefined): Option[] {
  const codes: string[] = [...classifications];
  if (current && !codes.includes(current)) codes.push(current);
  return codes.map((code) => ({ value: code, label: classificationLabel(i18n, code) }));
}

/** The common home languages, plus the current value when it is another one. */
export function languageOptions(i18n: Translator, current: string | undefined): Option[] {
  const codes: string[] = [...commonLanguages];
  if (current && !codes.includes(current)) codes.push(current);
  return codes.map((code) => ({ value: code, label: i18n.languageName(code) }));
}
