import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { RECORDS_CITATIONS as C } from './citations.ts';
import type { AccessEntryDraft } from './record-of-access.ts';
import { recordOfAccessProblems } from './record-of-access.ts';

const entry = (over: Partial<AccessEntryDraft>): AccessEntryDraft => ({
  party: 'other',
  partyName: 'Hudson Valley Transition Services',
  date: '2026-10-01',
  purpose: 'transition planning',
  ...over,
});

describe(`the record of access (${C.recordOfAccess})`, () => {
  const cases: { name: string; entry: Partial<AccessEntryDraft>; missing: string[] }[] = [
    { name: 'another party with name, date and purpose is complete', entry: {}, missing: [] },
    {
      name: 'another party needs its name, the date and the purpose',
      entry: { partyName: ' ', date: '', purpose: '' },
      missing: ['partyName', 'date', 'purpose'],
    },
    {
      name: "a parent's own access is not required by the law (Continuum logs it anyway)",
      entry: { party: 'parent', partyName: '', purpose: '' },
      missing: [],
    },
    {
      name: "an authorized employee's access is not required by the law (Continuum logs it anyway)",
      entry: { party: 'authorized-employee', partyName: '' },
      missing: [],
    },
  ];
  for (const c of cases)
    test(c.name, () => {
      const problems = recordOfAccessProblems(entry(c.entry));
      assert.deepEqual(
        problems.map((p) => p.field),
        c.missing,
      );
      for (const p of problems) assert.equal(p.citation, C.recordOfAccess);
    });
});
