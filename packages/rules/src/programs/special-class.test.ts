import { test, describe } from 'node:test';

import assert from 'node:assert/strict';
import { checkSpecialClass, requiredSupplementaryStaff } from './special-class.ts';
import type { SpecialClassSection } from './special-class.ts';
import { PROGRAMS } from './catalog.ts';
import type { SpecialClassId } from './catalog.ts';

const PLAN = 'PLAN, Special Class';
const BOCES = 'PLAN, Out-of-district BOCES Services';
const ids = (n: number) => Array.from({ length: n }, (_, i) => `s${i}`);
const section = (
  program: SpecialClassId,
  students: number,
  teachers: number,
  supplementaryStaff: number,
): SpecialClassSection => ({
  program,
  studentIds: ids(students),
  teachers,
  supplementaryStaff,
});

describe('special class size and staffing, from the ratio in the program id', () => {
  const cases: {
    name: string;
    source: string;
    section: SpecialClassSection;
    expect: Record<string, number>[];
  }[] = [
    {
      name: 'a 15:1 class of exactly 15 students with one teacher is within its ratio',
      source: PLAN,
      section: section('special-class-15-1', 15, 1, 0),
      expect: [],
    },
    {
      name: 'a 15:1 class of 16 students exceeds 15',
      source: PLAN,
      section: section('special-class-15-1', 16, 1, 0),
      expect: [{ students: 16, maxStudents: 15 }],
    },
    {
      name: 'a 15:1 class without a special education teacher is understaffed',
      source: PLAN,
      section: section('special-class-15-1', 10, 0, 0),
      expect: [{ teachers: 0, teachersRequired: 1 }],
    },
    {
      name: 'a 12:1:1 class of 12 with a teacher and a para present is within its ratio',
      source: PLAN,
      section: section('special-class-12-1-1', 12, 1, 1),
      expect: [],
    },
    {
      name: 'a 12:1:1 class of 13 students exceeds 12',
      source: PLAN,
      section: section('special-class-12-1-1', 13, 1, 1),
      expect: [{ students: 13, maxStudents: 12 }],
    },
    {
      name: 'a 12:1:1 class with no para present is understaffed',
      source: PLAN,
      section: section('special-class-12-1-1', 12, 1, 0),
      expect: [{ supplementaryStaff: 0, supplementaryStaffRequired: 1 }],
    },
    {
      name: 'a 12:1+(3:1) class of 12 needs four supplementary staff, one for every three students',
      source: PLAN,
      section: section('special-class-12-1-3-1', 12, 1, 4),
      expect: [],
    },
    {
      name: 'a 12:1+(3:1) class of 12 with three supplementary staff is understaffed',
      source: PLAN,
      section: section('special-class-12-1-3-1', 12, 1, 3),
      expect: [{ supplementaryStaff: 3, supplementaryStaffRequired: 4 }],
    },
    {
      name: 'a 12:1+(3:1) class of 10 needs four supplementary staff (ten students make four groups of up to three)',
      source: PLAN,
      section: section('special-class-12-1-3-1', 10, 1, 3),
      expect: [{ supplementaryStaff: 3, supplementaryStaffRequired: 4 }],
    },
    {
      name: 'a 12:1+(3:1) class of 9 is staffed by three supplementary staff',
      source: PLAN,
      section: section('special-class-12-1-3-1', 9, 1, 3),
      expect: [],
    },
    {
      name: 'a BOCES 6:1:1 class of 7 exceeds 6',
      source: BOCES,
      section: section('special-class-6-1-1', 7, 1, 1),
      expect: [{ students: 7, maxStudents: 6 }],
    },
    {
      name: 'a BOCES 8:1:1 class of 8 with a teacher and an aide is within its ratio',
      source: BOCES,
      section: section('special-class-8-1-1', 8, 1, 1),
      expect: [],
    },
    {
      name: 'a BOCES 8:1:3 class with two aides is short of three',
      source: BOCES,
      section: section('special-class-8-1-3', 8, 1, 2),
      expect: [{ supplementaryStaff: 2, supplementaryStaffRequired: 3 }],
    },
    {
      name: 'a BOCES 12:1:1 class of 13 exceeds 12',
      source: BOCES,
      section: section('special-class-12-1-1-boces', 13, 1, 1),
      expect: [{ students: 13, maxStudents: 12 }],
    },
    {
      name: 'a student listed twice in a 15:1 class counts once',
      source: PLAN,
      section: { ...section('special-class-15-1', 15, 1, 0), studentIds: [...ids(15), 's0'] },
      expect: [],
    },
  ];
  for (const c of cases) {
    test(`${c.name} (${c.source})`, () => {
      const found = checkSpecialClass(c.section);
      assert.equal(found.length, c.expect.length);
      found.forEach((v, i) => {
        assert.equal(v.program, c.section.program);
        assert.equal(v.citation, PROGRAMS[c.section.program].citation);
        for (const [key, value] of Object.entries(c.expect[i] ?? {}))
          assert.equal(v.facts[key], value, key);
      });
    });
  }

  test('a negative staff count is refused, naming the field', () => {
    assert.throws(() => checkSpecialClass(section('special-class-15-1', 10, -1, 0)), {
      field: 'teachers',
    });
  });

  test('the per-student rule rounds a partial group of three up', () => {
    const { ratio } = PROGRAMS['special-class-12-1-3-1'].limits;
    assert.deepEqual(
      [0, 1, 3, 4, 12].map((n) => requiredSupplementaryStaff(ratio, n)),
      [0, 1, 1, 2, 4],
    );
  });
});
