import { test, describe } from 'node:test';

import assert from 'node:assert/strict';
import {
  checkSubstantialRegression,
  ESY_ELIGIBILITY_CATEGORIES,
  indicatesSubstantialRegression,
} from './esy.ts';
import type { RegressionEvidence } from './esy.ts';

const SOURCE = 'PLAN, Extended School Year (ESY) services';

describe('12-month services: substantial regression', () => {
  const cases: { name: string; source: string; evidence: RegressionEvidence; flagged: boolean }[] =
    [
      {
        name: 'a review period of exactly 8 weeks indicates substantial regression, so an IEP without 12-month services is flagged',
        source: SOURCE,
        evidence: { reviewPeriodWeeks: 8, twelveMonthServicesRecommended: false },
        flagged: true,
      },
      {
        name: 'a review period just under 8 weeks does not by itself indicate substantial regression',
        source: SOURCE,
        evidence: { reviewPeriodWeeks: 7.8, twelveMonthServicesRecommended: false },
        flagged: false,
      },
      {
        name: 'a typical review of 4 weeks (20 school days) is the time ordinarily reserved',
        source: `${SOURCE}: typical review 20-40 school days`,
        evidence: { reviewPeriodWeeks: 4, twelveMonthServicesRecommended: false },
        flagged: false,
      },
      {
        name: 'a review period of 10 weeks with 12-month services on the IEP is already addressed',
        source: SOURCE,
        evidence: { reviewPeriodWeeks: 10, twelveMonthServicesRecommended: true },
        flagged: false,
      },
    ];
  for (const c of cases) {
    test(`${c.name} (${c.source})`, () => {
      const found = checkSubstantialRegression(c.evidence);
      assert.deepEqual(
        found.map((v) => v.check),
        c.flagged ? ['esy-substantial-regression'] : [],
      );
      for (const v of found) assert.match(v.message, /committee should consider/);
    });
  }
  test('the 8-week guideline, at its boundary', () => {
    assert.deepEqual([7, 7.99, 8, 12].map(indicatesSubstantialRegression), [
      false,
      false,
      true,
      true,
    ]);
  });
  test('a negative review period is refused', () => {
    assert.throws(() => indicatesSubstantialRegression(-1), { field: 'reviewPeriodWeeks' });
  });
});

describe('12-month services: eligibility categories (8 NYCRR 200.6(k))', () => {
  test('there are five categories with distinct kebab-case ids', () => {
    const ids = ESY_ELIGIBILITY_CATEGORIES.map((c) => c.id);
    assert.equal(new Set(ids).size, 5);
    for (const id of ids) assert.match(id, /^[a-z0-9]+(-[a-z0-9]+)*$/);
  });
  test('the seven-day residential category is among them', () => {
    assert.ok(ESY_ELIGIBILITY_CATEGORIES.some((c) => c.id === 'seven-day-residential'));
  });
});
