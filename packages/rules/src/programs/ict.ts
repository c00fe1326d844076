import { PROGRAMS } from './catalog.ts';
import { ProgramInputError } from './violation.ts';
import type { Violation } from './violation.ts';

/** Limits a district sets for itself. */
export interface ProgramSettings {
  /** Students with disabilities allowed in one integrated co-teaching class. */
  ictMaxStudentsWithDisabilities: number;
}

/** New York caps students with disabilities in an ICT class at 12 (8 NYCRR 200.6(g)(1)); a district may set fewer. */
export const DEFAULT_PROGRAM_SETTINGS: ProgramSettings = {
  ictMaxStudentsWithDisabilities: PROGRAMS.ict.limits.defaultMaxStudentsWithDisabilities,
};

/** An integrated co-teaching class: the students with disabilities in it. */
export interface IctClass {
  studentsWithDisabilitiesIds: readonly string[];
}

export function checkIctClass(
  section: IctClass,
  settings: ProgramSettings = DEFAULT_PROGRAM_SETTINGS,
): Violation[] {
  const cap = settings.ictMaxStudentsWithDisabilities;
  if (!Number.isInteger(cap) || cap < 1) {
    throw new ProgramInputError(
      'ictMaxStudentsWithDisabilities',
      'must be a whole number of students, one or more',
    );
  }
  const students = new Set(section.studentsWithDisabilitiesIds).size;
  if (students <= cap) return [];
  return [
    {
      check: 'ict-class-size',
      program: 'ict',
      message: `This integrated co-teaching class has ${students} students with disabilities; the district's limit is ${cap}.`,
      citation: PROGRAMS.ict.citation,
      facts: { studentsWithDisabilities: students, maxStudentsWithDisabilities: cap },
    },
  ];
}
