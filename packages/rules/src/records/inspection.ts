import { RECORDS_CITATIONS as C } from './citations.ts';

/**
 * Who may inspect and review a child's education records (PSN, Access Rights, 34 CFR 300.613).
 * Pure: the caller passes who asks, what the product has recorded about their authority and
 * the day. The deadline to comply is the timelines rule `records-inspection` (45 calendar days,
 * and before any IEP meeting or hearing); this file only says whether the request is valid.
 */

/** The age of majority under State law, as the PSN gives it (34 CFR 300.622: "age 18"). */
export const AGE_OF_MAJORITY = 18;

/**
 * What State law can limit, per the PSN: "guardianship, or separation and divorce". `other`
 * is another court order or agreement the privacy officer recorded.
 */
export const AUTHORITY_LIMIT_BASES = ['guardianship', 'separation', 'divorce', 'other'] as const;
export type AuthorityLimitBasis = (typeof AUTHORITY_LIMIT_BASES)[number];

/**
 * A limit on a parent's authority the district was advised of. `removesRecordsAccess` says
 * whether the order takes away the right to inspect the records: an order that only limits
 * educational decisions leaves it (the presumption is about authority "to inspect and review",
 * so the product asks the question the presumption turns on, not a broader one).
 */
export interface AuthorityLimit {
  basis: AuthorityLimitBasis;
  removesRecordsAccess: boolean;
}

export type InspectionRequester =
  | { kind: 'parent'; limit: AuthorityLimit | null }
  /** A representative of a parent: `authorizedBy` is that parent, or null if none recorded. */
  | { kind: 'representative'; authorizedBy: { limit: AuthorityLimit | null } | null }
  | { kind: 'student'; dateOfBirth: string };

export interface InspectionInput {
  requester: InspectionRequester;
  /** The day of the request (YYYY-MM-DD). */
  on: string;
}

export type InspectionRefusal = 'authority-limited' | 'no-authorization' | 'not-of-age';

export type InspectionResult =
  | { allowed: true; basis: string; citation: string }
  | {
      allowed: false;
      reason: InspectionRefusal;
      message: string;
      citation: string;
      field: 'requester';
    };

/** Whether `requester` may inspect and review the child's records on the day of the request. */
export function checkInspectionRequest({ requester, on }: InspectionInput): InspectionResult {
  switch (requester.kind) {
    case 'parent':
      return parentAuthority(requester.limit, 'parent');
    case 'representative':
      if (requester.authorizedBy === null)
        return {
          allowed: false,
          reason: 'no-authorization',
          field: 'requester',
          citation: C.access,
          message:
            "A representative inspects the records on a parent's behalf. Record the parent's authorization of this representative first.",
        };
      return parentAuthority(requester.authorizedBy.limit, 'representative');
    case 'student':
      // The PSN names the age of majority (18) for consent (34 CFR 300.622) and points
      // education records to FERPA (34 CFR 300.611), whose rights pass to a student of 18: an
      // adult student may inspect their own records. The parent's right is not taken away here.
      if (ageOn(requester.dateOfBirth, on) >= AGE_OF_MAJORITY)
        return {
          allowed: true,
          citation: C.disclosure,
          basis: `The student has reached the age of majority (${AGE_OF_MAJORITY}).`,
        };
      return {
        allowed: false,
        reason: 'not-of-age',
        field: 'requester',
        citation: C.disclosure,
        message: `A student may ask to inspect their own records from the age of majority (${AGE_OF_MAJORITY}). Until then the parent asks.`,
      };
  }
}

function parentAuthority(
  limit: AuthorityLimit | null,
  who: 'parent' | 'representative',
): InspectionResult {
  if (limit?.removesRecordsAccess)
    return {
      allowed: false,
      reason: 'authority-limited',
      field: 'requester',
      citation: C.access,
      message: `The district has a recorded ${limit.basis === 'other' ? 'court order or agreement' : limit.basis} limit that removes ${who === 'parent' ? "this parent's" : "the authorizing parent's"} authority to inspect the records.`,
    };
  const presumed = 'A parent is presumed to have authority to inspect and review the records';
  return {
    allowed: true,
    citation: C.access,
    basis:
      limit === null
        ? `${presumed}; no limit is recorded.`
        : `${presumed}; the recorded ${limit.basis} limit does not remove it.`,
  };
}

/**
 * Whole years from `dateOfBirth` to `on` (both YYYY-MM-DD). Someone born on 29 February turns a
 * year older on 1 March in a common year (the month-day text compares after 28 February).
 */
export function ageOn(dateOfBirth: string, on: string): number {
  const years = Number(on.slice(0, 4)) - Number(dateOfBirth.slice(0, 4));
  return on.slice(5) >= dateOfBirth.slice(5) ? years : years - 1;
}
