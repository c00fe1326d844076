import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { RECORDS_CITATIONS as C } from './citations.ts';
import type { CatalogEntry, DestructionInput } from './destruction.ts';
import { PERMANENT_RECORD_FIELDS, checkDestruction, destructionAction } from './destruction.ts';

describe(`keep or destroy each field (${C.destruction})`, () => {
  const cases: { name: string; entry: CatalogEntry; action: 'keep' | 'destroy'; source: string }[] =
    [
      {
        name: "the child's name is part of the permanent record",
        entry: { table: 'students', column: 'legal_last_name', holds: 'permanent', field: 'name' },
        action: 'keep',
        source: C.destruction,
      },
      {
        name: 'the grade level completed is part of the permanent record',
        entry: {
          table: 'students',
          column: 'grade',
          holds: 'permanent',
          field: 'grade-level-completed',
        },
        action: 'keep',
        source: C.destruction,
      },
      {
        name: 'the date of birth is not in the permanent record',
        entry: { table: 'students', column: 'date_of_birth', holds: 'personal' },
        action: 'destroy',
        source: C.destruction,
      },
      {
        name: 'a personal identifier such as the student number is destroyed',
        entry: { table: 'students', column: 'student_number', holds: 'personal' },
        action: 'destroy',
        source: C.destruction,
      },
      {
        name: "a parent's name is destroyed (a family member's name is personally identifiable)",
        entry: { table: 'guardians', column: 'full_name', holds: 'personal' },
        action: 'destroy',
        source: C.destruction,
      },
      {
        name: 'the content of an IEP is destroyed',
        entry: { table: 'iep_versions', column: 'content', holds: 'personal' },
        action: 'destroy',
        source: C.destruction,
      },
      {
        name: "the access log's student id stays: without identifiers it identifies nobody",
        entry: { table: 'access_log', column: 'student_id', holds: 'surrogate-key' },
        action: 'keep',
        source: C.definitions,
      },
    ];
  for (const c of cases)
    test(`${c.name} (${c.source})`, () => {
      const decision = destructionAction(c.entry);
      assert.equal(decision.action, c.action);
      assert.equal(decision.citation, c.source);
    });

  test('the permanent record is exactly the eight items the PSN lists', () =>
    assert.deepEqual(
      [...PERMANENT_RECORD_FIELDS],
      [
        'name',
        'address',
        'phone-number',
        'grades',
        'attendance-record',
        'classes-attended',
        'grade-level-completed',
        'year-completed',
      ],
    ));
});

describe('when destruction may run (PSN, 34 CFR 300.624; FERPA 34 CFR 99.10(e))', () => {
  const ready: DestructionInput = {
    parentInformedOn: '2026-06-30',
    parentRequestedOn: '2026-07-15',
    requesterHasAuthority: true,
    inspectionOutstanding: false,
    on: '2026-07-20',
  };
  const cases: {
    name: string;
    source: string;
    input: Partial<DestructionInput>;
    says?: RegExp;
  }[] = [
    {
      name: 'informed, then asked by a parent with authority: destroyed',
      source: C.destruction,
      input: {},
    },
    {
      name: 'the parent must first be informed the information is no longer needed',
      source: C.destruction,
      input: { parentInformedOn: null },
      says: /Inform the parent/,
    },
    {
      name: 'a notice dated after the destruction day does not count',
      source: C.destruction,
      input: { parentInformedOn: '2026-07-21' },
      says: /Inform the parent/,
    },
    {
      name: "destruction is at the parent's request",
      source: C.destruction,
      input: { parentRequestedOn: null },
      says: /at the parent’s request/,
    },
    {
      name: 'a requester without authority over the records cannot ask for it',
      source: C.access,
      input: { requesterHasAuthority: false },
      says: /no recorded authority/,
    },
    {
      name: 'not while a request to inspect the records is open',
      source: C.ferpaNoDestructionWhileRequested,
      input: { inspectionOutstanding: true },
      says: /request to inspect/,
    },
  ];
  for (const c of cases)
    test(`${c.name} (${c.source})`, () => {
      const result = checkDestruction({ ...ready, ...c.input });
      if (c.says === undefined) assert.equal(result.allowed, true);
      else {
        assert.equal(result.allowed, false);
        if (!result.allowed) {
          assert.match(result.message, c.says);
          assert.equal(result.citation, c.source);
        }
      }
    });
});
