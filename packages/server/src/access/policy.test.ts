import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Actor } from './actor.ts';
import type { Relationship, StudentAbilities } from './policy.ts';
import {
  mayAdministerDirectory,
  mayCreateStudents,
  mayManageReviewDesignees,
  mayViewDistributionReadiness,
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
  manageImplementers: false,
  recordReviews: false,
};
const viewOnly: StudentAbilities = { ...none, view: true };
const administer: StudentAbilities = {
  view: true,
  editProfile: true,
  editGuardians: true,
  editEnrollment: true,
  viewAccessLog: false,
  manageCase: true,
  manageImplementers: true,
  recordReviews: false,
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
    name: 'a teacher implementing the IEP reads it and reviews it with paraprofessionals (PREK, Accessibility and Storage)',
    actor: actor(['teacher']),
    relationships: ['implementer'],
    expected: { ...viewOnly, recordReviews: true },
  },
  {
    name: 'a paraprofessional implementing the IEP reads it, and reviews it with nobody (PREK, Accessibility and Storage)',
    actor: actor(['paraprofessional']),
    relationships: ['implementer'],
    expected: viewOnly,
  },
  {
    name: 'a program leader reads the students of their site, assigns their implementers and reviews the IEP with them (PREK, Accessibility and Storage)',
    actor: actor(['program-leader']),
    relationships: ['program-leader'],
    expected: { ...viewOnly, manageImplementers: true, recordReviews: true },
  },
  {
    name: 'the program leader’s designee reads the IEPs of the site and reviews them, but assigns nobody (PREK: "program leader ... or designee")',
    actor: actor(['teacher']),
    relationships: ['leader-designee'],
    expected: { ...viewOnly, recordReviews: true },
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
    name: 'a chairperson who is not on the student’s committee but implements the IEP reads it and reviews it with paraprofessionals',
    actor: actor(['chairperson', 'teacher']),
    relationships: ['implementer'],
    expected: { ...viewOnly, recordReviews: true },
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

  test('program leaders, chairpersons and district administrators see IEP distribution readiness (PREK, Accessibility and Storage)', () => {
    for (const role of ['program-leader', 'chairperson', 'district-admin'] as const)
      assert.equal(mayViewDistributionReadiness(actor([role])), true, role);
    for (const role of ['teacher', 'committee-member', 'privacy-officer', 'auditor'] as const)
      assert.equal(mayViewDistributionReadiness(actor([role])), false, role);
    assert.equal(mayViewDistributionReadiness(actor([], 'parent')), false);
  });

  test('the program leader of a site names its review designees; district administrators read and end them (PREK: "or designee")', () => {
    const leader = actor(['program-leader']);
    assert.deepEqual(mayManageReviewDesignees(leader, { leads: true }), {
      read: true,
      name: true,
      end: true,
    });
    assert.deepEqual(mayManageReviewDesignees(leader, { leads: false }), {
      read: false,
      name: false,
      end: false,
    });
    assert.deepEqual(mayManageReviewDesignees(actor(['district-admin']), { leads: false }), {
      read: true,
      name: false,
      end: true,
    });
    assert.deepEqual(mayManageReviewDesignees(actor(['teacher']), { leads: true }), {
      read: false,
      name: false,
      end: false,
    });
  });
});
