import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { RECORDS_CITATIONS as C } from './citations.ts';
import type { FeeLine } from './fees.ts';
import { checkFeeSchedule, copyFee } from './fees.ts';

describe("a district's fee schedule (PSN, Fees, 34 CFR 300.617)", () => {
  const cases: { name: string; schedule: FeeLine[]; problems: [line: number, says: RegExp][] }[] = [
    {
      name: 'a fee for copies may be charged',
      schedule: [{ kind: 'copy-per-page', cents: 25 }],
      problems: [],
    },
    {
      name: 'search and retrieval may be listed at zero',
      schedule: [
        { kind: 'copy-per-page', cents: 10 },
        { kind: 'search', cents: 0 },
        { kind: 'retrieval', cents: 0 },
      ],
      problems: [],
    },
    {
      name: 'no fee to search for information',
      schedule: [{ kind: 'search', cents: 500 }],
      problems: [[0, /may not charge a fee to search for information/]],
    },
    {
      name: 'no fee to retrieve information',
      schedule: [
        { kind: 'copy-per-page', cents: 10 },
        { kind: 'retrieval', cents: 100 },
      ],
      problems: [[1, /may not charge a fee to retrieve information/]],
    },
    {
      name: 'a fee is a whole, non-negative number of cents',
      schedule: [{ kind: 'copy-per-page', cents: 2.5 }],
      problems: [[0, /whole number of cents/]],
    },
    {
      name: 'each kind appears once',
      schedule: [
        { kind: 'copy-per-page', cents: 10 },
        { kind: 'copy-per-page', cents: 20 },
      ],
      problems: [[1, /appears once/]],
    },
  ];
  for (const c of cases)
    test(`${c.name} (${C.fees})`, () => {
      const problems = checkFeeSchedule(c.schedule);
      assert.equal(problems.length, c.problems.length);
      c.problems.forEach(([line, says], i) => {
        assert.equal(problems[i]?.line, line);
        assert.match(problems[i]?.message ?? '', says);
        assert.equal(problems[i]?.citation, C.fees);
      });
    });
});

describe('what a parent owes for copies (PSN, Fees, 34 CFR 300.617)', () => {
  const schedule: FeeLine[] = [
    { kind: 'copy-per-page', cents: 15 },
    { kind: 'search', cents: 0 },
  ];
  const cases: {
    name: string;
    schedule?: FeeLine[];
    pages: number;
    feePreventsAccess: boolean;
    owedCents: number;
    says: RegExp;
  }[] = [
    {
      name: "copies cost the district's fee per page",
      pages: 40,
      feePreventsAccess: false,
      owedCents: 600,
      says: /40 pages .* no fee for search or retrieval/,
    },
    {
      name: 'one page',
      pages: 1,
      feePreventsAccess: false,
      owedCents: 15,
      says: /^1 page at/,
    },
    {
      name: 'a fee that would prevent the parent from inspecting and reviewing is waived',
      pages: 40,
      feePreventsAccess: true,
      owedCents: 0,
      says: /Waived: a fee may not prevent/,
    },
    {
      name: 'a district that sets no copy fee charges nothing',
      schedule: [],
      pages: 40,
      feePreventsAccess: false,
      owedCents: 0,
      says: /No fee/,
    },
    {
      name: 'a search or retrieval line is never charged, even if a schedule slipped one in',
      schedule: [{ kind: 'retrieval', cents: 900 }],
      pages: 3,
      feePreventsAccess: false,
      owedCents: 0,
      says: /never for search or retrieval/,
    },
  ];
  for (const c of cases)
    test(`${c.name} (${C.fees})`, () => {
      const fee = copyFee({
        schedule: c.schedule ?? schedule,
        pages: c.pages,
        feePreventsAccess: c.feePreventsAccess,
      });
      assert.equal(fee.owedCents, c.owedCents);
      assert.match(fee.why, c.says);
      assert.equal(fee.citation, C.fees);
    });
});
