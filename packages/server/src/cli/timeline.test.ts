import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NYC_STYLE_CALENDAR, ONE_YEAR_CALENDAR } from '@continuum/rules/calendar/fixtures.ts';
import type { CliIo } from './io.ts';
import { timeline } from './timeline.ts';

const dir = mkdtempSync(join(tmpdir(), 'continuum-timeline-'));
function file(name: string, value: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, typeof value === 'string' ? value : JSON.stringify(value));
  return path;
}
async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: CliIo = { out: (t) => void (out += t), err: (t) => void (err += t) };
  const code = await timeline(args, io);
  return { code, out, err };
}

const calendar = file('calendar.json', ONE_YEAR_CALENDAR);
const fullCalendar = file('full.json', NYC_STYLE_CALENDAR);
const preschoolCase = file('case.json', {
  asOf: '2026-11-22',
  student: { dateOfBirth: '2023-05-10', level: 'preschool' },
  events: [
    { type: 'consent-initial-evaluation', date: '2026-10-01' },
    { type: 'cpse-meeting', date: '2026-11-20' },
  ],
});

describe('continuum timeline', () => {
  test('prints the deadlines of the catalog example, hand-checked against the 2026-27 calendar', async () => {
    const { code, out, err } = await run(['--calendar', calendar, '--case', preschoolCase]);
    assert.equal(err, '');
    assert.equal(code, 0);
    const { deadlines } = JSON.parse(out) as {
      deadlines: { rule: string; due: string; status: string; citation: string; basis: string }[];
    };
    assert.deepEqual(
      deadlines.map((d) => [d.rule, d.due, d.status]),
      [
        // 20 school days after Oct 1: Oct 2..30 skipping Columbus Day (Oct 12).
        ['preschool-evaluation', '2026-10-30', 'overdue'],
        // 60 calendar days after Oct 1.
        ['cpse-meeting', '2026-11-30', 'met'],
        // min(60 school days after consent = Jan 11, 30 school days after the Nov 20 meeting = Jan 14).
        ['preschool-services', '2027-01-11', 'open'],
      ],
    );
    assert.equal(
      deadlines[1]?.citation,
      'PSN NYC addendum, Preschool Timelines, Initial Evaluation',
    );
    assert.equal(
      deadlines[1]?.basis,
      '60 calendar days after consent-initial-evaluation on 2026-10-01',
    );
  });

  test('the nys profile leaves out the NYC-only rules', async () => {
    const schoolAge = file('school-age.json', {
      asOf: '2026-11-22',
      student: { dateOfBirth: '2015-05-10', level: 'school-age' },
      events: [{ type: 'consent-initial-evaluation', date: '2026-10-01' }],
    });
    const nyc = JSON.parse((await run(['--calendar', calendar, '--case', schoolAge])).out) as {
      deadlines: { rule: string }[];
    };
    const nys = await run(['--calendar', calendar, '--case', schoolAge, '--profile', 'nys']);
    assert.deepEqual(
      nyc.deadlines.map((d) => d.rule),
      ['initial-evaluation-to-services', 'p1-letter'],
    );
    assert.deepEqual(JSON.parse(nys.out), { deadlines: [] });
  });

  const invalid: [string, () => string[], RegExp][] = [
    [
      'an unknown event type',
      () => [
        '--calendar',
        calendar,
        '--case',
        file('unknown.json', {
          asOf: '2026-11-22',
          student: { dateOfBirth: '2023-05-10', level: 'preschool' },
          events: [
            { type: 'cpse-meeting', date: '2026-11-20' },
            { type: 'foo', date: '2026-11-20' },
          ],
        }),
      ],
      /case: events\[1\]\.type: unknown event type "foo"/,
    ],
    [
      'a malformed date',
      () => [
        '--calendar',
        calendar,
        '--case',
        file('date.json', {
          asOf: '2026-11-22',
          student: { dateOfBirth: '2023-05-10', level: 'preschool' },
          events: [{ type: 'cpse-meeting', date: '2026-02-30' }],
        }),
      ],
      /case: events\[0\]\.date: must be a date YYYY-MM-DD/,
    ],
    [
      'an event before birth',
      () => [
        '--calendar',
        calendar,
        '--case',
        file('birth.json', {
          asOf: '2026-11-22',
          student: { dateOfBirth: '2023-05-10', level: 'preschool' },
          events: [{ type: 'cpse-meeting', date: '2022-11-20' }],
        }),
      ],
      /case: events\[0\]\.date: is before the student's date of birth/,
    ],
    [
      'a missing required field',
      () => [
        '--calendar',
        calendar,
        '--case',
        file('field.json', {
          asOf: '2026-11-22',
          student: { dateOfBirth: '2013-05-10', level: 'school-age' },
          events: [{ type: 'removal', date: '2026-11-20', reason: 'conduct' }],
        }),
      ],
      /case: events\[0\]\.schoolDays/,
    ],
    [
      'a day the calendar does not cover',
      () => [
        '--calendar',
        calendar,
        '--case',
        file('cover.json', {
          asOf: '2027-05-10',
          student: { dateOfBirth: '2013-05-10', level: 'school-age' },
          events: [{ type: 'consent-initial-evaluation', date: '2027-05-03' }],
        }),
      ],
      /calendar\.schoolYears: .*does not list .* after 2027-06-25/,
    ],
    [
      'bad JSON',
      () => ['--calendar', file('bad.json', '{ "name": '), '--case', preschoolCase],
      /calendar: ".*bad\.json" is not valid JSON/,
    ],
    [
      'a bad calendar field',
      () => [
        '--calendar',
        file('badcal.json', {
          name: 'x',
          schoolYears: [{ id: 'a', firstDay: '2026-09-10', lastDay: '2026-09-01' }],
        }),
        '--case',
        preschoolCase,
      ],
      /calendar: schoolYears\[0\]\.lastDay: must be a date YYYY-MM-DD on or after firstDay/,
    ],
    [
      'a missing file',
      () => ['--calendar', join(dir, 'nope.json'), '--case', preschoolCase],
      /calendar: cannot read file/,
    ],
    ['a missing flag', () => ['--calendar', calendar], /missing --case/],
    [
      'an unknown profile',
      () => ['--calendar', calendar, '--case', preschoolCase, '--profile', 'nj'],
      /--profile: must be nyc or nys/,
    ],
  ];
  for (const [name, args, message] of invalid) {
    test(`${name} exits 2, names the field on stderr and prints nothing on stdout`, async () => {
      const { code, out, err } = await run(args());
      assert.equal(code, 2);
      assert.equal(out, '');
      assert.match(err, message);
    });
  }

  test('the full three-year calendar covers a count that runs into the next school year', async () => {
    const c = file('summer.json', {
      asOf: '2027-05-10',
      student: { dateOfBirth: '2013-05-10', level: 'school-age' },
      events: [{ type: 'consent-initial-evaluation', date: '2027-05-03' }],
    });
    const { code, out } = await run(['--calendar', fullCalendar, '--case', c]);
    assert.equal(code, 0);
    assert.match(out, /"due": "2027-08-02"/);
  });
});
