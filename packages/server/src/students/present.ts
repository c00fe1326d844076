import type { Selectable } from 'kysely';
import type { StudentsTable } from '../db/schema.ts';
import type { StudentSummary } from './schemas.ts';

/** The columns of a student summary, for queries on `students as s`. */
export const summaryColumns = [
  's.id',
  's.student_number',
  's.legal_first_name',
  's.legal_last_name',
  's.preferred_name',
  's.date_of_birth',
  's.level',
  's.grade',
  's.classification',
] as const;

type SummaryRow = Pick<
  Selectable<StudentsTable>,
  | 'id'
  | 'student_number'
  | 'legal_first_name'
  | 'legal_last_name'
  | 'preferred_name'
  | 'date_of_birth'
  | 'level'
  | 'grade'
  | 'classification'
>;

export function toSummary(row: SummaryRow): StudentSummary {
  return {
    id: row.id,
    studentNumber: row.student_number,
    legalFirstName: row.legal_first_name,
    legalLastName: row.legal_last_name,
    preferredName: row.preferred_name,
    dateOfBirth: row.date_of_birth,
    level: row.level,
    grade: row.grade,
    classification: row.classification,
  };
}
