import { test, describe } from 'node:test';

import assert from 'node:assert/strict';
import {
  checkPreschoolClass,
  checkPreschoolResidential,
  checkPreschoolServiceLevel,
} from './preschool.ts';
import type {
  PreschoolClassSection,
  PreschoolResidential,
  PreschoolServiceLevel,
} from './preschool.ts';

const CLASS = 'PLAN, Special classes (preschool)';
const ASOF = '2026-11-02';
const SEAT = { recordedOn: '2026-10-15', endsOn: '2027-06-30' };
const kids = (n: number, dateOfBirth = '2022-09-01') =>
  Array.from({ length: n }, (_, i) => ({ id: `c${i}`, dateOfBirth }));
const klass = (over: Partial<PreschoolClassSection>): PreschoolClassSection => ({
  children: kids(12),
  teachers: 1,
  supplementaryStaff: 1,
  ...over,
});
const checks = (section: PreschoolClassSection, asOf = ASOF) =>
  checkPreschoolClass(section, asOf).map((v) => v.check);

describe('preschool special class: at most 12, or 13 with the temporary increase', () => {
  const cases: {
    name: string;
    source: string;
    section: PreschoolClassSection;
    asOf?: string;
    expect: string[];
  }[] = [
    {
      name: 'a class of 12 children with a teacher and a supplementary staff member is within the limit',
      source: `${CLASS} (b)`,
      section: klass({}),
      expect: [],
    },
    {
      name: 'a class of 13 without a temporary increase exceeds 12',
      source: `${CLASS} (b)`,
      section: klass({ children: kids(13), attendance: 12 }),
      expect: ['preschool-class-size'],
    },
    {
      name: 'a class of 13 with the temporary increase recorded is within the limit',
      source: `${CLASS} (b)(1)`,
      section: klass({ children: kids(13), attendance: 12, temporaryIncrease: SEAT }),
      expect: [],
    },
    {
      name: 'a class of 14 exceeds 13 even with the temporary increase',
      source: `${CLASS} (b)(1)`,
      section: klass({ children: kids(14), attendance: 12, temporaryIncrease: SEAT }),
      expect: ['preschool-class-size'],
    },
    {
      name: 'a class of 14 without the temporary increase exceeds 12',
      source: `${CLASS} (b)`,
      section: klass({ children: kids(14), attendance: 12 }),
      expect: ['preschool-class-size'],
    },
    {
      name: 'the temporary increase ends with the school year it was made in',
      source: `${CLASS} (b)(1), "for the remainder of the school year"`,
      section: klass({ children: kids(13), attendance: 12, temporaryIncrease: SEAT }),
      asOf: '2027-07-01',
      expect: ['preschool-class-size'],
    },
    {
      name: 'a temporary increase recorded after the date checked does not yet count',
      source: `${CLASS} (b)(1)`,
      section: klass({ children: kids(13), attendance: 12, temporaryIncrease: SEAT }),
      asOf: '2026-10-14',
      expect: ['preschool-class-size'],
    },
    {
      name: 'a class without a supplementary staff member is understaffed',
      source: `${CLASS} (b)`,
      section: klass({ supplementaryStaff: 0 }),
      expect: ['special-class-staffing'],
    },
  ];
  for (const c of cases) {
    test(`${c.name} (${c.source})`, () => assert.deepEqual(checks(c.section, c.asOf), c.expect));
  }
});

describe('preschool special class: another staff member whenever attendance exceeds 12', () => {
  const cases: {
    name: string;
    source: string;
    section: PreschoolClassSection;
    expect: string[];
  }[] = [
    {
      name: '13 children attending with only a teacher and one supplementary staff member needs another staff member',
      source: `${CLASS} (b)(1)`,
      section: klass({ children: kids(13), attendance: 13, temporaryIncrease: SEAT }),
      expect: ['preschool-class-extra-staff'],
    },
    {
      name: '13 children attending with a related service provider assigned as the third staff member is staffed',
      source: `${CLASS} (b)(1), "other staff members may include related service providers"`,
      section: klass({
        children: kids(13),
        attendance: 13,
        otherStaff: 1,
        temporaryIncrease: SEAT,
      }),
      expect: [],
    },
    {
      name: '13 children attending with two supplementary staff members is staffed',
      source: `${CLASS} (b)(1)`,
      section: klass({
        children: kids(13),
        attendance: 13,
        supplementaryStaff: 2,
        temporaryIncrease: SEAT,
      }),
      expect: [],
    },
    {
      name: '13 enrolled and 12 attending needs no extra staff that day',
      source: `${CLASS} (b)(1), "if the attendance ... exceeds 12"`,
      section: klass({ children: kids(13), attendance: 12, temporaryIncrease: SEAT }),
      expect: [],
    },
    {
      name: 'when attendance is not given, full enrollment of 13 is assumed',
      source: `${CLASS} (b)(1)`,
      section: klass({ children: kids(13), temporaryIncrease: SEAT }),
      expect: ['preschool-class-extra-staff'],
    },
  ];
  for (const c of cases) {
    test(`${c.name} (${c.source})`, () => assert.deepEqual(checks(c.section), c.expect));
  }
});

describe('preschool special class: chronological age range at most 36 months', () => {
  const pair = (oldest: string, youngest: string) => [
    { id: 'a', dateOfBirth: oldest },
    { id: 'b', dateOfBirth: youngest },
  ];
  const cases: {
    name: string;
    source: string;
    section: PreschoolClassSection;
    expect: string[];
  }[] = [
    {
      name: 'children born exactly 36 months apart are within the range',
      source: `${CLASS} (a)`,
      section: klass({ children: pair('2021-03-15', '2024-03-15') }),
      expect: [],
    },
    {
      name: 'children born 36 months and one day apart exceed the range',
      source: `${CLASS} (a)`,
      section: klass({ children: pair('2021-03-15', '2024-03-16') }),
      expect: ['preschool-age-range'],
    },
    {
      name: 'a recorded variance from the commissioner allows a wider range',
      source: `${CLASS} (a), "approval may be granted for variance"`,
      section: klass({
        children: pair('2021-03-15', '2024-03-16'),
        ageRangeVariance: { recordedOn: '2026-09-01' },
      }),
      expect: [],
    },
    {
      name: 'a child born Feb 29 is 36 months older than one born Feb 28 three years on (months end early)',
      source: `${CLASS} (a)`,
      section: klass({ children: pair('2020-02-29', '2023-02-28') }),
      expect: [],
    },
    {
      name: 'a child born Feb 29 is more than 36 months older than one born Mar 1 three years on',
      source: `${CLASS} (a)`,
      section: klass({ children: pair('2020-02-29', '2023-03-01') }),
      expect: ['preschool-age-range'],
    },
  ];
  for (const c of cases) {
    test(`${c.name} (${c.source})`, () => assert.deepEqual(checks(c.section), c.expect));
  }
  test('the finding gives the range in months and days', () => {
    const [v] = checkPreschoolClass(klass({ children: pair('2021-03-15', '2024-03-16') }), ASOF);
    assert.equal(v?.facts.rangeMonths, 36);
    assert.equal(v?.facts.rangeDays, 1);
  });
  test('a date of birth after the date checked is refused, naming the child', () => {
    assert.throws(
      () => checkPreschoolClass(klass({ children: pair('2021-03-15', '2027-01-01') }), ASOF),
      { field: 'children[1].dateOfBirth' },
    );
  });
  test('a malformed date of birth is refused, naming the field', () => {
    assert.throws(
      () => checkPreschoolClass(klass({ children: pair('2021-02-30', '2022-01-01') }), ASOF),
      { field: 'children[0].dateOfBirth' },
    );
  });
});

describe('preschool service level: special class 2.5 hours a day, 2 days a week; residential 5 and 5', () => {
  const cases: {
    name: string;
    source: string;
    service: PreschoolServiceLevel;
    flagged: boolean;
  }[] = [
    {
      name: 'a special class of exactly 2.5 hours a day, 2 days a week meets the minimum',
      source: `${CLASS} (c)`,
      service: { program: 'preschool-special-class', minutesPerDay: 150, daysPerWeek: 2 },
      flagged: false,
    },
    {
      name: 'a special class of 2 hours 29 minutes a day is too short',
      source: `${CLASS} (c)`,
      service: { program: 'preschool-special-class', minutesPerDay: 149, daysPerWeek: 5 },
      flagged: true,
    },
    {
      name: 'a special class one day a week is too few days',
      source: `${CLASS} (c)`,
      service: { program: 'preschool-special-class', minutesPerDay: 300, daysPerWeek: 1 },
      flagged: true,
    },
    {
      name: 'residential services of 5 hours a day, 4 days a week are too few days',
      source: `${CLASS} (iv)`,
      service: { program: 'preschool-residential', minutesPerDay: 300, daysPerWeek: 4 },
      flagged: true,
    },
    {
      name: 'residential services of 5 hours a day, 5 days a week meet the minimum',
      source: `${CLASS} (iv)`,
      service: { program: 'preschool-residential', minutesPerDay: 300, daysPerWeek: 5 },
      flagged: false,
    },
  ];
  for (const c of cases) {
    test(`${c.name} (${c.source})`, () => {
      const found = checkPreschoolServiceLevel(c.service);
      assert.deepEqual(
        found.map((v) => v.check),
        c.flagged ? ['preschool-service-level'] : [],
      );
    });
  }
});

describe('preschool residential: commissioner approval recorded', () => {
  const cases: {
    name: string;
    source: string;
    placement: PreschoolResidential;
    expect: string[];
  }[] = [
    {
      name: "a residential placement with the commissioner's approval recorded is complete",
      source: `${CLASS} (iv)`,
      placement: {
        minutesPerDay: 300,
        daysPerWeek: 5,
        commissionerApproval: { recordedOn: '2026-08-01' },
      },
      expect: [],
    },
    {
      name: "a residential placement without the commissioner's approval is flagged",
      source: `${CLASS} (iv), "shall be approved by the commissioner"`,
      placement: { minutesPerDay: 300, daysPerWeek: 5 },
      expect: ['preschool-residential-approval'],
    },
    {
      name: 'a short, unapproved residential placement has both findings',
      source: `${CLASS} (iv)`,
      placement: { minutesPerDay: 240, daysPerWeek: 5 },
      expect: ['preschool-service-level', 'preschool-residential-approval'],
    },
  ];
  for (const c of cases) {
    test(`${c.name} (${c.source})`, () =>
      assert.deepEqual(
        checkPreschoolResidential(c.placement).map((v) => v.check),
        c.expect,
      ));
  }
});
