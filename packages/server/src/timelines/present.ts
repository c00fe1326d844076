import type { DerivedTimeline } from './derive-deadlines.ts';

/** The problem of a derived timeline, as the API shows it. */
export function problemOf(derived: DerivedTimeline) {
  return derived.ok ? null : { code: derived.problem, message: derived.message };
}

/** "Last, First" (the legal name), as lists of students show it. */
export function listName(s: { legal_last_name: string; legal_first_name: string }): string {
  return `${s.legal_last_name}, ${s.legal_first_name}`;
}
