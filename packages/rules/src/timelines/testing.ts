// Test support for the rule tables: each family's `*.cases.ts` lists its cases, its
// `*.test.ts` runs them here, and catalog.test.ts counts them per rule id.
// eslint-disable-next-line no-restricted-imports -- the test runner, not product code
import { describe, test } from 'node:test';
// eslint-disable-next-line no-restricted-imports -- the test runner, not product code
import assert from 'node:assert/strict';
import { compileCalendar, type CompiledCalendar } from '../calendar/compile.ts';
import { parseCalendar } from '../calendar/schema.ts';
import { NYC_STYLE_CALENDAR, ONE_YEAR_CALENDAR } from '../calendar/fixtures.ts';
import { parseCase, type Level } from './case.ts';
import { RULES_BY_ID } from './catalog.ts';
import type { CatalogId } from './ids.ts';
import { entryToJson, evaluateRule } from './timeline.ts';
import type { Profile, Status } from './types.ts';

/** Expected entry: due date (or timestamp, or null), status, and optionally a basis fragment and finding. */
export type Expected = readonly [
  due: string | null,
  status: Status,
  basis?: string,
  finding?: string,
];

export interface RuleCase {
  readonly rule: CatalogId;
  /** Reads as the regulation: "the CPSE meeting is due 60 calendar days after consent". */
  readonly name: string;
  /** The source passage the case checks. */
  readonly source: string;
  readonly level?: Level;
  readonly asOf: string;
  readonly events: readonly Record<string, unknown>[];
  readonly profile?: Profile;
  readonly calendar?: 'one-year';
  /** The entries in due order, or the message of the input error. */
  readonly expect: readonly Expected[] | RegExp;
}

export function ev(
  type: string,
  date: string,
  extra: Record<string, unknown> = {},
): Record<string, unknown> {
  return { type, date, ...extra };
}

const calendars: Record<'full' | 'one-year', CompiledCalendar> = {
  full: compileCalendar(parseCalendar(NYC_STYLE_CALENDAR)),
  'one-year': compileCalendar(parseCalendar(ONE_YEAR_CALENDAR)),
};

export function runCases(family: string, cases: readonly RuleCase[]): void {
  void describe(family, () => {
    for (const c of cases) {
      void test(`${c.rule}: ${c.name} (${c.source})`, () => {
        const rule = RULES_BY_ID.get(c.rule);
        assert.ok(rule, `no implementation of ${c.rule}`);
        const run = () =>
          evaluateRule(
            rule,
            parseCase({
              asOf: c.asOf,
              student: { dateOfBirth: '2020-01-15', level: c.level ?? 'school-age' },
              events: c.events,
            }),
            calendars[c.calendar ?? 'full'],
            { profile: c.profile ?? 'nyc' },
          ).map(entryToJson);
        if (c.expect instanceof RegExp) {
          assert.throws(run, c.expect);
          return;
        }
        const got = run();
        assert.deepEqual(
          got.map((e) => [e.due, e.status]),
          c.expect.map(([due, status]) => [due, status]),
          JSON.stringify(got, null, 1),
        );
        c.expect.forEach(([, , basis, finding], i) => {
          if (basis !== undefined)
            assert.ok(got[i]?.basis.includes(basis), `basis "${got[i]?.basis}" lacks "${basis}"`);
          if (finding !== undefined) assert.equal(got[i]?.finding, finding);
          assert.equal(got[i]?.citation, rule.citation);
        });
      });
    }
  });
}
