import { PROGRAMS } from './catalog.ts';
import type { ProgramId, SpecialClassId, StaffRatio } from './catalog.ts';
import { requireCount } from './violation.ts';
import type { Violation } from './violation.ts';

/** Staff with a class at the time of the check. */
export interface StaffCounts {
  /** Special education teachers. */
  teachers: number;
  /** Supplementary school personnel: teacher assistants, teacher aides. */
  supplementaryStaff: number;
}

/** A school-age special class section: who is enrolled and who staffs it. */
export interface SpecialClassSection extends StaffCounts {
  program: SpecialClassId;
  /** Enrolled students, by opaque id; an id listed twice counts once. */
  studentIds: readonly string[];
}

/** Supplementary staff a ratio requires for this many students. */
export function requiredSupplementaryStaff(ratio: StaffRatio, students: number): number {
  const rule = ratio.supplementaryStaff;
  switch (rule.kind) {
    case 'fixed':
      return rule.count;
    case 'per-students':
      // 12:1+(3:1): one supplementary staff member for every 3 students, so a partial group
      // of three still needs one (PLAN, Special Class; programs.md: staff >= ceil(students / 3)).
      return Math.ceil(students / rule.students);
  }
}

/**
 * Teachers and supplementary staff short of what the ratio requires for `students`.
 * Shared by every special class, school-age and preschool, so one rule reads one ratio.
 */
export function staffingViolations(
  program: ProgramId,
  ratio: StaffRatio,
  citation: string,
  students: number,
  staff: StaffCounts,
): Violation[] {
  const teachers = requireCount(staff.teachers, 'teachers');
  const supplementary = requireCount(staff.supplementaryStaff, 'supplementaryStaff');
  const label = PROGRAMS[program].label;
  const found: Violation[] = [];
  if (teachers < ratio.teachers) {
    found.push({
      check: 'special-class-staffing',
      program,
      message: `${label} needs ${ratio.teachers} special education teacher(s); ${teachers} recorded.`,
      citation,
      facts: { students, teachersRequired: ratio.teachers, teachers },
    });
  }
  const required = requiredSupplementaryStaff(ratio, students);
  if (supplementary < required) {
    const basis =
      ratio.supplementaryStaff.kind === 'per-students'
        ? ` for ${students} students (one for every ${ratio.supplementaryStaff.students})`
        : '';
    found.push({
      check: 'special-class-staffing',
      program,
      message: `${label} needs ${required} supplementary staff member(s) (teacher assistant or aide)${basis}; ${supplementary} recorded.`,
      citation,
      facts: { students, supplementaryStaffRequired: required, supplementaryStaff: supplementary },
    });
  }
  return found;
}

/**
 * A school-age special class against the ratio in its id: at most the stated number of
 * students, with the stated teachers and supplementary staff (PLAN, Special Class; PLAN,
 * Out-of-district BOCES Services for 8:1:1, 6:1:1, 8:1:3 and BOCES 12:1:1).
 */
export function checkSpecialClass(section: SpecialClassSection): Violation[] {
  const { limits, citation, label } = PROGRAMS[section.program];
  const ratio: StaffRatio = limits.ratio;
  const students = new Set(section.studentIds).size;
  const found: Violation[] = [];
  if (students > ratio.maxStudents) {
    found.push({
      check: 'special-class-size',
      program: section.program,
      message: `${label} has ${students} students; the limit is ${ratio.maxStudents}.`,
      citation,
      facts: { students, maxStudents: ratio.maxStudents },
    });
  }
  return found.concat(staffingViolations(section.program, ratio, citation, students, section));
}
