import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { RECORDS_CITATIONS as C } from './citations.ts';
import type { InspectionInput, InspectionRefusal } from './inspection.ts';
import { ageOn, checkInspectionRequest } from './inspection.ts';

const ON = '2026-10-01';

describe('who may inspect and review the records (PSN, Access Rights, 34 CFR 300.613)', () => {
  const cases: {
    name: string;
    source: string;
    requester: InspectionInput['requester'];
    refused?: InspectionRefusal;
    says: RegExp;
  }[] = [
    {
      name: 'a parent is presumed to have authority when no limit is recorded',
      source: C.access,
      requester: { kind: 'parent', limit: null },
      says: /presumed .* no limit is recorded/,
    },
    {
      name: 'a divorce order that only limits educational decisions leaves the right to inspect',
      source: C.access,
      requester: { kind: 'parent', limit: { basis: 'divorce', removesRecordsAccess: false } },
      says: /divorce limit does not remove it/,
    },
    {
      name: 'a recorded guardianship limit that removes access is refused',
      source: C.access,
      requester: {
        kind: 'parent',
        limit: { basis: 'guardianship', removesRecordsAccess: true },
      },
      refused: 'authority-limited',
      says: /guardianship limit that removes this parent's authority/,
    },
    {
      name: 'a separation agreement that removes access names what it is',
      source: C.access,
      requester: { kind: 'parent', limit: { basis: 'other', removesRecordsAccess: true } },
      refused: 'authority-limited',
      says: /court order or agreement/,
    },
    {
      name: "a representative may inspect with the parent's authorization",
      source: C.access,
      requester: { kind: 'representative', authorizedBy: { limit: null } },
      says: /presumed/,
    },
    {
      name: 'a representative without a recorded authorization is refused',
      source: C.access,
      requester: { kind: 'representative', authorizedBy: null },
      refused: 'no-authorization',
      says: /Record the parent's authorization/,
    },
    {
      name: 'a representative of a parent whose access was removed is refused',
      source: C.access,
      requester: {
        kind: 'representative',
        authorizedBy: { limit: { basis: 'separation', removesRecordsAccess: true } },
      },
      refused: 'authority-limited',
      says: /authorizing parent's authority/,
    },
    {
      name: 'a student who has reached the age of majority (18) may inspect their records',
      source: C.disclosure,
      requester: { kind: 'student', dateOfBirth: '2008-10-01' },
      says: /age of majority \(18\)/,
    },
    {
      name: 'a student of 17 is refused: the parent asks',
      source: C.disclosure,
      requester: { kind: 'student', dateOfBirth: '2008-10-02' },
      refused: 'not-of-age',
      says: /Until then the parent asks/,
    },
  ];

  for (const c of cases)
    test(`${c.name} (${c.source})`, () => {
      const result = checkInspectionRequest({ requester: c.requester, on: ON });
      if (c.refused === undefined) {
        assert.equal(result.allowed, true);
        if (result.allowed) assert.match(result.basis, c.says);
      } else {
        assert.equal(result.allowed, false);
        if (!result.allowed) {
          assert.equal(result.reason, c.refused);
          assert.equal(result.field, 'requester');
          assert.match(result.message, c.says);
        }
      }
      assert.equal(result.citation, c.source);
    });
});

describe('age on a day (the age of majority, 34 CFR 300.622)', () => {
  const cases: [dateOfBirth: string, on: string, age: number][] = [
    ['2008-10-01', '2026-10-01', 18],
    ['2008-10-01', '2026-09-30', 17],
    ['2008-02-29', '2026-02-28', 17],
    ['2008-02-29', '2026-03-01', 18],
    ['2008-02-29', '2028-02-29', 20],
  ];
  for (const [dateOfBirth, on, age] of cases)
    test(`born ${dateOfBirth}, on ${on}: ${age}`, () => assert.equal(ageOn(dateOfBirth, on), age));
});
