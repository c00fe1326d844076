import type { EsyEligibilityCategory } from '../programs/esy.ts';
import type { ProgramId, ProgramLevel } from '../programs/catalog.ts';

/**
 * The content of one IEP version, as plain typed data (the server validates it with zod and
 * stores it as it is). A draft may leave anything unanswered (empty text, null, no rows); the
 * readiness check (readiness.ts) says what a final IEP must contain. Each field names the
 * content area of programs.md (IEP_CONTENT_AREAS) it answers.
 */

/** How often a service is given: `frequency` sessions per day, week or month. */
export const SERVICE_PERIODS = ['day', 'week', 'month'] as const;
export type ServicePeriod = (typeof SERVICE_PERIODS)[number];

/** One recommended program or service (area `programs-and-services`). */
export interface IepService {
  /** A program id of the catalog (programs/catalog.ts), verbatim. */
  program: ProgramId;
  /** The service as the district names it (speech-language therapy, counseling …); may be empty for a class. */
  service: string;
  frequency: number;
  period: ServicePeriod;
  /** Minutes per session (for a preschool class: minutes per day). */
  durationMinutes: number;
  location: string;
  /** Largest group the service is given in: 1 is individual; for a class, the students in it. */
  groupSize: number;
  startDate: string;
  endDate: string;
  /** Also given in July and August (area `twelve-month-services`). */
  twelveMonth: boolean;
}

/** A measurable annual goal (area `annual-goals`) with how and when progress is measured and reported. */
export interface IepGoal {
  /** The need it addresses (reading, social, motor …). */
  area: string;
  goal: string;
  /** Evaluation criteria: what counts as meeting it (80% accuracy over 3 sessions …). */
  criteria: string;
  /** Method of measurement (work samples, observation, curriculum-based measurement …). */
  method: string;
  /** Schedule: when progress is measured and reported to the parent. */
  schedule: string;
}

export interface TestingAccommodation {
  accommodation: string;
  /** For which tests and under which conditions. */
  conditions: string;
}

/** Areas of a coordinated set of transition activities (8 NYCRR 200.4(d)(2)(ix)). */
export const TRANSITION_ACTIVITY_AREAS = [
  'instruction',
  'related-services',
  'community-experiences',
  'employment',
  'adult-living',
  'daily-living-skills',
  'functional-vocational-evaluation',
] as const;
export type TransitionActivityArea = (typeof TRANSITION_ACTIVITY_AREAS)[number];

export interface TransitionActivity {
  area: TransitionActivityArea;
  activity: string;
  /** The school, agency or person responsible. */
  responsible: string;
}

export type PromotionStandard = 'standard' | 'modified';

export interface IepContent {
  /** A classification id (programs/classifications.ts) of the student's level, or null. */
  classification: string | null;
  presentLevels: { academic: string; social: string; physical: string; management: string };
  effectOnProgress: string;
  goals: IepGoal[];
  services: IepService[];
  /** Percentage of the school day in general education, 0-100 (drives the setting band). */
  generalEducationPercent: number | null;
  /** Why the student is not in general education for the rest of the day (area `least-restrictive-environment`). */
  leastRestrictiveEnvironment: string;
  /** `needed` null: not answered yet. */
  equipment: { needed: boolean | null; description: string };
  testingAccommodations: { none: boolean; items: TestingAccommodation[] };
  twelveMonthServices: {
    recommended: boolean;
    category: EsyEligibilityCategory | null;
    description: string;
  };
  promotionCriteria: {
    /** Students who take alternate assessments are not held to promotion criteria (PSN NYC addendum). */
    alternateAssessment: boolean;
    ela: PromotionStandard | null;
    math: PromotionStandard | null;
    /** The modified criteria, when either subject is modified. */
    modifiedCriteria: string;
  };
  transition: {
    postSecondaryEducation: string;
    postSecondaryEmployment: string;
    postSecondaryIndependentLiving: string;
    activities: TransitionActivity[];
  };
}

/** The dates of one version. The meeting's date comes from the meeting that developed it. */
export interface IepDates {
  meetingDate: string | null;
  projectedImplementationDate: string | null;
  annualReviewDate: string | null;
  reevaluationDate: string | null;
}

/** What the checks need to know about the student. */
export interface IepStudent {
  level: ProgramLevel;
  dateOfBirth: string;
  /** K, 1 … 12, UG; null for a preschool child. */
  grade: string | null;
}

/** A new, empty draft: nothing answered yet. */
export function emptyIepContent(): IepContent {
  return {
    classification: null,
    presentLevels: { academic: '', social: '', physical: '', management: '' },
    effectOnProgress: '',
    goals: [],
    services: [],
    generalEducationPercent: null,
    leastRestrictiveEnvironment: '',
    equipment: { needed: null, description: '' },
    testingAccommodations: { none: false, items: [] },
    twelveMonthServices: { recommended: false, category: null, description: '' },
    promotionCriteria: { alternateAssessment: false, ela: null, math: null, modifiedCriteria: '' },
    transition: {
      postSecondaryEducation: '',
      postSecondaryEmployment: '',
      postSecondaryIndependentLiving: '',
      activities: [],
    },
  };
}
