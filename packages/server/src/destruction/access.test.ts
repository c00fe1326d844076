import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createTranslator, locales } from '@continuum/web';
import type { Relationship } from '../access/policy.ts';
import { studentAbilities } from '../access/policy.ts';
import type { StudentGrant } from '../access/student-records.ts';
import type { Actor } from '../access/actor.ts';
import type { StaffRole } from '../db/schema.ts';
import { handlesRecordRights } from '../records-requests/access.ts';
import { mayReadDestruction, mayReadQueue, mayRunDestruction } from './access.ts';
import { destructionPurposes } from './purposes.ts';

/**
 * Who reaches a child's destruction case (34 CFR 300.623: the official responsible for the
 * records' confidentiality, retention and destruction; 300.624: at the parent's request).
 */
const actor = (...roles: StaffRole[]): Actor => ({
  accountId: 'a',
  districtId: 'd',
  kind: roles.length ? 'staff' : 'parent',
  staffId: null,
  roles,
  displayName: 'X',
  email: 'x@x.test',
  secondFactor: true,
});

const grant = (...relationships: Relationship[]): StudentGrant => {
  const set = new Set(relationships);
  return { studentId: 's', relationships: set, abilities: studentAbilities(actor('teacher'), set) };
};

describe('who may do what with a destruction case', () => {
  const cases: {
    name: string;
    relationships: Relationship[];
    read: boolean;
    handle: boolean;
    run: boolean;
  }[] = [
    {
      name: 'the privacy officer reads, informs, records and runs it',
      relationships: ['privacy-officer'],
      read: true,
      handle: true,
      run: true,
    },
    {
      name: 'a district administrator informs and records, but does not run it',
      relationships: ['district-administrator'],
      read: true,
      handle: true,
      run: false,
    },
    {
      name: 'the parent reads their child’s case and asks; nothing else',
      relationships: ['guardian'],
      read: true,
      handle: false,
      run: false,
    },
    {
      name: 'a committee member of the child reaches nothing of it',
      relationships: ['committee'],
      read: false,
      handle: false,
      run: false,
    },
    {
      name: 'an implementer of the child’s IEP reaches nothing of it',
      relationships: ['implementer'],
      read: false,
      handle: false,
      run: false,
    },
  ];
  for (const c of cases)
    test(c.name, () => {
      const g = grant(...c.relationships);
      assert.deepEqual(
        [mayReadDestruction(g), handlesRecordRights(g), mayRunDestruction(g)],
        [c.read, c.handle, c.run],
      );
    });
});

describe("who lists the district's queue and permanent records", () => {
  test('the privacy officer and district administrators', () => {
    assert.equal(mayReadQueue(actor('privacy-officer')), true);
    assert.equal(mayReadQueue(actor('district-admin')), true);
  });
  test('no one else: a chairperson, a teacher, an auditor, a parent', () => {
    for (const a of [actor('chairperson'), actor('teacher'), actor('auditor'), actor()])
      assert.equal(mayReadQueue(a), false);
  });
});

describe('the record of access words what this module logs, in both languages', () => {
  for (const locale of locales)
    test(locale, () => {
      const i18n = createTranslator(locale);
      const ids = [
        'accessLog.recordType.records-destruction',
        'accessLog.actionName.destroy',
        'recordsLists.type.records-destruction',
        'recordsLists.typeHolds.records-destruction',
        ...destructionPurposes.map((p) => `accessLog.purposeName.${p}`),
      ];
      assert.deepEqual(
        ids.filter((id) => !i18n.has(id)),
        [],
      );
    });
});
