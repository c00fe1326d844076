import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Actor } from '../access/actor.ts';
import type { Relationship } from '../access/policy.ts';
import { studentAbilities } from '../access/policy.ts';
import type { StudentGrant } from '../access/student-records.ts';
import type { StaffRole } from '../db/schema.ts';
import { mayReadAmendments } from './access.ts';
import { mayActForParent, handlesRecordRights } from '../records-requests/access.ts';

/**
 * Who reaches a child's amendment requests once the access policy found a relationship (34 CFR
 * 300.618-300.623): the table reads as the module's policy; the matrix test checks the routes.
 */
const actor = (roles: StaffRole[]): Actor => ({
  accountId: 'a',
  districtId: 'd',
  kind: roles.length ? 'staff' : 'parent',
  staffId: roles.length ? 's' : null,
  roles,
  displayName: 'X',
  email: 'x@example.test',
  secondFactor: false,
});
const grant = (a: Actor, relationships: Relationship[]): StudentGrant => {
  const set = new Set(relationships);
  return { studentId: 's', relationships: set, abilities: studentAbilities(a, set) };
};

const cases: {
  name: string;
  roles: StaffRole[];
  relationships: Relationship[];
  read: boolean;
  parentSteps: boolean;
  decide: boolean;
}[] = [
  {
    name: "the child's parent reads, asks, requests the hearing and places a statement, but does not decide",
    roles: [],
    relationships: ['guardian'],
    read: true,
    parentSteps: true,
    decide: false,
  },
  {
    name: 'the privacy officer, responsible for the confidentiality of the records, decides and records',
    roles: ['privacy-officer'],
    relationships: ['privacy-officer'],
    read: true,
    parentSteps: true,
    decide: true,
  },
  {
    name: 'a district administrator acts for the district',
    roles: ['district-admin'],
    relationships: ['district-administrator'],
    read: true,
    parentSteps: true,
    decide: true,
  },
  {
    name: "the committee's chairperson reads the requests and statements, nothing more",
    roles: ['chairperson'],
    relationships: ['committee'],
    read: true,
    parentSteps: false,
    decide: false,
  },
  {
    name: 'a committee member is related to the child but does not reach the requests',
    roles: ['committee-member'],
    relationships: ['committee'],
    read: false,
    parentSteps: false,
    decide: false,
  },
  {
    name: 'a teacher implementing the IEP does not reach the requests',
    roles: ['teacher'],
    relationships: ['implementer'],
    read: false,
    parentSteps: false,
    decide: false,
  },
  {
    name: 'a program leader of the child’s school does not reach the requests',
    roles: ['program-leader'],
    relationships: ['program-leader'],
    read: false,
    parentSteps: false,
    decide: false,
  },
];

describe("who reaches a child's amendment requests", () => {
  for (const c of cases)
    test(c.name, () => {
      const a = actor(c.roles);
      const g = grant(a, c.relationships);
      assert.deepEqual(
        [mayReadAmendments(a, g), mayActForParent(g), handlesRecordRights(g)],
        [c.read, c.parentSteps, c.decide],
      );
    });
});
