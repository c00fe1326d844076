import { test } from 'node:test';
import assert from 'node:assert/strict';
import { IntlMessageFormat } from 'intl-messageformat';
import { catalogues, createTranslator, locales, resolveLocale, textDirection } from './i18n.ts';

test('every message id exists in every locale, and no locale has extra ids', () => {
  const reference = Object.keys(catalogues.en).sort();
  for (const locale of locales) {
    assert.deepEqual(Object.keys(catalogues[locale]).sort(), reference, `locale ${locale}`);
  }
});

test('every message of every locale parses as ICU MessageFormat', () => {
  for (const locale of locales) {
    for (const [id, message] of Object.entries(catalogues[locale])) {
      assert.doesNotThrow(() => new IntlMessageFormat(message, locale), `${locale} ${id}`);
    }
  }
});

test('plural and select messages format in each locale', () => {
  const en = createTranslator('en');
  const es = createTranslator('es');
  assert.equal(en.t('students.count', { count: 1 }), '1 student found');
  assert.equal(en.t('students.count', { count: 12 }), '12 students found');
  assert.equal(es.t('students.count', { count: 12 }), 'Se encontraron 12 estudiantes');
  assert.equal(en.t('grade.label', { grade: 'K' }), 'Kindergarten');
  assert.equal(es.t('grade.label', { grade: '3' }), 'Grado 3');
});

test('a calendar date is shown as that day whatever the time zone', () => {
  assert.equal(createTranslator('en').formatDate('2019-01-01'), 'Jan 1, 2019');
});

test('the locale comes from the lang query, then the cookie, then Accept-Language, then English', () => {
  assert.equal(resolveLocale({ query: 'es', cookie: 'en', acceptLanguage: 'en' }), 'es');
  assert.equal(resolveLocale({ query: 'xx', cookie: 'es' }), 'es');
  assert.equal(resolveLocale({ acceptLanguage: 'fr-CA, es-US;q=0.8, en;q=0.5' }), 'es');
  assert.equal(resolveLocale({ acceptLanguage: 'en;q=0.2, es;q=0.9' }), 'es');
  assert.equal(resolveLocale({ acceptLanguage: 'es;q=0, fr' }), 'en');
  assert.equal(resolveLocale({}), 'en');
});

test('Arabic, Urdu, Hebrew and Persian are written right to left', () => {
  for (const tag of ['ar', 'ur-PK', 'he', 'fa']) assert.equal(textDirection(tag), 'rtl');
  for (const tag of ['en', 'es', 'zh-Hans', 'bn']) assert.equal(textDirection(tag), 'ltr');
});
