import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ageOn, parseIsoDate, schoolYearStart } from './dates.ts';
import { LANGUAGE_WEIGHTS } from './demo-names.ts';
import {
  AGE_BANDS,
  ageBandOf,
  CPSE_STUDENTS_BY_SERVICE,
  OUT_OF_DISTRICT_BY_BAND,
  SCHOOL_AGE_CLASSIFICATIONS,
  STUDENTS_BY_CLASSIFICATION,
} from './district-plan.ts';
import { DEMO_TEACHER_CASELOAD, generateDemoDistrict } from './generate-demo-district.ts';
import { DEMO_ACCOUNTS, DEMO_TEACHER_SITE } from './generate-demo-staff.ts';

const asOf = '2026-11-24';
const district = generateDemoDistrict({ asOf });
const schoolAge = district.students.filter((s) => s.level === 'school-age');
const preschool = district.students.filter((s) => s.level === 'preschool');

test('the same seed gives the same district; another seed another', () => {
  assert.deepEqual(generateDemoDistrict({ asOf }), district);
  const other = generateDemoDistrict({ asOf, seed: 7 });
  assert.notDeepEqual(
    other.students.map((s) => s.lastName),
    district.students.map((s) => s.lastName),
  );
});

test('school-age students per classification and age band follow the plan table', () => {
  for (const classification of SCHOOL_AGE_CLASSIFICATIONS) {
    const perBand = AGE_BANDS.map(
      (band) =>
        schoolAge.filter(
          (s) =>
            s.classification === classification && ageBandOf(ageOn(s.dateOfBirth, asOf)) === band,
        ).length,
    );
    assert.deepEqual(perBand, [...STUDENTS_BY_CLASSIFICATION[classification]], classification);
  }
});

test('preschool students follow the CPSE table by age', () => {
  const byAge = [3, 4].map(
    (age) => preschool.filter((s) => ageOn(s.dateOfBirth, asOf) === age).length,
  );
  const expected = [0, 1].map((column) =>
    Object.values(CPSE_STUDENTS_BY_SERVICE).reduce((sum, counts) => sum + (counts[column] ?? 0), 0),
  );
  assert.deepEqual(byAge, expected);
  assert.ok(preschool.every((s) => s.siteKey === 'prek' || s.siteKey === 'approved'));
});

test('separate-school and residential placements follow the plan', () => {
  for (const site of ['boces', 'residential'] as const) {
    const expected = Object.values(OUT_OF_DISTRICT_BY_BAND[site]).reduce((a, b) => a + b, 0);
    assert.equal(district.students.filter((s) => s.siteKey === site).length, expected, site);
  }
});

for (const date of [asOf, '2027-06-15', '2026-09-10']) {
  test(`grades and ages agree with dates of birth (as of ${date})`, () => {
    const start = schoolYearStart(parseIsoDate(date));
    for (const s of generateDemoDistrict({ asOf: date }).students) {
      const age = ageOn(s.dateOfBirth, date);
      // New York City: kindergarten in the calendar year the child turns 5.
      const gradeNumber = start.year - 5 - Number(s.dateOfBirth.slice(0, 4));
      if (s.level === 'preschool') {
        assert.ok(age >= 3 && age <= 4 && gradeNumber < 0 && s.grade === null, s.studentNumber);
        assert.ok(s.startsOn >= start.toString() && s.startsOn <= date, s.studentNumber);
      } else {
        const expected = gradeNumber === 0 ? 'K' : gradeNumber <= 12 ? String(gradeNumber) : 'UG';
        assert.ok(age >= 5 && age <= 21, s.studentNumber);
        assert.equal(s.grade, expected, s.studentNumber);
        assert.equal(s.startsOn, start.toString());
      }
    }
  });
}

test('elementary grades attend an elementary school, older students the middle or high school', () => {
  const site = {
    K: ['maple', 'riverside'],
    5: ['maple', 'riverside'],
    7: ['middle'],
    10: ['high'],
  };
  for (const s of schoolAge.filter((s) => s.siteKey !== 'boces' && s.siteKey !== 'residential')) {
    const allowed = (site as Record<string, string[]>)[s.grade ?? ''];
    if (allowed) assert.ok(allowed.includes(s.siteKey), `${s.grade} at ${s.siteKey}`);
  }
});

test('identifiers and e-mail addresses are unique and lower-case', () => {
  const numbers = district.students.map((s) => s.studentNumber);
  assert.equal(new Set(numbers).size, numbers.length);
  const emails = [
    ...district.staff.map((s) => s.email),
    ...district.guardians.flatMap((g) => (g.email && !g.accountEmail ? [g.email] : [])),
  ];
  assert.equal(new Set(emails).size, emails.length);
  assert.ok(
    emails.every((e) => e === e.toLowerCase() && /^[a-z0-9.-]+@[a-z0-9.-]+$/.test(e)),
    'e-mail form',
  );
});

test('every home language appears; a few students are homeless or wards of the State', () => {
  assert.deepEqual(
    new Set(district.students.map((s) => s.nativeLanguage)),
    new Set(Object.keys(LANGUAGE_WEIGHTS)),
  );
  assert.ok(district.students.filter((s) => s.homeless).length >= 3);
  assert.ok(district.students.filter((s) => s.wardOfState).length >= 3);
  assert.ok(!district.students.some((s) => s.homeless && s.wardOfState));
});

test('every student has one or two guardians, at least one with educational authority', () => {
  for (const s of district.students) {
    const links = district.guardianLinks.filter((l) => l.studentNumber === s.studentNumber);
    assert.ok(links.length >= 1 && links.length <= 2, s.studentNumber);
    assert.ok(
      links.some((l) => l.educationalAuthority),
      s.studentNumber,
    );
    if (s.wardOfState) assert.ok(links.some((l) => l.relationship === 'foster parent'));
  }
  assert.ok(district.guardianLinks.some((l) => !l.educationalAuthority && l.authorityLimit));
  assert.ok(district.guardianLinks.some((l) => l.educationalAuthority && l.authorityLimit));
});

test('the demo accounts exist with their roles; the parent guards children at the demo school', () => {
  for (const account of Object.values(DEMO_ACCOUNTS)) {
    if (account.role === null) continue;
    const member = district.staff.find((s) => s.email === account.email);
    assert.ok(member?.signIn && member.roles.includes(account.role), account.email);
  }
  assert.ok(district.staff.filter((s) => !s.signIn).length > 0);
  const parent = district.guardians.filter((g) => g.accountEmail === DEMO_ACCOUNTS.parent.email);
  assert.equal(parent.length, 1);
  const children = district.guardianLinks
    .filter((l) => l.guardianKey === parent[0]?.key)
    .map((l) => district.students.find((s) => s.studentNumber === l.studentNumber));
  assert.equal(children.length, 2);
  assert.ok(children.every((c) => c?.siteKey === DEMO_TEACHER_SITE && c.level === 'school-age'));
  assert.equal(children[0]?.lastName, children[1]?.lastName);
});

test('the demo teacher implements some students of their school; provider and para overlap', () => {
  const of = (email: string): string[] =>
    district.assignments.filter((a) => a.staffEmail === email).map((a) => a.studentNumber);
  const teacher = of(DEMO_ACCOUNTS.teacher.email);
  assert.equal(teacher.length, DEMO_TEACHER_CASELOAD);
  const school = district.students.filter((s) => s.siteKey === DEMO_TEACHER_SITE);
  assert.ok(teacher.every((n) => school.some((s) => s.studentNumber === n)));
  assert.ok(school.length > teacher.length);
  for (const email of [DEMO_ACCOUNTS.provider.email, DEMO_ACCOUNTS.para.email]) {
    assert.ok(
      of(email).some((n) => teacher.includes(n)),
      email,
    );
  }
});
