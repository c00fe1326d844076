/**
 * The assessments an evaluation plan may list (PLAN, CSE referral process: "formal evaluations
 * and assessments are conducted to obtain a student profile"; the components of an individual
 * evaluation in 8 NYCRR 200.4(b)(1)), and which of them need the parent's consent. The PSN
 * (Other consent requirements) lets a district, without consent, review existing data as part
 * of an evaluation or a reevaluation, and give a test or evaluation that is given to all
 * children (unless all parents' consent is required for it).
 */
export const EVALUATION_COMPONENTS = [
  'physical-examination',
  'psychological-evaluation',
  'social-history',
  'classroom-observation',
  'speech-language',
  'occupational-therapy',
  'physical-therapy',
  'educational',
  'vocational-assessment',
  'functional-behavioral-assessment',
  'review-of-existing-data',
  'test-given-to-all-children',
] as const;
export type EvaluationComponent = (typeof EVALUATION_COMPONENTS)[number];

export const CONSENT_EXEMPT_CITATION = 'PSN, Parental consent, Other consent requirements';
export const VOCATIONAL_ASSESSMENT_CITATION =
  '8 NYCRR 200.4(b)(6)(viii), via PLAN, CSE referral process';

const EXEMPT: ReadonlySet<EvaluationComponent> = new Set([
  'review-of-existing-data',
  'test-given-to-all-children',
]);

/** Whether giving this component needs the parent's consent (initial evaluation or reevaluation). */
export function componentNeedsConsent(component: EvaluationComponent): boolean {
  return !EXEMPT.has(component);
}

/** Whole years of age on a day (dates YYYY-MM-DD): a birthday counts on the day itself. */
export function ageOn(dateOfBirth: string, on: string): number {
  const [by, bm, bd] = dateOfBirth.split('-').map(Number) as [number, number, number];
  const [y, m, d] = on.split('-').map(Number) as [number, number, number];
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

/**
 * A vocational assessment is part of the evaluation of a student age 12 and older; a younger
 * student's plan may not list one. Returns a message when the component does not fit.
 */
export function componentFitsAge(
  component: EvaluationComponent,
  dateOfBirth: string,
  asOf: string,
): string | null {
  if (component === 'vocational-assessment' && ageOn(dateOfBirth, asOf) < 12) {
    return 'A vocational assessment is for students 12 and older.';
  }
  return null;
}
