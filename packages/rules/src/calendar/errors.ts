/** One problem with an input file, named by its field path, e.g. `schoolYears[0].lastDay`. */
export interface FieldIssue {
  readonly field: string;
  readonly message: string;
}

/**
 * Input the rules cannot use: a malformed calendar or case, or a calendar that does not cover a
 * day a rule needs. The message is meant for the person who wrote the file; it names fields and
 * dates but never a student.
 */
export class RuleInputError extends Error {
  readonly issues: readonly FieldIssue[];

  constructor(issues: readonly [FieldIssue, ...FieldIssue[]]) {
    super(issues.map((i) => `${i.field}: ${i.message}`).join('\n'));
    this.name = 'RuleInputError';
    this.issues = issues;
  }

  /** The first field at fault. */
  get field(): string {
    return this.issues[0]?.field ?? '';
  }
}

/** A count needed a day that the calendar does not describe; the rules never guess one. */
export class CalendarCoverageError extends RuleInputError {
  constructor(message: string) {
    super([{ field: 'calendar.schoolYears', message }]);
    this.name = 'CalendarCoverageError';
  }
}

/** Joins a zod-style path into `a[0].b`. */
export function fieldPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out === '' ? '(root)' : out;
}
