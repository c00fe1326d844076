/**
 * What an IEP contains (PLAN, CSE referral process; 12-month services from PLAN, Extended
 * School Year; promotion criteria from the PSN NYC addendum, Promotion Standards). `when`
 * says when an area applies; areas without it apply to every IEP.
 */
export const IEP_CONTENT_AREAS = [
  {
    id: 'classification',
    label: 'Classification of the disability',
    citation: 'PLAN, CSE referral process',
  },
  {
    id: 'present-levels',
    label:
      'Present levels of performance and individual needs: academic, physical, social and management',
    citation: 'PLAN, CSE referral process',
  },
  {
    id: 'annual-goals',
    label: 'Measurable annual goals, and objectives where appropriate',
    citation: 'PLAN, CSE referral process',
  },
  {
    id: 'post-secondary-goals',
    label: 'Post-secondary goals and plans',
    citation: 'PLAN, CSE referral process',
    when: 'if appropriate',
  },
  {
    id: 'programs-and-services',
    label: 'Special education programs and related services',
    citation: 'PLAN, CSE referral process',
  },
  {
    id: 'least-restrictive-environment',
    label: 'Least restrictive environment',
    citation: 'PLAN, CSE referral process',
  },
  {
    id: 'effect-on-general-education-progress',
    label: "How the disability affects the student's progress in general education",
    citation: 'PLAN, CSE referral process',
  },
  {
    id: 'general-education-participation',
    label: 'Extent of participation in general education',
    citation: 'PLAN, CSE referral process',
  },
  {
    id: 'equipment-and-devices',
    label: 'Specialized equipment and adaptive devices',
    citation: 'PLAN, CSE referral process',
  },
  {
    id: 'testing-accommodations',
    label: 'Testing accommodations',
    citation: 'PLAN, CSE referral process',
  },
  {
    id: 'transition-activities',
    label: 'Coordinated set of transition activities',
    citation: 'PLAN, CSE referral process',
    when: 'if appropriate',
  },
  {
    id: 'twelve-month-services',
    label: '12-month (extended school year) services',
    citation: 'PLAN, Extended School Year (ESY) services',
    when: 'if the student is eligible',
  },
  {
    id: 'promotion-criteria',
    label: 'Promotion criteria: standard or modified, in ELA and math',
    citation: 'PSN NYC addendum, Promotion Standards',
    when: 'grades 3-8',
  },
] as const satisfies readonly { id: string; label: string; citation: string; when?: string }[];

export type IepContentArea = (typeof IEP_CONTENT_AREAS)[number]['id'];
