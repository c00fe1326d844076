import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sectionOrder } from '@continuum/web';
import { catalogues } from '@continuum/web/i18n/i18n.ts';
import { completeRecordSections } from './schemas.ts';
import { recordTypePlacement } from './sections.ts';

/**
 * The complete record's completeness, without a database: every record type is placed in a
 * section or excluded with a reason (the `Record<RecordType, …>` makes the compiler ask), every
 * section of the record is placed and shown, in both languages. The int test fills each section.
 */
const sectionKeys = Object.keys(completeRecordSections.shape).sort();

test('every record type names a section of the complete record, or why it has none', () => {
  for (const [type, placement] of Object.entries(recordTypePlacement)) {
    if ('section' in placement)
      assert.ok(sectionKeys.includes(placement.section), `${type}: ${placement.section}`);
    else assert.ok(placement.excluded.trim().length > 20, `${type} says why it is left out`);
  }
});

test('every section holds at least one record type, and the page and the copy show every section', () => {
  const placed = new Set(
    Object.values(recordTypePlacement).flatMap((p) => ('section' in p ? [p.section] : [])),
  );
  assert.deepEqual([...placed].sort(), sectionKeys);
  assert.deepEqual([...sectionOrder].sort(), sectionKeys);
});

test('every section has its heading in English and Spanish', () => {
  for (const key of sectionKeys)
    for (const [locale, messages] of Object.entries(catalogues))
      assert.ok(
        `completeRecord.section.${key}` in messages,
        `${locale}: completeRecord.section.${key}`,
      );
});
