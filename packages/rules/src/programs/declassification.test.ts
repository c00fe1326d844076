import { test, describe } from 'node:test';

import assert from 'node:assert/strict';
import { checkDeclassificationSupport } from './declassification.ts';
import type { DeclassificationSupport } from './declassification.ts';

const SOURCE = 'PLAN, Declassification Support Services';

describe('declassification support: projected start and duration recorded', () => {
  const cases: {
    name: string;
    source: string;
    support: DeclassificationSupport;
    message: RegExp | null;
  }[] = [
    {
      name: 'support with a projected start date and a duration is fully recorded',
      source: SOURCE,
      support: { projectedStart: '2026-09-10', durationMonths: 12 },
      message: null,
    },
    {
      name: 'support without a projected start date is incomplete',
      source: SOURCE,
      support: { durationMonths: 12 },
      message: /projected start date recorded/,
    },
    {
      name: 'support without a duration is incomplete',
      source: SOURCE,
      support: { projectedStart: '2026-09-10' },
      message: /duration recorded/,
    },
    {
      name: 'support with neither is missing both',
      source: SOURCE,
      support: {},
      message: /projected start date and duration/,
    },
  ];
  for (const c of cases) {
    test(`${c.name} (${c.source})`, () => {
      const found = checkDeclassificationSupport(c.support);
      assert.equal(found.length, c.message ? 1 : 0);
      if (c.message) assert.match(found[0]?.message ?? '', c.message);
    });
  }
  test('a malformed projected start is refused, naming the field', () => {
    assert.throws(
      () => checkDeclassificationSupport({ projectedStart: '10/09/2026', durationMonths: 12 }),
      { field: 'projectedStart' },
    );
  });
});
