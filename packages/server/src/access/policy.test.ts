import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Actor } from './actor.ts';
import type { Relationship, StudentAbilities } from './policy.ts';
import {
  mayAdministerDirectory,
  mayCreateStudents,
  mayReadDirectory,
  studentAbilities,
} from './policy.ts';
import type { StaffRole } from '../db/schema.ts';

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

const none: StudentAbilities = {
  view: false,
  editProfile: false,
  editGuardians: false,
  editEnrollment: false,
  viewAccessLog: false,
  manageCase: false,
};
const viewOnly: StudentAbilities = { ...none, view: true };
const administer: StudentAbilities = {
  view: true,
  editProfile: true,
  editGuardians: true,
  editEnrollment: true,
  viewAccessLog: false,
  manageCase: true,
};

/** Which abilities each relationship gives (DESIGN.md, Access policy; ADR 3). */
const cases: {
  name: string;
  actor: Actor;
  relationships: Relationship[];
  expected: StudentAbilities;
}[] = [
  {
    name: 'no relationship gives nothing, whatever the role',
    actor: actor(['district-admin']),
    relationships: [],
    expected: none,
  },
  {
    name: 'an implementer may read the IEP they implement, and change nothing',
    actor: actor(['teacher']),
    relationships: ['implementer'],
    expected: viewOnly,
  },
  {
    name: 'a program leader may read the students of their site',
    actor: actor(['program-leader']),
    relationships: ['program-leader'],
    expected: viewOnly,
  },
  {
    name: 'a committee member reads their committee’s students',
    actor: actor(['committee-member']),
    relationships: ['committee'],
    expected: viewOnly,
  },
  {
    name: 'the chairperson of the student’s committee administers their records',
    actor: actor(['chairperson']),
    relationships: ['committee'],
    expected: administer,
  },
  {
    name: 'a district administrator administers and reads the record of access',
    actor: actor(['district-admin']),
    relationships: ['district-administrator'],
    expected: { ...administer, viewAccessLog: true },
  },
  {
    name: 'the privacy officer keeps the record of access (34 CFR 300.614, 300.623)',
    actor: actor(['privacy-officer']),
    relationships: ['privacy-officer'],
    expected: { ...viewOnly, viewAccessLog: true },
  },
  {
    name: 'a parent with authority reads their child’s record and its record of access (34 CFR 300.613)',
    actor: actor([], 'parent'),
    relationships: ['guardian'],
    expected: { ...viewOnly, viewAccessLog: true },
  },
  {
    name: 'a chairperson who is not on the student’s committee but implements the IEP only reads it',
    actor: actor(['chairperson', 'teacher']),
    relationships: ['implementer'],
    expected: viewOnly,
  },
];

describe('student abilities', () => {
  for (const c of cases) {
    test(c.name, () =>
      assert.deepEqual(studentAbilities(c.actor, new Set(c.relationships)), c.expected),
    );
  }
});

describe('directory and creation rights', () => {
  test('district administrators and chairpersons add students; nobody else', () => {
    assert.equal(mayCreateStudents(actor(['district-admin'])), true);
    assert.equal(mayCreateStudents(actor(['chairperson'])), true);
    for (const role of ['teacher', 'privacy-officer', 'program-leader', 'auditor'] as const)
      assert.equal(mayCreateStudents(actor([role])), false, role);
    assert.equal(mayCreateStudents(actor([], 'parent')), false);
  });

  test('only district administrators change the directory; staff read it; parents do not', () => {
    assert.equal(mayAdministerDirectory(actor(['district-admin'])), true);
    assert.equal(mayAdministerDirectory(actor(['chairperson'])), false);
    assert.equal(mayReadDirectory(actor(['paraprofessional'])), true);
    assert.equal(mayReadDirectory(actor([], 'parent')), false);
  });
});
