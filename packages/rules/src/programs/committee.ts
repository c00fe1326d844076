import { PROGRAMS, isSpecialClass } from './catalog.ts';
import type { ProgramId, SpecialClassId, StaffRatio } from './catalog.ts';
import { requiredSupplementaryStaff } from './special-class.ts';
import type { Violation } from './violation.ts';

/** Where a program is delivered, relative to the student. */
export interface ProgramLocation {
  /** Outside the school the student attends. */
  outsideSchoolOfAttendance: boolean;
  /** A school primarily serving students with disabilities outside the student's home district. */
  outOfDistrictSpecialSchool: boolean;
}

export interface Placement extends ProgramLocation {
  program: ProgramId;
}

export interface CommitteeRecommendation {
  committee: 'cse' | 'subcommittee';
  proposed: Placement;
  /** The student's current program; null when the student has none (an initial placement). */
  current: Placement | null;
}

const CITATION = 'PLAN, CSE appointment, Responsibilities (8 NYCRR 200.3(c)(4))';

/**
 * Adults per student in a special class: the fewer students each adult serves, the more
 * intensive and restrictive the class. 12:1+(3:1) is counted at full enrollment.
 */
function studentsPerAdult(id: SpecialClassId): number {
  const ratio: StaffRatio = PROGRAMS[id].limits.ratio;
  const adults = ratio.teachers + requiredSupplementaryStaff(ratio, ratio.maxStudents);
  return ratio.maxStudents / adults;
}

/**
 * A subcommittee may do the committee's work except recommend (PLAN, CSE appointment):
 * initial placement in, or a move to a more restrictive, special class; a special class
 * outside the student's school of attendance; a school primarily serving students with
 * disabilities outside the home district. Those need the full CSE. Each ground that applies
 * is one violation, so the reason reads plainly. Restrictiveness between special classes is
 * judged by students per adult (see studentsPerAdult).
 */
export function checkSubcommitteeAuthority(rec: CommitteeRecommendation): Violation[] {
  if (rec.committee === 'cse') return [];
  const { proposed, current } = rec;
  if (!isSpecialClass(proposed.program) && !proposed.outOfDistrictSpecialSchool) return [];
  const label = PROGRAMS[proposed.program].label;
  const grounds: { ground: string; message: string }[] = [];
  if (isSpecialClass(proposed.program)) {
    const from = current && isSpecialClass(current.program) ? current.program : null;
    if (from === null) {
      grounds.push({
        ground: 'initial-special-class',
        message: `A subcommittee may not recommend initial placement in a special class (${label}); the full CSE must.`,
      });
    } else if (studentsPerAdult(proposed.program) < studentsPerAdult(from)) {
      grounds.push({
        ground: 'more-restrictive-special-class',
        message: `A subcommittee may not recommend a move from ${PROGRAMS[from].label} to the more restrictive ${label}; the full CSE must.`,
      });
    }
    const alreadyOutside = from !== null && current?.outsideSchoolOfAttendance === true;
    if (proposed.outsideSchoolOfAttendance && !alreadyOutside) {
      grounds.push({
        ground: 'special-class-outside-school-of-attendance',
        message: `A subcommittee may not recommend a special class outside the student's school of attendance; the full CSE must.`,
      });
    }
  }
  if (proposed.outOfDistrictSpecialSchool && current?.outOfDistrictSpecialSchool !== true) {
    grounds.push({
      ground: 'out-of-district-special-school',
      message:
        'A subcommittee may not recommend a school primarily serving students with disabilities outside the home district; the full CSE must.',
    });
  }
  return grounds.map(({ ground, message }) => ({
    check: 'subcommittee-authority',
    program: proposed.program,
    message,
    citation: CITATION,
    facts: { ground, proposed: proposed.program, current: current?.program ?? null },
  }));
}

/** Who may attend a CPSE meeting, by role. */
export type CpseRole =
  | 'chairperson'
  | 'general-education-teacher'
  | 'parent-member'
  | 'parent'
  | 'county-representative'
  | 'evaluator'
  | 'special-education-provider'
  | 'other';

/** The CPSE's members (PLAN, Preschool children with disabilities); the last is met by either role. */
export const CPSE_REQUIRED_MEMBERS = [
  { id: 'chairperson', label: 'the chairperson', roles: ['chairperson'] },
  {
    id: 'general-education-teacher',
    label: 'a general education teacher',
    roles: ['general-education-teacher'],
  },
  { id: 'parent-member', label: 'the parent member', roles: ['parent-member'] },
  { id: 'parent', label: "the child's parent or person in parental relation", roles: ['parent'] },
  {
    id: 'county-representative',
    label: 'the county representative',
    roles: ['county-representative'],
  },
  {
    id: 'evaluator-or-provider',
    label: 'an evaluator or special education provider',
    roles: ['evaluator', 'special-education-provider'],
  },
] as const satisfies readonly { id: string; label: string; roles: readonly CpseRole[] }[];

/** One violation per required CPSE member missing from the attendees' roles. */
export function checkCpseMembership(attendeeRoles: readonly CpseRole[]): Violation[] {
  const present = new Set<CpseRole>(attendeeRoles);
  return CPSE_REQUIRED_MEMBERS.filter((m) => !m.roles.some((r) => present.has(r))).map((m) => ({
    check: 'cpse-membership',
    program: null,
    message: `The CPSE is missing ${m.label}.`,
    citation: 'PLAN, Preschool children with disabilities (Education Law 4410)',
    facts: { missing: m.id },
  }));
}
