import { requireAmount } from './violation.ts';
import type { Violation } from './violation.ts';

const CITATION = 'PLAN, Extended School Year (ESY) services (8 NYCRR 200.6(k))';

/**
 * Who is considered for 12-month services to prevent substantial regression (PLAN, Extended
 * School Year; for preschool, PLAN, Special classes (v) (a)-(e)). The same five categories
 * apply at both levels, worded for each.
 */
export const ESY_ELIGIBILITY_CATEGORIES = [
  {
    id: 'highly-intensive-management-needs',
    label:
      'Management needs so highly intensive that they require a high degree of individualized attention and intervention (school age: placed in a special class)',
  },
  {
    id: 'severe-multiple-disabilities',
    label:
      'Severe multiple disabilities, with a program primarily of habilitation (rehabilitation) and treatment',
  },
  {
    id: 'home-hospital-highly-intensive',
    label:
      'Home and hospital instruction (preschool: at home) with highly intensive needs or severe multiple disabilities',
  },
  {
    id: 'seven-day-residential',
    label: 'Needs so severe that only a seven-day residential program meets them',
  },
  {
    id: 'structured-twelve-month-to-prevent-regression',
    label:
      'Any other student whose disability requires a structured 12-month program to prevent substantial regression',
  },
] as const;

export type EsyEligibilityCategory = (typeof ESY_ELIGIBILITY_CATEGORIES)[number]['id'];

/** A review period of this many weeks or more indicates substantial regression (PLAN, Extended School Year). */
export const SUBSTANTIAL_REGRESSION_WEEKS = 8;

/** The usual review at the start of a school year, in school days; recoupment beyond it is regression. */
export const TYPICAL_REVIEW_SCHOOL_DAYS = { min: 20, max: 40 } as const;

export interface RegressionEvidence {
  /** Weeks of review or re-teaching needed to recoup the skills held at the end of the prior year. */
  reviewPeriodWeeks: number;
  /** Whether the IEP recommends 12-month services. */
  twelveMonthServicesRecommended: boolean;
}

/** Whether a review period indicates substantial regression: 8 weeks or more. */
export function indicatesSubstantialRegression(reviewPeriodWeeks: number): boolean {
  return requireAmount(reviewPeriodWeeks, 'reviewPeriodWeeks') >= SUBSTANTIAL_REGRESSION_WEEKS;
}

/**
 * The committee decides eligibility on quantitative and qualitative information; this check
 * only flags an IEP without 12-month services when the review period meets the guideline,
 * so the committee can consider it (PLAN, Extended School Year).
 */
export function checkSubstantialRegression(evidence: RegressionEvidence): Violation[] {
  const weeks = evidence.reviewPeriodWeeks;
  if (!indicatesSubstantialRegression(weeks) || evidence.twelveMonthServicesRecommended) return [];
  return [
    {
      check: 'esy-substantial-regression',
      program: null,
      message: `A review period of ${weeks} weeks indicates substantial regression (${SUBSTANTIAL_REGRESSION_WEEKS} weeks or more), but the IEP recommends no 12-month services; the committee should consider them.`,
      citation: CITATION,
      facts: {
        reviewPeriodWeeks: weeks,
        thresholdWeeks: SUBSTANTIAL_REGRESSION_WEEKS,
        twelveMonthServicesRecommended: false,
      },
    },
  ];
}
