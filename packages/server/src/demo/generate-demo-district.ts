import { parseIsoDate } from './dates.ts';
import {
  generateFamilies,
  type DemoGuardian,
  type DemoGuardianLink,
} from './generate-demo-families.ts';
import {
  DEMO_ACCOUNTS,
  DEMO_SITES,
  DEMO_TEACHER_SITE,
  generateStaff,
  type DemoSite,
  type DemoStaff,
} from './generate-demo-staff.ts';
import { generateStudents, type DemoStudent } from './generate-demo-students.ts';
import { seededRandom, type Random } from './random.ts';

/**
 * The demo district as plain data: pure and deterministic (the same seed and asOf give the
 * same district), so it is unit-tested without a database and inserted by seed-demo-district.ts.
 */

export const DEMO_DISTRICT_NAME = 'Demoville Union Free School District';
export const DEMO_SEED = 20260910;

export interface DemoAssignment {
  studentNumber: string;
  staffEmail: string;
  responsibility: string;
  startsOn: string;
}

export interface DemoDistrict {
  name: string;
  profile: 'nyc';
  sites: readonly DemoSite[];
  staff: DemoStaff[];
  students: DemoStudent[];
  guardians: DemoGuardian[];
  guardianLinks: DemoGuardianLink[];
  assignments: DemoAssignment[];
}

export interface GenerateOptions {
  /** The date ages and grades are computed for (YYYY-MM-DD); the generator reads no clock. */
  asOf: string;
  seed?: number;
}

/** How many of the demo teacher's school's students the demo teacher implements the IEP of. */
export const DEMO_TEACHER_CASELOAD = 8;

export function generateDemoDistrict(options: GenerateOptions): DemoDistrict {
  const random = seededRandom(options.seed ?? DEMO_SEED);
  const staff = generateStaff(random);
  const generated = generateStudents(random, parseIsoDate(options.asOf));
  const { students, siblings } = makeDemoSiblings(generated);
  const families = generateFamilies(random, students, siblings);
  return {
    name: DEMO_DISTRICT_NAME,
    profile: 'nyc',
    sites: DEMO_SITES,
    staff,
    students,
    guardians: families.guardians,
    guardianLinks: families.links,
    assignments: generateAssignments(random, staff, students),
  };
}

/**
 * The demo parent's children: the first two elementary students at the demo teacher's school
 * who are neither homeless nor in foster care, made siblings (one surname, one home language).
 */
function makeDemoSiblings(students: DemoStudent[]): {
  students: DemoStudent[];
  siblings: DemoStudent[];
} {
  const [first, second] = students.filter(
    (s) => s.siteKey === DEMO_TEACHER_SITE && !s.homeless && !s.wardOfState,
  );
  if (!first || !second)
    throw new Error('the demo school has too few students for the demo family');
  const sibling = { ...second, lastName: first.lastName, nativeLanguage: first.nativeLanguage };
  return {
    students: students.map((s) => (s === second ? sibling : s)),
    siblings: [first, sibling],
  };
}

const IMPLEMENTER_ROLES = new Set(['teacher', 'provider', 'seit', 'paraprofessional']);

/**
 * Who implements whose IEP. The demo teacher implements DEMO_TEACHER_CASELOAD students of
 * their school and no others; the demo speech provider and paraprofessional share some of
 * those students and the provider has a few more. Other implementers get 4-8 students at
 * their sites.
 */
function generateAssignments(
  random: Random,
  staff: readonly DemoStaff[],
  students: readonly DemoStudent[],
): DemoAssignment[] {
  const member = (email: string): DemoStaff => {
    const found = staff.find((s) => s.email === email);
    if (!found) throw new Error(`no demo staff member ${email}`);
    return found;
  };
  const assign = (implementer: DemoStaff, picked: readonly DemoStudent[]): DemoAssignment[] =>
    picked.map((s) => ({
      studentNumber: s.studentNumber,
      staffEmail: implementer.email,
      responsibility: implementer.title,
      startsOn: s.startsOn,
    }));

  const school = random.shuffle(
    students.filter((s) => s.siteKey === DEMO_TEACHER_SITE && s.level === 'school-age'),
  );
  const caseload = school.slice(0, DEMO_TEACHER_CASELOAD);
  const speech = school
    .slice(DEMO_TEACHER_CASELOAD)
    .filter((s) => s.classification === 'speech-or-language-impairment')
    .slice(0, 3);
  const others = staff
    .filter(
      (s) => !s.signIn && s.siteKeys.length > 0 && s.roles.some((r) => IMPLEMENTER_ROLES.has(r)),
    )
    .flatMap((implementer) => {
      const pool = students.filter((s) => implementer.siteKeys.includes(s.siteKey));
      return assign(implementer, random.shuffle(pool).slice(0, random.int(4, 8)));
    });
  return [
    ...assign(member(DEMO_ACCOUNTS.teacher.email), caseload),
    ...assign(member(DEMO_ACCOUNTS.provider.email), [...caseload.slice(0, 3), ...speech]),
    ...assign(member(DEMO_ACCOUNTS.para.email), caseload.slice(2, 6)),
    ...others,
  ];
}
