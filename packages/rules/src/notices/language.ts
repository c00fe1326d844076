/**
 * The language of a notice. Source: PSN, Prior written notice, "Notice in understandable
 * language", and "Native language" (34 CFR 300.29, 300.503(c); 8 NYCRR 200.1(ff), 200.5(a)(4)).
 */

export const NOTICE_LANGUAGE_CITATION =
  'PSN, Prior written notice, Notice in understandable language (34 CFR 300.503(c); 8 NYCRR 200.5(a)(4))';

export interface NoticeLanguage {
  /** The language the written notice is rendered in. */
  language: string;
  /** The parent's native language (primary subtag, lower case). */
  nativeLanguage: string;
  /**
   * True when the product cannot write the notice in the parent's native language: the
   * district must then have it translated orally or by other means in that language, make
   * sure the parent understands it, and keep written evidence of both.
   */
  translationNeeded: boolean;
}

/**
 * Chooses the language of a notice for a parent: their native language when the product can
 * write it (`available`, e.g. English and Spanish), otherwise the first available language
 * (English) with a translation recorded as needed.
 */
export function noticeLanguage(
  nativeLanguage: string,
  available: readonly string[],
): NoticeLanguage {
  const native = nativeLanguage.trim().toLowerCase().split('-')[0] ?? '';
  const fallback = available[0];
  if (fallback === undefined)
    throw new Error('noticeLanguage needs at least one available language');
  if (native !== '' && available.includes(native))
    return { language: native, nativeLanguage: native, translationNeeded: false };
  return { language: fallback, nativeLanguage: native, translationNeeded: true };
}
