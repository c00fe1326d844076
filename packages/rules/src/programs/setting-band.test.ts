import { test, describe } from 'node:test';

import assert from 'node:assert/strict';
import { generalEducationPercent, settingBand } from './setting-band.ts';
import type { SettingBand } from './setting-band.ts';

const SOURCE = 'PLAN, School Age Students with Disabilities by Setting';

describe('time inside the regular classroom, by setting band', () => {
  const cases: { name: string; source: string; percent: number; band: SettingBand }[] = [
    {
      name: 'a student in general education all day is in the 80% or more band',
      source: SOURCE,
      percent: 100,
      band: 'inside-80-or-more',
    },
    {
      name: 'exactly 80% of the day inside is in the 80% or more band',
      source: SOURCE,
      percent: 80,
      band: 'inside-80-or-more',
    },
    {
      name: '79.9% of the day inside is in the 40% to 79% band, not rounded up',
      source: SOURCE,
      percent: 79.9,
      band: 'inside-40-to-79',
    },
    {
      name: 'exactly 40% of the day inside is in the 40% to 79% band',
      source: SOURCE,
      percent: 40,
      band: 'inside-40-to-79',
    },
    {
      name: '39.9% of the day inside is in the less than 40% band',
      source: SOURCE,
      percent: 39.9,
      band: 'inside-under-40',
    },
    {
      name: 'a student never in general education is in the less than 40% band',
      source: SOURCE,
      percent: 0,
      band: 'inside-under-40',
    },
  ];
  for (const c of cases) {
    test(`${c.name} (${c.source})`, () => assert.equal(settingBand(c.percent), c.band));
  }
  test('a percentage above 100 is refused', () => {
    assert.throws(() => settingBand(101), { field: 'generalEducationPercent' });
  });
  test('the percentage comes from minutes in general education over the school day', () => {
    assert.equal(generalEducationPercent(288, 360), 80);
    assert.equal(settingBand(generalEducationPercent(287, 360)), 'inside-40-to-79');
    assert.throws(() => generalEducationPercent(400, 360), { field: 'minutesInGeneralEducation' });
    assert.throws(() => generalEducationPercent(0, 0), { field: 'minutesInSchoolDay' });
  });
});
