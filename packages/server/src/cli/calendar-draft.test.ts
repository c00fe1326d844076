import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { draftCalendar } from '@continuum/rules/calendar-draft/index.ts';
import { calendarDraft } from './calendar-draft.ts';
import type { CliIo } from './io.ts';

async function run(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: CliIo = { out: (t) => void (out += t), err: (t) => void (err += t) };
  const code = await calendarDraft(args, io);
  return { code, out, err };
}

describe('continuum calendar draft', () => {
  test('prints the draft calendar as pretty JSON and exits 0', async () => {
    const { code, out, err } = await run(
      '--first',
      '2026-09-10',
      '--last',
      '2027-06-25',
      '--recess',
      '2026-12-24:2027-01-01',
    );
    assert.equal(code, 0);
    assert.equal(err, '');
    const expected = draftCalendar({
      firstDay: '2026-09-10',
      lastDay: '2027-06-25',
      recesses: [{ from: '2026-12-24', to: '2027-01-01' }],
    });
    assert.equal(out, JSON.stringify(expected, null, 2));
    assert.match(out, /\n {2}"schoolYears": \[/);
  });

  test('takes several recesses, a one-day recess, and a name', async () => {
    const { code, out } = await run(
      '--first',
      '2026-09-10',
      '--last',
      '2027-06-25',
      '--recess',
      '2026-11-27',
      '--recess',
      '2027-04-05:2027-04-09',
      '--name',
      'Liberty CSD 2026-27',
    );
    assert.equal(code, 0);
    const calendar = JSON.parse(out) as ReturnType<typeof draftCalendar>;
    assert.equal(calendar.name, 'Liberty CSD 2026-27');
    const days = calendar.schoolYears[0]?.nonInstructionalDays ?? [];
    for (const d of ['2026-11-27', '2027-04-05', '2027-04-09']) assert.ok(days.includes(d), d);
  });

  const bad: { name: string; args: string[]; flag: RegExp }[] = [
    {
      name: 'a malformed first day names --first',
      args: ['--first', '2026-9-10', '--last', '2027-06-25'],
      flag: /^--first: must be a date YYYY-MM-DD/m,
    },
    {
      name: 'a missing last day names --last',
      args: ['--first', '2026-09-10'],
      flag: /^--last: is required/m,
    },
    {
      name: 'a first day after the last names --last',
      args: ['--first', '2027-06-25', '--last', '2026-09-10'],
      flag: /^--last: must be on or after firstDay/m,
    },
    {
      name: 'a recess outside the year names --recess',
      args: ['--first', '2026-09-10', '--last', '2027-06-25', '--recess', '2026-09-01:2026-09-11'],
      flag: /^--recess \(#1\): must lie within the school year/m,
    },
    {
      name: 'a malformed recess names --recess once',
      args: ['--first', '2026-09-10', '--last', '2027-06-25', '--recess', 'winter'],
      flag: /^--recess \(#1\): must be a date YYYY-MM-DD, got "winter"$/,
    },
    {
      name: 'an unknown flag is refused with the usage',
      args: ['--first', '2026-09-10', '--last', '2027-06-25', '--weeks', '2'],
      flag: /Unknown option '--weeks'[\s\S]*usage: continuum calendar draft/,
    },
  ];
  for (const c of bad) {
    test(`${c.name} and exits 2`, async () => {
      const { code, out, err } = await run(...c.args);
      assert.equal(code, 2);
      assert.equal(out, '');
      assert.match(err, c.flag);
    });
  }
});
