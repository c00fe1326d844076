import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { RECORDS_CITATIONS as C } from './citations.ts';
import type { AmendmentNotice, AmendmentState, AmendmentStep } from './amendment.ts';
import {
  AMENDMENT_STATES,
  amendmentDecisionDue,
  checkAmendmentStep,
  mayAddStatement,
  statementsToDisclose,
} from './amendment.ts';

describe("amendment of records at a parent's request (PSN, 34 CFR 300.618-300.620)", () => {
  const cases: {
    name: string;
    source: string;
    from: AmendmentState;
    to: AmendmentStep;
    on?: string;
    notices?: AmendmentNotice[];
    refused?: { field: 'state' | 'on'; citation: string; says: RegExp };
  }[] = [
    {
      name: 'the district agrees and changes the information',
      source: C.amendment,
      from: 'requested',
      to: 'amended',
      notices: [],
    },
    {
      name: 'a refusal owes the parent notice of it and of the right to a hearing',
      source: C.amendment,
      from: 'requested',
      to: 'refused',
      notices: ['refusal-and-hearing-right'],
    },
    {
      name: 'after a refusal the parent may request a hearing',
      source: C.hearing,
      from: 'refused',
      to: 'hearing-requested',
      notices: [],
    },
    {
      name: 'a hearing that finds the information inaccurate changes it and informs the parent in writing',
      source: C.hearingResult,
      from: 'hearing-requested',
      to: 'hearing-amended',
      notices: ['amended-after-hearing'],
    },
    {
      name: 'a hearing that keeps the information owes the parent the right to place a statement',
      source: C.hearingResult,
      from: 'hearing-requested',
      to: 'hearing-kept',
      notices: ['statement-right'],
    },
    {
      name: 'the parent may withdraw a request before the decision',
      source: C.amendment,
      from: 'requested',
      to: 'withdrawn',
      notices: [],
    },
    {
      name: 'a hearing is only for a refused request',
      source: C.hearing,
      from: 'requested',
      to: 'hearing-requested',
      refused: { field: 'state', citation: C.hearing, says: /after the district refuses/ },
    },
    {
      name: 'a hearing outcome needs a requested hearing',
      source: C.hearingResult,
      from: 'refused',
      to: 'hearing-kept',
      refused: { field: 'state', citation: C.hearingResult, says: /hearing the parent requested/ },
    },
    {
      name: 'an amended record is closed; disagreeing again is a new request',
      source: C.amendment,
      from: 'amended',
      to: 'refused',
      refused: { field: 'state', citation: C.amendment, says: /closed \(amended\)/ },
    },
    {
      name: 'a refused request cannot be withdrawn; the parent simply does not ask for a hearing',
      source: C.amendment,
      from: 'refused',
      to: 'withdrawn',
      refused: { field: 'state', citation: C.amendment, says: /cannot move from refused/ },
    },
    {
      name: 'a step cannot be dated before the state it leaves',
      source: C.amendment,
      from: 'requested',
      to: 'refused',
      on: '2026-09-30',
      refused: { field: 'on', citation: C.amendment, says: /before the request was requested/ },
    },
  ];
  for (const c of cases)
    test(`${c.name} (${c.source})`, () => {
      const result = checkAmendmentStep({
        from: c.from,
        fromOn: '2026-10-01',
        to: c.to,
        on: c.on ?? '2026-10-10',
      });
      if (c.refused) {
        assert.equal(result.allowed, false);
        if (!result.allowed) {
          assert.equal(result.field, c.refused.field);
          assert.equal(result.citation, c.refused.citation);
          assert.match(result.message, c.refused.says);
        }
      } else {
        assert.equal(result.allowed, true);
        if (result.allowed) {
          assert.deepEqual(
            result.notices.map((n) => n.notice),
            c.notices,
          );
          for (const n of result.notices) assert.equal(n.citation, c.source);
        }
      }
    });

  test(`only a hearing that kept the information opens the statement right (${C.hearingResult})`, () => {
    const open = AMENDMENT_STATES.filter((s) => mayAddStatement(s).allowed);
    assert.deepEqual(open, ['hearing-kept']);
  });
});

describe('a decision within a reasonable period (PSN, 34 CFR 300.618)', () => {
  const cases: [receivedOn: string, days: number, due: string][] = [
    ['2026-10-01', 30, '2026-10-31'],
    ['2026-12-15', 30, '2027-01-14'],
    ['2028-02-01', 29, '2028-03-01'],
  ];
  for (const [receivedOn, days, due] of cases)
    test(`received ${receivedOn}, ${days} days set by the district: due ${due}`, () =>
      assert.equal(amendmentDecisionDue(receivedOn, days), due));
});

describe("a parent's statement is disclosed with its record (PSN, Result of Hearing, 34 CFR 300.620)", () => {
  const statements = [
    { id: 's1', recordId: 'eval-1' },
    { id: 's2', recordId: 'iep-v2' },
  ];
  const cases: { name: string; disclosed: string[]; expect: string[] }[] = [
    {
      name: 'disclosing the contested record carries its statement',
      disclosed: ['eval-1'],
      expect: ['s1'],
    },
    {
      name: 'disclosing both carries both',
      disclosed: ['iep-v2', 'eval-1', 'notice-3'],
      expect: ['s1', 's2'],
    },
    { name: 'other records carry none', disclosed: ['notice-3'], expect: [] },
  ];
  for (const c of cases)
    test(c.name, () =>
      assert.deepEqual(
        statementsToDisclose(c.disclosed, statements).map((s) => s.id),
        c.expect,
      ),
    );
});
