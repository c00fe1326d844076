import { RECORDS_CITATIONS as C } from './citations.ts';

/**
 * Destruction of a child's information (PSN, Destruction of Information, 34 CFR 300.624):
 * the district informs the parent when the information "is no longer needed to provide
 * educational services", destroys it at the parent's request, and may keep "a permanent record
 * of your child's name, address, and phone number, his or her grades, attendance record,
 * classes attended, grade level completed, and year completed ... without time limitation".
 * Destruction means "physical destruction or removal of personal identifiers from information
 * so that the information is no longer personally identifiable" (34 CFR 300.611).
 */

/** The permanent record, exactly the PSN's list; nothing else about the child survives. */
export const PERMANENT_RECORD_FIELDS = [
  'name',
  'address',
  'phone-number',
  'grades',
  'attendance-record',
  'classes-attended',
  'grade-level-completed',
  'year-completed',
] as const;
export type PermanentRecordField = (typeof PERMANENT_RECORD_FIELDS)[number];

/**
 * One column (or document, or JSON path) of the product's field catalog, as the destruction
 * use case describes it:
 * - `permanent`: it holds one of the permanent record's items about the child;
 * - `surrogate-key`: a generated id, district or timestamp that identifies nobody once the rest
 *   is gone (the access log keeps these, so its hash chain still verifies);
 * - `personal`: anything else about the child or the family.
 */
export type CatalogEntry =
  | { table: string; column: string; holds: 'permanent'; field: PermanentRecordField }
  | { table: string; column: string; holds: 'surrogate-key' | 'personal' };

export interface DestructionDecision {
  action: 'keep' | 'destroy';
  why: string;
  citation: string;
}

/** Whether destruction keeps or destroys the information of a catalog entry. */
export function destructionAction(entry: CatalogEntry): DestructionDecision {
  switch (entry.holds) {
    case 'permanent':
      return {
        action: 'keep',
        citation: C.destruction,
        why: `Part of the permanent record that may be kept without time limitation (${entry.field}).`,
      };
    case 'surrogate-key':
      return {
        action: 'keep',
        citation: C.definitions,
        why: 'A generated identifier: with the personal identifiers removed it no longer identifies the child.',
      };
    case 'personal':
      return {
        action: 'destroy',
        citation: C.destruction,
        why: 'Not part of the permanent record: destroyed at the parent’s request.',
      };
  }
}

/** What the notice that information is no longer needed must tell the parent. */
export const NO_LONGER_NEEDED_NOTICE = [
  // "Your school district must inform you when personally identifiable information ... is no
  // longer needed to provide educational services to your child."
  'information-no-longer-needed',
  // "The information must be destroyed at your request."
  'right-to-request-destruction',
  // "However, a permanent record ... may be maintained without time limitation."
  'permanent-record-kept',
] as const;
export type NoLongerNeededNoticeElement = (typeof NO_LONGER_NEEDED_NOTICE)[number];

export interface DestructionInput {
  /** The day the district told the parent the information is no longer needed, or null. */
  parentInformedOn: string | null;
  /** The day the parent asked for destruction, or null. */
  parentRequestedOn: string | null;
  /** The parent (or adult student) asking has authority over the records (inspection.ts). */
  requesterHasAuthority: boolean;
  /** A request to inspect and review the records is open. */
  inspectionOutstanding: boolean;
  /** The day destruction would run (YYYY-MM-DD). */
  on: string;
}

export type DestructionCheck =
  { allowed: true } | { allowed: false; message: string; citation: string };

/**
 * Whether destruction may run. The product destroys only on the parent's request, after
 * informing them the information is no longer needed (the district's own retention schedules
 * are not in the PSN and are out of this rule), and never while a request to inspect the same
 * records is open (FERPA, 34 CFR 99.10(e)).
 */
export function checkDestruction(input: DestructionInput): DestructionCheck {
  const { parentInformedOn, parentRequestedOn, on } = input;
  if (parentInformedOn === null || parentInformedOn > on)
    return {
      allowed: false,
      citation: C.destruction,
      message:
        'Inform the parent that the information is no longer needed to provide educational services before destroying it.',
    };
  if (parentRequestedOn === null || parentRequestedOn > on)
    return {
      allowed: false,
      citation: C.destruction,
      message: 'The information is destroyed at the parent’s request; record the request first.',
    };
  if (!input.requesterHasAuthority)
    return {
      allowed: false,
      citation: C.access,
      message: 'The person who asked for destruction has no recorded authority over the records.',
    };
  if (input.inspectionOutstanding)
    return {
      allowed: false,
      citation: C.ferpaNoDestructionWhileRequested,
      message:
        'A request to inspect and review these records is open; records may not be destroyed until it is answered.',
    };
  return { allowed: true };
}
