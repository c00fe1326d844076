import { RECORDS_CITATIONS as C } from './citations.ts';

/**
 * The record of access as the law defines it (PSN, Record of Access, 34 CFR 300.614): "a
 * record of parties obtaining access to education records ... (except access by parents and
 * authorized employees of the participating agency), including the name of the party, the date
 * access was given, and the purpose for which the party is authorized to use the records".
 * Continuum logs every read besides; this rule says which entries the law itself requires and
 * what each must hold.
 */

export type AccessParty = 'parent' | 'authorized-employee' | 'other';

export interface AccessEntryDraft {
  party: AccessParty;
  partyName: string;
  /** YYYY-MM-DD, or empty when not yet known. */
  date: string;
  purpose: string;
}

/** Whether the law requires this party's access to be recorded. */
export function requiredInRecordOfAccess(party: AccessParty): boolean {
  return party === 'other';
}

/** What a required entry is missing; empty when it is complete or not required. */
export function recordOfAccessProblems(
  entry: AccessEntryDraft,
): { field: 'partyName' | 'date' | 'purpose'; message: string; citation: string }[] {
  if (!requiredInRecordOfAccess(entry.party)) return [];
  const missing = (['partyName', 'date', 'purpose'] as const).filter(
    (field) => entry[field].trim() === '',
  );
  const words = { partyName: 'the name of the party', date: 'the date', purpose: 'the purpose' };
  return missing.map((field) => ({
    field,
    citation: C.recordOfAccess,
    message: `The record of access must include ${words[field]} for a party other than a parent or an authorized employee.`,
  }));
}
