import { test } from 'node:test';
import assert from 'node:assert/strict';
import { RuleInputError } from '@continuum/rules/calendar/index.ts';
import { assertReadableByRules } from './case-events.ts';

const source = { source: 'notice', sourceId: null, studentId: 'student' };

test('an event with the catalog’s extra fields is stored as the rules engine reads it', () => {
  assert.doesNotThrow(() =>
    assertReadableByRules({
      ...source,
      type: 'cse-meeting',
      on: '2026-11-02',
      details: { recommendsSpecialClass: true, recommendsNonpublicSchool: false },
    }),
  );
  assert.doesNotThrow(() =>
    assertReadableByRules({ ...source, type: 'prior-written-notice-sent', on: '2026-11-02' }),
  );
});

test('an event carrying facts the catalog does not define is never stored (the deadlines would be uncountable)', () => {
  assert.throws(
    () =>
      assertReadableByRules({
        ...source,
        type: 'prior-written-notice-sent',
        on: '2026-11-02',
        details: { proposal: 'propose' },
      }),
    RuleInputError,
  );
  assert.throws(
    () => assertReadableByRules({ ...source, type: 'meeting-scheduled', on: '2026-11-02' }),
    RuleInputError,
    'a scheduled meeting must say which kind',
  );
});
