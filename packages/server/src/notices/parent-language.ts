import { noticeLanguage } from '@continuum/rules/notices/index.ts';
import type { NoticeLanguage } from '@continuum/rules/notices/index.ts';
import { createTranslator, isLocale, locales } from '@continuum/web';
import type { Translator } from '@continuum/web';
import type { StudentRecords } from '../access/student-records.ts';

/** The languages the product writes notices in: those it has a complete catalogue for. */
export const noticeLocales: readonly string[] = locales;

/** The language of a notice for one parent, and the translator that writes it. */
export function languageFor(preferredLanguage: string): NoticeLanguage & { i18n: Translator } {
  const chosen = noticeLanguage(preferredLanguage, noticeLocales);
  const locale = isLocale(chosen.language) ? chosen.language : 'en';
  return { ...chosen, i18n: createTranslator(locale) };
}

/**
 * The language a draft is pre-filled in: that of the first parent with authority to make
 * educational decisions, so a Spanish-speaking family's draft starts in Spanish.
 */
export async function draftLanguage(
  records: StudentRecords,
  studentId: string,
): Promise<ReturnType<typeof languageFor>> {
  const parent = await records.tx
    .selectFrom('student_guardians as sg')
    .innerJoin('guardians as g', (j) =>
      j.onRef('g.id', '=', 'sg.guardian_id').onRef('g.district_id', '=', 'sg.district_id'),
    )
    .select('g.preferred_language')
    .where('sg.student_id', '=', studentId)
    .orderBy('sg.educational_authority', 'desc')
    .orderBy('g.created_at')
    .executeTakeFirst();
  return languageFor(parent?.preferred_language ?? 'en');
}
