/**
 * The continuum of programs and services a New York district offers (programs.md, "Program
 * standards catalog"), with the limits the product checks kept as data. The ids are the
 * product's stable program ids; the checks in this folder read their numbers from here.
 */

export type ProgramLevel = 'school-age' | 'preschool';

/** Supplementary staff (teacher assistants, aides) a class needs besides its teachers. */
export type SupplementaryStaffRule =
  | { readonly kind: 'fixed'; readonly count: number }
  /** One per this many students, rounded up (12:1+(3:1) life skills: one per 3 students). */
  | { readonly kind: 'per-students'; readonly students: number };

export interface StaffRatio {
  readonly maxStudents: number;
  readonly teachers: number;
  readonly supplementaryStaff: SupplementaryStaffRule;
}

/** Every limit is optional: a program carries only the limits its source states. */
export interface ProgramLimits {
  /** Students present at any one time (resource room). */
  readonly maxStudentsAtOnce?: number;
  /** Minimum instruction or service per student per week, in minutes. */
  readonly minMinutesPerWeek?: number;
  /** Students with disabilities assigned to one teacher (SEIT). */
  readonly maxCaseload?: number;
  /** Class size and staffing (special classes, preschool special class). */
  readonly ratio?: StaffRatio;
  /** A district setting; this is New York's cap, used when the district sets none (ICT). */
  readonly defaultMaxStudentsWithDisabilities?: number;
  /** Enrollment allowed for the rest of the school year when no seat exists. */
  readonly temporaryMaxStudents?: number;
  /** Attendance above which another staff member must be assigned. */
  readonly extraStaffAboveAttendance?: number;
  readonly minMinutesPerDay?: number;
  readonly minDaysPerWeek?: number;
  /** Oldest to youngest child in one class, unless a variance is recorded. */
  readonly maxAgeRangeMonths?: number;
  readonly requiresCommissionerApproval?: boolean;
  /** Session group size may not exceed the group size on the IEP. */
  readonly groupSizeFromIep?: boolean;
}

export interface ProgramDefinition {
  readonly label: string;
  readonly level: ProgramLevel;
  readonly citation: string;
  readonly limits: ProgramLimits;
}

const SPECIAL_CLASS = 'PLAN, Special Class (8 NYCRR 200.6(h)(4))';
const BOCES = 'PLAN, Out-of-district BOCES Services';
const PRIVATE = 'PLAN, Private placements';
const fixed = (count: number) => ({ kind: 'fixed', count }) as const;

export const PROGRAMS = {
  'related-service': {
    label: 'Related services',
    level: 'school-age',
    citation: 'PLAN, Related Services',
    limits: { groupSizeFromIep: true },
  },
  'consultant-teacher-direct': {
    label: 'Consultant teacher, direct',
    level: 'school-age',
    citation: 'PLAN, Consultant Teacher Services',
    limits: {},
  },
  'consultant-teacher-indirect': {
    label: 'Consultant teacher, indirect',
    level: 'school-age',
    citation: 'PLAN, Consultant Teacher Services',
    limits: {},
  },
  'resource-room': {
    label: 'Resource room',
    level: 'school-age',
    citation: 'PLAN, Resource Room (8 NYCRR 200.6(f))',
    limits: { maxStudentsAtOnce: 5, minMinutesPerWeek: 180 },
  },
  ict: {
    label: 'Integrated co-teaching',
    level: 'school-age',
    citation: 'PLAN, Integrated Co-Teaching (8 NYCRR 200.6(g))',
    limits: { defaultMaxStudentsWithDisabilities: 12 },
  },
  'special-class-15-1': {
    label: 'Special class 15:1',
    level: 'school-age',
    citation: SPECIAL_CLASS,
    limits: { ratio: { maxStudents: 15, teachers: 1, supplementaryStaff: fixed(0) } },
  },
  'special-class-12-1-1': {
    label: 'Special class 12:1:1',
    level: 'school-age',
    citation: SPECIAL_CLASS,
    limits: { ratio: { maxStudents: 12, teachers: 1, supplementaryStaff: fixed(1) } },
  },
  'special-class-12-1-3-1': {
    label: 'Special class 12:1+(3:1), life skills',
    level: 'school-age',
    citation: SPECIAL_CLASS,
    limits: {
      ratio: {
        maxStudents: 12,
        teachers: 1,
        supplementaryStaff: { kind: 'per-students', students: 3 },
      },
    },
  },
  'special-class-8-1-1': {
    label: 'Special class 8:1:1 (BOCES)',
    level: 'school-age',
    citation: BOCES,
    limits: { ratio: { maxStudents: 8, teachers: 1, supplementaryStaff: fixed(1) } },
  },
  'special-class-6-1-1': {
    label: 'Special class 6:1:1 (BOCES)',
    level: 'school-age',
    citation: BOCES,
    limits: { ratio: { maxStudents: 6, teachers: 1, supplementaryStaff: fixed(1) } },
  },
  'special-class-8-1-3': {
    label: 'Special class 8:1:3 (BOCES)',
    level: 'school-age',
    citation: BOCES,
    limits: { ratio: { maxStudents: 8, teachers: 1, supplementaryStaff: fixed(3) } },
  },
  'special-class-12-1-1-boces': {
    label: 'Special class 12:1:1 (BOCES)',
    level: 'school-age',
    citation: BOCES,
    limits: { ratio: { maxStudents: 12, teachers: 1, supplementaryStaff: fixed(1) } },
  },
  'declassification-support': {
    label: 'Declassification support services',
    level: 'school-age',
    citation: 'PLAN, Declassification Support Services',
    limits: {},
  },
  'home-hospital': {
    label: 'Home or hospital instruction',
    level: 'school-age',
    citation: PRIVATE,
    limits: {},
  },
  'day-treatment': { label: 'Day treatment', level: 'school-age', citation: PRIVATE, limits: {} },
  residential: {
    label: 'Residential placement',
    level: 'school-age',
    citation: PRIVATE,
    limits: {},
  },
  'preschool-related-services': {
    label: 'Related services only (preschool)',
    level: 'preschool',
    citation: 'PLAN, Related Services (Education Law 4410)',
    limits: { groupSizeFromIep: true },
  },
  seit: {
    label: 'Special education itinerant teacher (SEIT)',
    level: 'preschool',
    citation: 'PLAN, Special Education Itinerant Services (Education Law 4410(1)(k))',
    limits: { minMinutesPerWeek: 120, maxCaseload: 20 },
  },
  'preschool-special-class': {
    label: 'Preschool special class',
    level: 'preschool',
    citation: 'PLAN, Special classes (preschool; 8 NYCRR 200.16(i)(3)(iii))',
    limits: {
      ratio: { maxStudents: 12, teachers: 1, supplementaryStaff: fixed(1) },
      temporaryMaxStudents: 13,
      extraStaffAboveAttendance: 12,
      minMinutesPerDay: 150,
      minDaysPerWeek: 2,
      maxAgeRangeMonths: 36,
    },
  },
  'preschool-residential': {
    label: 'Preschool in-state residential',
    level: 'preschool',
    citation: 'PLAN, Special classes (iv) in-state residential (8 NYCRR 200.16(i)(3)(iv))',
    limits: { minMinutesPerDay: 300, minDaysPerWeek: 5, requiresCommissionerApproval: true },
  },
} as const satisfies Record<string, ProgramDefinition>;

export type ProgramId = keyof typeof PROGRAMS;

export const PROGRAM_IDS = Object.keys(PROGRAMS) as ProgramId[];

/** The programs whose limits are a class ratio: every school-age special class. */
export type SpecialClassId = {
  [K in ProgramId]: (typeof PROGRAMS)[K] extends {
    level: 'school-age';
    limits: { ratio: StaffRatio };
  }
    ? K
    : never;
}[ProgramId];

export function isProgramId(value: string): value is ProgramId {
  return Object.hasOwn(PROGRAMS, value);
}

export function isSpecialClass(id: ProgramId): id is SpecialClassId {
  const program: ProgramDefinition = PROGRAMS[id];
  return program.level === 'school-age' && program.limits.ratio !== undefined;
}
