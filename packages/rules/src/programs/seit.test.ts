import { test, describe } from 'node:test';

import assert from 'node:assert/strict';
import { checkSeitCaseload, checkSeitService } from './seit.ts';
import type { SeitService } from './seit.ts';

const SOURCE = 'PLAN, Special Education Itinerant Services';

describe('SEIT service level and transportation', () => {
  const cases: { name: string; source: string; service: SeitService; checks: string[] }[] = [
    {
      name: 'exactly two hours of SEIT a week meets the minimum',
      source: `${SOURCE} (b)`,
      service: { minutesPerWeek: 120, site: 'approved-pre-k-or-head-start', transportation: false },
      checks: [],
    },
    {
      name: 'one hour fifty-nine minutes of SEIT a week is less than two hours',
      source: `${SOURCE} (b)`,
      service: { minutesPerWeek: 119, site: 'approved-pre-k-or-head-start', transportation: false },
      checks: ['seit-weekly-service'],
    },
    {
      name: 'ninety minutes of SEIT a week is less than two hours',
      source: `${SOURCE} (b)`,
      service: { minutesPerWeek: 90, site: 'child-care-location', transportation: false },
      checks: ['seit-weekly-service'],
    },
    {
      name: "SEIT at the child's home indicates no transportation",
      source: `${SOURCE} (e)`,
      service: { minutesPerWeek: 180, site: 'home', transportation: true },
      checks: ['seit-transportation'],
    },
    {
      name: 'SEIT in a care setting the parent arranged indicates no transportation',
      source: `${SOURCE} (e)`,
      service: { minutesPerWeek: 180, site: 'parent-arranged-care-setting', transportation: true },
      checks: ['seit-transportation'],
    },
    {
      name: 'SEIT at a Head Start site may indicate transportation',
      source: `${SOURCE} (e)`,
      service: { minutesPerWeek: 180, site: 'approved-pre-k-or-head-start', transportation: true },
      checks: [],
    },
  ];
  for (const c of cases) {
    test(`${c.name} (${c.source})`, () => {
      const found = checkSeitService(c.service);
      assert.deepEqual(
        found.map((v) => v.check),
        c.checks,
      );
      for (const v of found) assert.equal(v.program, 'seit');
    });
  }
  test('a negative number of minutes is refused, naming the field', () => {
    assert.throws(
      () => checkSeitService({ minutesPerWeek: -1, site: 'home', transportation: false }),
      { field: 'minutesPerWeek' },
    );
  });
});

describe('SEIT caseload: at most 20 students with disabilities', () => {
  const ids = (n: number) => Array.from({ length: n }, (_, i) => `c${i}`);
  const cases: { name: string; source: string; studentIds: string[]; over: number | null }[] = [
    {
      name: 'a SEIT with exactly 20 students is within the limit',
      source: `${SOURCE} (c)`,
      studentIds: ids(20),
      over: null,
    },
    {
      name: 'a SEIT with 21 students exceeds the limit of 20',
      source: `${SOURCE} (c)`,
      studentIds: ids(21),
      over: 21,
    },
    {
      name: 'a student listed twice on a caseload counts once',
      source: `${SOURCE} (c)`,
      studentIds: [...ids(20), 'c0'],
      over: null,
    },
    {
      name: 'a SEIT with 25 students exceeds the limit of 20',
      source: `${SOURCE} (c)`,
      studentIds: ids(25),
      over: 25,
    },
  ];
  for (const c of cases) {
    test(`${c.name} (${c.source})`, () => {
      const found = checkSeitCaseload({ studentIds: c.studentIds });
      assert.deepEqual(
        found.map((v) => v.facts.students),
        c.over === null ? [] : [c.over],
      );
      for (const v of found) assert.equal(v.check, 'seit-caseload');
    });
  }
});
