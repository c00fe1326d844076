import type { ProgramLevel } from './catalog.ts';

/**
 * The disability classifications (PLAN, Disability by Type and Age), with Deaf-Blindness,
 * which New York adds (8 NYCRR 200.1(zz)(2)) though the plan's table omits it. Preschool
 * children are not classified by type: they are "preschool student with a disability"
 * (8 NYCRR 200.1(mm)).
 */
export const DISABILITY_CLASSIFICATIONS = [
  { id: 'autism', label: 'Autism', level: 'school-age' },
  { id: 'deaf-blindness', label: 'Deaf-Blindness', level: 'school-age' },
  { id: 'deafness', label: 'Deafness', level: 'school-age' },
  { id: 'emotional-disturbance', label: 'Emotional Disturbance', level: 'school-age' },
  { id: 'hearing-impairment', label: 'Hearing Impairment', level: 'school-age' },
  { id: 'learning-disability', label: 'Learning Disability', level: 'school-age' },
  { id: 'intellectual-disability', label: 'Intellectual Disability', level: 'school-age' },
  { id: 'multiple-disabilities', label: 'Multiple Disabilities', level: 'school-age' },
  { id: 'orthopedic-impairment', label: 'Orthopedic Impairment', level: 'school-age' },
  { id: 'other-health-impairment', label: 'Other Health Impairment', level: 'school-age' },
  {
    id: 'speech-or-language-impairment',
    label: 'Speech or Language Impairment',
    level: 'school-age',
  },
  { id: 'traumatic-brain-injury', label: 'Traumatic Brain Injury', level: 'school-age' },
  { id: 'visual-impairment', label: 'Visual Impairment', level: 'school-age' },
  {
    id: 'preschool-student-with-a-disability',
    label: 'Preschool student with a disability',
    level: 'preschool',
  },
] as const satisfies readonly { id: string; label: string; level: ProgramLevel }[];

export type DisabilityClassification = (typeof DISABILITY_CLASSIFICATIONS)[number]['id'];

export const DISABILITY_CLASSIFICATIONS_CITATION =
  'PLAN, Disability by Type and Age (8 NYCRR 200.1(zz))';
