import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { checkDisclosure, RECORDS_CITATIONS } from '@continuum/rules/records/index.ts';
import type { Actor } from '../access/actor.ts';
import type { Relationship } from '../access/policy.ts';
import { studentAbilities } from '../access/policy.ts';
import type { StudentGrant } from '../access/student-records.ts';
import type { StaffRole } from '../db/schema.ts';
import type { RecordType } from '../access/access-log.ts';
import { mayReadDisclosures, mayReadRecordOfAccess, mayRecordDisclosures } from './access.ts';
import { categoriesOf } from './record-categories.ts';

const actor = (roles: StaffRole[], kind: 'staff' | 'parent' = 'staff'): Actor => ({
  accountId: 'a',
  districtId: 'd',
  kind,
  staffId: kind === 'staff' ? 's' : null,
  roles,
  displayName: 'X',
  email: 'x@example.test',
  secondFactor: false,
});
const grant = (who: Actor, relationships: Relationship[]): StudentGrant => ({
  studentId: 'st',
  relationships: new Set(relationships),
  abilities: studentAbilities(who, new Set(relationships)),
});

/** Who reaches a child's disclosures and record of access (34 CFR 300.613-300.614, 300.623). */
const cases: {
  name: string;
  actor: Actor;
  relationships: Relationship[];
  record: boolean;
  read: boolean;
  recordOfAccess: boolean;
}[] = [
  {
    name: 'the privacy officer records disclosures and reads the record of access (300.623)',
    actor: actor(['privacy-officer']),
    relationships: ['privacy-officer'],
    record: true,
    read: true,
    recordOfAccess: true,
  },
  {
    name: 'a district administrator acts for the district',
    actor: actor(['district-admin']),
    relationships: ['district-administrator'],
    record: true,
    read: true,
    recordOfAccess: true,
  },
  {
    name: "the parent reads their child's record of access and disclosures, and records none (300.613-300.614)",
    actor: actor([], 'parent'),
    relationships: ['guardian'],
    record: false,
    read: true,
    recordOfAccess: true,
  },
  {
    name: "the committee's chairperson reads the disclosures only",
    actor: actor(['chairperson']),
    relationships: ['committee'],
    record: false,
    read: true,
    recordOfAccess: false,
  },
  {
    name: 'a committee member reads neither',
    actor: actor(['committee-member']),
    relationships: ['committee'],
    record: false,
    read: false,
    recordOfAccess: false,
  },
  {
    name: 'a teacher implementing the IEP reads neither',
    actor: actor(['teacher']),
    relationships: ['implementer'],
    record: false,
    read: false,
    recordOfAccess: false,
  },
  {
    name: 'a program leader reads neither',
    actor: actor(['program-leader']),
    relationships: ['program-leader'],
    record: false,
    read: false,
    recordOfAccess: false,
  },
];

describe('who reaches disclosures and the record of access', () => {
  for (const c of cases)
    test(c.name, () => {
      const g = grant(c.actor, c.relationships);
      assert.deepEqual(
        [mayRecordDisclosures(g), mayReadDisclosures(c.actor, g), mayReadRecordOfAccess(g)],
        [c.record, c.read, c.recordOfAccess],
      );
      // The student page links each page on the abilities that hold for the same readers.
      assert.equal(g.abilities.viewAccessLog || g.abilities.manageCase, c.read);
      assert.equal(g.abilities.viewAccessLog, c.recordOfAccess);
    });
});

/** What a crime report may carry, by the record types disclosed (34 CFR 300.535). */
const crimeReport: { name: string; types: RecordType[]; allowed: boolean }[] = [
  {
    name: 'the IEP and the evaluations are special education records: they go with the report',
    types: ['iep', 'evaluation', 'student-profile'],
    allowed: true,
  },
  {
    name: "the family's contact details are not: they need the parent's consent",
    types: ['iep', 'guardians'],
    allowed: false,
  },
  {
    name: 'the record of access is not the special education record',
    types: ['access-log'],
    allowed: false,
  },
];

describe('a crime report carries the special education and disciplinary records only', () => {
  for (const c of crimeReport)
    test(c.name, () => {
      const check = checkDisclosure(
        {
          recipient: 'crime-report-authority',
          forPartBRequirement: false,
          ferpaAuthority: '34 CFR 99.31(a)(9)(i)',
          records: categoriesOf(c.types),
        },
        null,
      );
      assert.equal(check.allowed, c.allowed);
      if (!check.allowed) assert.equal(check.citation, RECORDS_CITATIONS.crimeReport);
    });
});
