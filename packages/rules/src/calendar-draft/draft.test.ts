import { test, describe } from 'node:test';

import assert from 'node:assert/strict';
import { parseCalendar, RuleInputError } from '../calendar/index.ts';
import { draftCalendar } from './draft.ts';
import type { CalendarDraftInput } from './draft.ts';

const YEAR_2026_27: CalendarDraftInput = {
  firstDay: '2026-09-10',
  lastDay: '2027-06-25',
  recesses: [{ from: '2026-12-24', to: '2027-01-01' }],
};
const draft = draftCalendar(YEAR_2026_27);
const [year] = draft.schoolYears;

describe('calendar draft for 2026-27', () => {
  test('one school year, named for the July-June year it falls in', () => {
    assert.equal(draft.schoolYears.length, 1);
    assert.deepEqual(
      { id: year?.id, firstDay: year?.firstDay, lastDay: year?.lastDay },
      { id: '2026-27', firstDay: '2026-09-10', lastDay: '2027-06-25' },
    );
    assert.equal(draft.name, 'Draft calendar 2026-27');
  });

  const nonInstructional: { name: string; date: string; expected: boolean }[] = [
    {
      name: 'Thanksgiving, Thursday 2026-11-26, is non-instructional',
      date: '2026-11-26',
      expected: true,
    },
    { name: 'Columbus Day, 2026-10-12, is non-instructional', date: '2026-10-12', expected: true },
    {
      name: 'Election Day (NY), 2026-11-03, is non-instructional',
      date: '2026-11-03',
      expected: true,
    },
    {
      name: "Lincoln's Birthday (NY), Friday 2027-02-12, is non-instructional",
      date: '2027-02-12',
      expected: true,
    },
    {
      name: 'Juneteenth 2027 falls on a Saturday; its observed day, Friday 2027-06-18, is non-instructional',
      date: '2027-06-18',
      expected: true,
    },
    {
      name: 'the day after Thanksgiving is not a legal holiday, so it is left for the district to decide',
      date: '2026-11-27',
      expected: false,
    },
    {
      name: 'a weekday of the winter recess, 2026-12-29, is non-instructional',
      date: '2026-12-29',
      expected: true,
    },
    {
      name: 'Labor Day 2026-09-07 is before the first day, so it is not listed in the year',
      date: '2026-09-07',
      expected: false,
    },
    {
      name: 'a Saturday inside the recess, 2026-12-26, is not listed (only weekdays are)',
      date: '2026-12-26',
      expected: false,
    },
  ];
  for (const c of nonInstructional) {
    test(c.name, () => assert.equal(year?.nonInstructionalDays.includes(c.date), c.expected));
  }

  test('the winter recess lists exactly its weekdays', () => {
    const recess = year?.nonInstructionalDays.filter((d) => d >= '2026-12-24' && d <= '2027-01-01');
    assert.deepEqual(recess, [
      '2026-12-24',
      '2026-12-25',
      '2026-12-28',
      '2026-12-29',
      '2026-12-30',
      '2026-12-31',
      '2027-01-01',
    ]);
  });

  test('holidays cover July 1 to June 30, summer included', () => {
    assert.deepEqual(draft.holidays, [
      '2026-07-03', // Independence Day observed (July 4 is a Saturday)
      '2026-07-04',
      '2026-09-07',
      '2026-10-12',
      '2026-11-03',
      '2026-11-11',
      '2026-11-26',
      '2026-12-25',
      '2027-01-01',
      '2027-01-18',
      '2027-02-12',
      '2027-02-15',
      '2027-05-31',
      '2027-06-18', // Juneteenth observed
      '2027-06-19',
    ]);
  });

  test('the draft passes the calendar file validator', () => {
    assert.doesNotThrow(() => parseCalendar(draft));
  });

  test('the draft is sorted and free of duplicates', () => {
    const days = year?.nonInstructionalDays ?? [];
    assert.deepEqual(days, [...new Set(days)].sort());
    assert.deepEqual(draft.holidays, [...new Set(draft.holidays)].sort());
  });

  test('a name given is used as it is', () => {
    assert.equal(
      draftCalendar({ ...YEAR_2026_27, name: 'Liberty CSD 2026-27' }).name,
      'Liberty CSD 2026-27',
    );
  });

  test('the draft is the same whatever the machine time zone', () => {
    const saved = process.env.TZ;
    try {
      const outputs = ['UTC', 'America/New_York', 'Pacific/Kiritimati', 'Pacific/Pago_Pago'].map(
        (tz) => {
          process.env.TZ = tz;
          return JSON.stringify(draftCalendar(YEAR_2026_27));
        },
      );
      assert.equal(new Set(outputs).size, 1);
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
  });
});

describe('calendar draft input errors name the field', () => {
  const cases: { name: string; input: CalendarDraftInput; fields: string[] }[] = [
    {
      name: 'a first day after the last day',
      input: { firstDay: '2027-06-25', lastDay: '2026-09-10' },
      fields: ['lastDay'],
    },
    {
      name: 'a malformed first day',
      input: { firstDay: '2026-9-10', lastDay: '2027-06-25' },
      fields: ['firstDay'],
    },
    {
      name: 'a day that does not exist',
      input: { firstDay: '2026-09-10', lastDay: '2027-02-29' },
      fields: ['lastDay'],
    },
    {
      name: 'a last day past June 30 of the school year',
      input: { firstDay: '2026-09-10', lastDay: '2027-07-01' },
      fields: ['lastDay'],
    },
    {
      name: 'a recess outside the school year',
      input: { ...YEAR_2026_27, recesses: [{ from: '2027-06-28', to: '2027-06-30' }] },
      fields: ['recesses[0]'],
    },
    {
      name: 'a recess that ends before it starts',
      input: { ...YEAR_2026_27, recesses: [{ from: '2027-04-09', to: '2027-04-05' }] },
      fields: ['recesses[0].to'],
    },
    {
      name: 'several problems at once, each reported',
      input: {
        firstDay: 'soon',
        lastDay: '2027-06-25',
        recesses: [{ from: '2027-04-05', to: 'x' }],
        name: ' ',
      },
      fields: ['firstDay', 'recesses[0].to', 'name'],
    },
  ];
  for (const c of cases) {
    test(`${c.name} is refused`, () => {
      assert.throws(
        () => draftCalendar(c.input),
        (e: unknown) =>
          e instanceof RuleInputError &&
          assert.deepEqual(
            e.issues.map((i) => i.field),
            c.fields,
          ) === undefined,
      );
    });
  }
});
