import { IntlMessageFormat } from 'intl-messageformat';
import type { PrimitiveType } from 'intl-messageformat';
import enCore from './messages/en.json' with { type: 'json' };
import enReferrals from './messages/referrals.en.json' with { type: 'json' };
import enConsent from './messages/consent.en.json' with { type: 'json' };
import enEvaluations from './messages/evaluations.en.json' with { type: 'json' };
import enMeetings from './messages/meetings.en.json' with { type: 'json' };
import enIep from './messages/iep.en.json' with { type: 'json' };
import enNotices from './messages/notices.en.json' with { type: 'json' };
import enTimelines from './messages/timelines.en.json' with { type: 'json' };
import enDistribution from './messages/distribution.en.json' with { type: 'json' };
import enServices from './messages/services.en.json' with { type: 'json' };
import enEscalations from './messages/escalations.en.json' with { type: 'json' };
import enRecordsLists from './messages/records-lists.en.json' with { type: 'json' };
import enRecordsRequests from './messages/records-requests.en.json' with { type: 'json' };
import enPrivacy from './messages/privacy.en.json' with { type: 'json' };
import enAmendments from './messages/amendments.en.json' with { type: 'json' };
import enDisclosures from './messages/disclosures.en.json' with { type: 'json' };
import enDestruction from './messages/destruction.en.json' with { type: 'json' };
import enCompleteRecord from './messages/complete-record.en.json' with { type: 'json' };
import esCore from './messages/es.json' with { type: 'json' };
import esReferrals from './messages/referrals.es.json' with { type: 'json' };
import esConsent from './messages/consent.es.json' with { type: 'json' };
import esEvaluations from './messages/evaluations.es.json' with { type: 'json' };
import esMeetings from './messages/meetings.es.json' with { type: 'json' };
import esIep from './messages/iep.es.json' with { type: 'json' };
import esNotices from './messages/notices.es.json' with { type: 'json' };
import esTimelines from './messages/timelines.es.json' with { type: 'json' };
import esDistribution from './messages/distribution.es.json' with { type: 'json' };
import esServices from './messages/services.es.json' with { type: 'json' };
import esEscalations from './messages/escalations.es.json' with { type: 'json' };
import esRecordsLists from './messages/records-lists.es.json' with { type: 'json' };
import esRecordsRequests from './messages/records-requests.es.json' with { type: 'json' };
import esPrivacy from './messages/privacy.es.json' with { type: 'json' };
import esAmendments from './messages/amendments.es.json' with { type: 'json' };
import esDisclosures from './messages/disclosures.es.json' with { type: 'json' };
import esDestruction from './messages/destruction.es.json' with { type: 'json' };
import esCompleteRecord from './messages/complete-record.es.json' with { type: 'json' };

/**
 * Each locale's catalogue: the workspace's messages (`en.json`) and one file per case domain
 * (`referrals.en.json` …), so a domain's words sit together and change together.
 */
const en = {
  ...enCore,
  ...enReferrals,
  ...enConsent,
  ...enEvaluations,
  ...enMeetings,
  ...enIep,
  ...enNotices,
  ...enTimelines,
  ...enDistribution,
  ...enServices,
  ...enEscalations,
  ...enRecordsLists,
  ...enRecordsRequests,
  ...enPrivacy,
  ...enAmendments,
  ...enDisclosures,
  ...enDestruction,
  ...enCompleteRecord,
};
const es = {
  ...esCore,
  ...esReferrals,
  ...esConsent,
  ...esEvaluations,
  ...esMeetings,
  ...esIep,
  ...esNotices,
  ...esTimelines,
  ...esDistribution,
  ...esServices,
  ...esEscalations,
  ...esRecordsLists,
  ...esRecordsRequests,
  ...esPrivacy,
  ...esAmendments,
  ...esDisclosures,
  ...esDestruction,
  ...esCompleteRecord,
};

/**
 * Messages in ICU MessageFormat (plural and select rules per language). English is the
 * reference catalogue: its keys type every message id, and a test keeps the others complete.
 */
export type MessageId = keyof typeof en;
export type Catalogue = Record<MessageId, string>;

export const catalogues = { en, es } satisfies Record<string, Catalogue>;
export type Locale = keyof typeof catalogues;
export const locales = Object.keys(catalogues) as Locale[];
export const defaultLocale: Locale = 'en';

/** Each locale's own name for itself, for the language switcher. */
export const localeNames: Record<Locale, string> = { en: 'English', es: 'Español' };

// Scripts written right to left. The layout uses logical CSS properties, so adding one of
// these catalogues needs no stylesheet change.
const rightToLeft = new Set(['ar', 'ur', 'he', 'fa']);

export function textDirection(locale: string): 'ltr' | 'rtl' {
  return rightToLeft.has(locale.split('-')[0]?.toLowerCase() ?? '') ? 'rtl' : 'ltr';
}

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && Object.hasOwn(catalogues, value);
}

/**
 * The locale of a request: an explicit `lang` choice (query, then the cookie that remembers
 * it), then the browser's Accept-Language preferences in order of quality, then English.
 */
export function resolveLocale(sources: {
  query?: unknown;
  cookie?: unknown;
  acceptLanguage?: string | undefined;
}): Locale {
  if (isLocale(sources.query)) return sources.query;
  if (isLocale(sources.cookie)) return sources.cookie;
  for (const tag of acceptedLanguages(sources.acceptLanguage ?? '')) {
    const primary = tag.split('-')[0]?.toLowerCase();
    if (isLocale(primary)) return primary;
  }
  return defaultLocale;
}

function acceptedLanguages(header: string): string[] {
  return header
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      return { tag: tag.trim(), quality: q ? Number(q.slice(2)) : 1, index };
    })
    .filter((entry) => entry.tag && entry.tag !== '*' && entry.quality > 0)
    .sort((a, b) => b.quality - a.quality || a.index - b.index)
    .map((entry) => entry.tag);
}

export type MessageValues = Record<string, PrimitiveType>;

/** Everything a page needs to speak one locale. */
export interface Translator {
  locale: Locale;
  dir: 'ltr' | 'rtl';
  t: (id: MessageId, values?: MessageValues) => string;
  /** Whether a message exists: for codes from data (classifications) that may be unknown. */
  has: (id: string) => id is MessageId;
  /** A calendar date `YYYY-MM-DD`, without converting time zones. */
  formatDate: (isoDate: string) => string;
  /** An instant, shown in the district's time zone (New York). */
  formatDateTime: (iso: string) => string;
  /** A language code (`es`, `zh`) as the language's name in this locale. */
  languageName: (code: string) => string;
}

const formatCache = new Map<string, IntlMessageFormat>();

export function createTranslator(locale: Locale): Translator {
  const catalogue: Catalogue = catalogues[locale];
  const dateFormat = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
  const dateTimeFormat = new Intl.DateTimeFormat(locale, {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: 'America/New_York',
  });
  const languageNames = new Intl.DisplayNames([locale], { type: 'language', fallback: 'code' });
  return {
    locale,
    dir: textDirection(locale),
    t: (id, values) => {
      const key = `${locale}\u0000${id}`;
      let format = formatCache.get(key);
      if (!format) {
        format = new IntlMessageFormat(catalogue[id], locale);
        formatCache.set(key, format);
      }
      return String(format.format(values));
    },
    has: (id): id is MessageId => Object.hasOwn(catalogue, id),
    formatDate: (isoDate) => dateFormat.format(new Date(`${isoDate}T00:00:00Z`)),
    formatDateTime: (iso) => dateTimeFormat.format(new Date(iso)),
    languageName: (code) => {
      try {
        return languageNames.of(code) ?? code;
      } catch {
        return code; // not a well-formed language tag: show it as stored
      }
    },
  };
}
