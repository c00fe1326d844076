import { RECORDS_CITATIONS as C } from './citations.ts';

/**
 * Fees for copies of a child's records (PSN, Fees, 34 CFR 300.617): "a fee for copies of
 * records ... if the fee does not effectively prevent you from exercising your right to inspect
 * and review those records", and never "a fee to search for or to retrieve information".
 * Amounts are whole cents.
 */

/** What a district's fee schedule may name. Only copies may carry a fee. */
export const FEE_KINDS = ['copy-per-page', 'search', 'retrieval'] as const;
export type FeeKind = (typeof FEE_KINDS)[number];

export interface FeeLine {
  kind: FeeKind;
  cents: number;
}

export interface FeeScheduleProblem {
  /** The index of the offending line. */
  line: number;
  message: string;
  citation: string;
}

/** The problems of a district's fee schedule; an empty list means it may be saved. */
export function checkFeeSchedule(lines: readonly FeeLine[]): FeeScheduleProblem[] {
  const problems: FeeScheduleProblem[] = [];
  lines.forEach((line, index) => {
    if (!Number.isInteger(line.cents) || line.cents < 0)
      problems.push({
        line: index,
        citation: C.fees,
        message: 'A fee is a whole number of cents, zero or more.',
      });
    else if (line.kind !== 'copy-per-page' && line.cents > 0)
      problems.push({
        line: index,
        citation: C.fees,
        message: `The district may not charge a fee to ${line.kind === 'search' ? 'search for' : 'retrieve'} information; only copies may carry a fee.`,
      });
    else if (lines.findIndex((other) => other.kind === line.kind) !== index)
      problems.push({
        line: index,
        citation: C.fees,
        message: 'Each kind of fee appears once in the schedule.',
      });
  });
  return problems;
}

export interface CopyFeeInput {
  schedule: readonly FeeLine[];
  pages: number;
  /**
   * The parent said the fee would keep them from inspecting and reviewing the records (they
   * cannot pay it). The fee is waived: a fee may not "effectively prevent" the right.
   */
  feePreventsAccess: boolean;
}

export interface CopyFee {
  owedCents: number;
  /** Why this amount, for the parent and the privacy officer. */
  why: string;
  citation: string;
}

/**
 * What a parent owes for `pages` copied pages. Search and retrieval are never charged, whatever
 * the schedule says (a schedule that names them is refused by `checkFeeSchedule` anyway).
 */
export function copyFee({ schedule, pages, feePreventsAccess }: CopyFeeInput): CopyFee {
  const perPage = schedule.find((line) => line.kind === 'copy-per-page')?.cents ?? 0;
  if (feePreventsAccess)
    return {
      owedCents: 0,
      citation: C.fees,
      why: 'Waived: a fee may not prevent the parent from inspecting and reviewing the records.',
    };
  if (perPage === 0 || pages === 0)
    return {
      owedCents: 0,
      citation: C.fees,
      why: 'No fee: the district charges nothing for these copies, and never for search or retrieval.',
    };
  return {
    owedCents: perPage * pages,
    citation: C.fees,
    why: `${pages} page${pages === 1 ? '' : 's'} at the district's copy fee; no fee for search or retrieval.`,
  };
}
