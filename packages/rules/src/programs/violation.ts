import { RuleInputError } from '../calendar/index.ts';
import type { ProgramId } from './catalog.ts';

/** Every check of this module, by stable id. A violation names the check that found it. */
export type CheckId =
  | 'resource-room-group-size'
  | 'resource-room-weekly-instruction'
  | 'seit-weekly-service'
  | 'seit-caseload'
  | 'seit-transportation'
  | 'special-class-size'
  | 'special-class-staffing'
  | 'ict-class-size'
  | 'preschool-class-size'
  | 'preschool-class-extra-staff'
  | 'preschool-age-range'
  | 'preschool-service-level'
  | 'preschool-residential-approval'
  | 'related-service-group-size'
  | 'subcommittee-authority'
  | 'cpse-membership'
  | 'esy-substantial-regression'
  | 'declassification-support-record';

/** Plain values only, so a violation serialises to JSON as it is. */
export type Facts = Record<string, string | number | boolean | null>;

/**
 * One finding of a check. `message` is plain language a case manager can act on and never
 * carries a student's name; `facts` holds the numbers the message was built from.
 * `program` is null for findings about a committee or a whole IEP rather than one program
 * (CPSE membership, 12-month services).
 */
export interface Violation {
  check: CheckId;
  program: ProgramId | null;
  message: string;
  citation: string;
  facts: Facts;
}

/**
 * Bad input to a check (not a finding about a program). One of the rules' input errors
 * (RuleInputError), so callers handle it as they handle a bad calendar: `field` names the
 * field at fault and `issues[0].message` says what is wrong with it.
 */
export class ProgramInputError extends RuleInputError {
  constructor(field: string, message: string) {
    super([{ field, message }]);
    this.name = 'ProgramInputError';
  }
}

/** A count of people, days or sessions: a whole number, `min` or more. */
export function requireCount(value: number, field: string, min = 0): number {
  if (!Number.isInteger(value) || value < min) {
    const floor = min === 0 ? 'zero' : String(min);
    throw new ProgramInputError(field, `must be a whole number, ${floor} or more`);
  }
  return value;
}

/** A duration or quantity: a finite number, zero or more. */
export function requireAmount(value: number, field: string): number {
  if (!Number.isFinite(value) || value < 0) {
    throw new ProgramInputError(field, 'must be a number, zero or more');
  }
  return value;
}
