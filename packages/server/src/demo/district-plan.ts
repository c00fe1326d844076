/**
 * The shape of the demo district, taken from the district plan's tables (PLAN, "Disability by
 * Type and Age", "Number of CPSE Students", "School Age Students with Disabilities by
 * Setting"), so the reports built on the product's own records look like a real plan.
 */

/** The plan's age bands for school-age students, in the order of its table columns. */
export const AGE_BANDS = ['4-5', '6-11', '12-13', '14-17', '18-21'] as const;
export type AgeBand = (typeof AGE_BANDS)[number];

/** The ages in each band, both included. */
export const BAND_AGES: Readonly<Record<AgeBand, readonly [number, number]>> = {
  '4-5': [4, 5],
  '6-11': [6, 11],
  '12-13': [12, 13],
  '14-17': [14, 17],
  '18-21': [18, 21],
};

export function ageBandOf(age: number): AgeBand | undefined {
  return AGE_BANDS.find((band) => age >= BAND_AGES[band][0] && age <= BAND_AGES[band][1]);
}

export const SCHOOL_AGE_CLASSIFICATIONS = [
  'autism',
  'emotional-disturbance',
  'learning-disability',
  'intellectual-disability',
  'deafness',
  'hearing-impairment',
  'speech-or-language-impairment',
  'visual-impairment',
  'orthopedic-impairment',
  'other-health-impairment',
  'multiple-disabilities',
  'traumatic-brain-injury',
] as const;
export type SchoolAgeClassification = (typeof SCHOOL_AGE_CLASSIFICATIONS)[number];

export const PRESCHOOL_CLASSIFICATION = 'preschool-student-with-a-disability';

/**
 * Students per classification and age band (columns as AGE_BANDS): the plan's counts (283
 * students), except the four classifications the plan has none of (hearing, visual and
 * orthopedic impairment, traumatic brain injury), which get one or two students so that every
 * classification appears in the demo.
 */
export const STUDENTS_BY_CLASSIFICATION: Readonly<
  Record<SchoolAgeClassification, readonly [number, number, number, number, number]>
> = {
  autism: [4, 11, 2, 3, 2],
  'emotional-disturbance': [0, 3, 4, 6, 1],
  'learning-disability': [0, 36, 22, 43, 6],
  'intellectual-disability': [0, 0, 0, 3, 0],
  deafness: [0, 0, 1, 0, 0],
  'hearing-impairment': [0, 1, 0, 1, 0],
  'speech-or-language-impairment': [10, 36, 3, 5, 0],
  'visual-impairment': [0, 1, 0, 0, 0],
  'orthopedic-impairment': [0, 0, 1, 0, 0],
  'other-health-impairment': [1, 17, 6, 23, 3],
  'multiple-disabilities': [0, 11, 6, 11, 4],
  'traumatic-brain-injury': [0, 0, 0, 1, 0],
};

/** CPSE students by service type, [age 3, age 4]: the plan's 32. */
export const CPSE_STUDENTS_BY_SERVICE = {
  'related-services-only': [7, 6],
  'related-services-and-seit': [1, 0],
  seit: [0, 0],
  'special-class-integrated-half-day': [0, 0],
  'special-class-integrated-full-day': [0, 5],
  'special-class': [7, 6],
} as const satisfies Record<string, readonly [number, number]>;
export type CpseService = keyof typeof CPSE_STUDENTS_BY_SERVICE;

/**
 * School-age students taught outside the district's schools, by age band: the plan's
 * "separate school" (a BOCES program here) and "residential facility" (a non-public
 * residential school) rows.
 */
export const OUT_OF_DISTRICT_BY_BAND: Readonly<
  Record<'boces' | 'residential', Readonly<Partial<Record<AgeBand, number>>>>
> = {
  boces: { '6-11': 3, '14-17': 4, '18-21': 4 },
  residential: { '14-17': 2 },
};
