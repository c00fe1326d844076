import { test, describe } from 'node:test';

import assert from 'node:assert/strict';
import { checkCpseMembership, checkSubcommitteeAuthority } from './committee.ts';
import type { CommitteeRecommendation, CpseRole, Placement } from './committee.ts';
import type { ProgramId } from './catalog.ts';

const AUTHORITY = 'PLAN, CSE appointment, Responsibilities';
const at = (program: ProgramId, where: Partial<Placement> = {}): Placement => ({
  program,
  outsideSchoolOfAttendance: false,
  outOfDistrictSpecialSchool: false,
  ...where,
});

describe('committee authority: what a subcommittee may not recommend', () => {
  const cases: { name: string; source: string; rec: CommitteeRecommendation; grounds: string[] }[] =
    [
      {
        name: 'a subcommittee may not recommend initial placement in a special class',
        source: AUTHORITY,
        rec: {
          committee: 'subcommittee',
          current: at('resource-room'),
          proposed: at('special-class-15-1'),
        },
        grounds: ['initial-special-class'],
      },
      {
        name: 'a subcommittee may not place a student with no program in a special class',
        source: AUTHORITY,
        rec: { committee: 'subcommittee', current: null, proposed: at('special-class-12-1-1') },
        grounds: ['initial-special-class'],
      },
      {
        name: 'the full CSE may recommend initial placement in a special class',
        source: AUTHORITY,
        rec: { committee: 'cse', current: null, proposed: at('special-class-15-1') },
        grounds: [],
      },
      {
        name: 'a subcommittee may not move a student from 15:1 to the more restrictive 12:1:1',
        source: AUTHORITY,
        rec: {
          committee: 'subcommittee',
          current: at('special-class-15-1'),
          proposed: at('special-class-12-1-1'),
        },
        grounds: ['more-restrictive-special-class'],
      },
      {
        name: 'a subcommittee may move a student from 12:1:1 to the less restrictive 15:1',
        source: AUTHORITY,
        rec: {
          committee: 'subcommittee',
          current: at('special-class-12-1-1'),
          proposed: at('special-class-15-1'),
        },
        grounds: [],
      },
      {
        name: 'a subcommittee may not move a student from 12:1:1 to the more restrictive 12:1+(3:1)',
        source: AUTHORITY,
        rec: {
          committee: 'subcommittee',
          current: at('special-class-12-1-1'),
          proposed: at('special-class-12-1-3-1'),
        },
        grounds: ['more-restrictive-special-class'],
      },
      {
        name: 'a subcommittee may continue a student in the same special class',
        source: AUTHORITY,
        rec: {
          committee: 'subcommittee',
          current: at('special-class-12-1-1'),
          proposed: at('special-class-12-1-1'),
        },
        grounds: [],
      },
      {
        name: 'a subcommittee may move a student from resource room to integrated co-teaching',
        source: AUTHORITY,
        rec: { committee: 'subcommittee', current: at('resource-room'), proposed: at('ict') },
        grounds: [],
      },
      {
        name: "a subcommittee may not recommend a special class outside the student's school of attendance",
        source: AUTHORITY,
        rec: {
          committee: 'subcommittee',
          current: at('special-class-12-1-1'),
          proposed: at('special-class-12-1-1-boces', { outsideSchoolOfAttendance: true }),
        },
        grounds: ['special-class-outside-school-of-attendance'],
      },
      {
        name: 'a subcommittee may not recommend a school primarily serving students with disabilities outside the home district',
        source: AUTHORITY,
        rec: {
          committee: 'subcommittee',
          current: at('special-class-8-1-1', { outsideSchoolOfAttendance: true }),
          proposed: at('day-treatment', {
            outsideSchoolOfAttendance: true,
            outOfDistrictSpecialSchool: true,
          }),
        },
        grounds: ['out-of-district-special-school'],
      },
      {
        name: 'a subcommittee may review a student already in an out-of-district special school who stays there',
        source: AUTHORITY,
        rec: {
          committee: 'subcommittee',
          current: at('day-treatment', {
            outsideSchoolOfAttendance: true,
            outOfDistrictSpecialSchool: true,
          }),
          proposed: at('day-treatment', {
            outsideSchoolOfAttendance: true,
            outOfDistrictSpecialSchool: true,
          }),
        },
        grounds: [],
      },
      {
        name: 'an initial out-of-district BOCES special class by a subcommittee fails on every ground',
        source: AUTHORITY,
        rec: {
          committee: 'subcommittee',
          current: at('consultant-teacher-direct'),
          proposed: at('special-class-6-1-1', {
            outsideSchoolOfAttendance: true,
            outOfDistrictSpecialSchool: true,
          }),
        },
        grounds: [
          'initial-special-class',
          'special-class-outside-school-of-attendance',
          'out-of-district-special-school',
        ],
      },
    ];
  for (const c of cases) {
    test(`${c.name} (${c.source})`, () => {
      const found = checkSubcommitteeAuthority(c.rec);
      assert.deepEqual(
        found.map((v) => v.facts.ground),
        c.grounds,
      );
      for (const v of found) {
        assert.equal(v.check, 'subcommittee-authority');
        assert.equal(v.program, c.rec.proposed.program);
        assert.match(v.message, /full CSE/);
      }
    });
  }
});

describe('CPSE membership', () => {
  const MEMBERS = 'PLAN, Preschool children with disabilities: committee membership for CPSE';
  const full: CpseRole[] = [
    'chairperson',
    'general-education-teacher',
    'parent-member',
    'parent',
    'county-representative',
    'evaluator',
  ];
  const cases: { name: string; source: string; roles: CpseRole[]; missing: string[] }[] = [
    {
      name: 'a CPSE with every required member is complete',
      source: MEMBERS,
      roles: full,
      missing: [],
    },
    {
      name: 'a CPSE without the county representative is missing a member',
      source: MEMBERS,
      roles: full.filter((r) => r !== 'county-representative'),
      missing: ['county-representative'],
    },
    {
      name: 'a special education provider in place of an evaluator satisfies "evaluators and/or providers"',
      source: MEMBERS,
      roles: [...full.filter((r) => r !== 'evaluator'), 'special-education-provider'],
      missing: [],
    },
    {
      name: "the parent member does not stand in for the child's parent",
      source: MEMBERS,
      roles: full.filter((r) => r !== 'parent'),
      missing: ['parent'],
    },
    {
      name: 'a meeting of only others lacks every required member',
      source: MEMBERS,
      roles: ['other'],
      missing: [
        'chairperson',
        'general-education-teacher',
        'parent-member',
        'parent',
        'county-representative',
        'evaluator-or-provider',
      ],
    },
  ];
  for (const c of cases) {
    test(`${c.name} (${c.source})`, () => {
      const found = checkCpseMembership(c.roles);
      assert.deepEqual(
        found.map((v) => v.facts.missing),
        c.missing,
      );
      for (const v of found) assert.equal(v.program, null);
    });
  }
});
