/** The deadline rules of the timeline catalog, ids verbatim. */
export const RULE_IDS = [
  'referral-admin-meeting',
  'initial-evaluation-to-services',
  'initial-nonpublic-arrangement',
  'reevaluation-to-services',
  'p1-letter',
  'preschool-evaluation',
  'cpse-meeting',
  'preschool-services',
  'preschool-reevaluation-to-services',
  'records-inspection',
  'dp-sufficiency-challenge-window',
  'dp-sufficiency-ruling',
  'dp-response',
  'dp-resolution-meeting',
  'dp-resolution-period',
  'dp-hearing-decision',
  'expedited-hearing',
  'expedited-decision',
  'evidence-disclosure',
  'resolution-agreement-void-window',
  'sro-notice-of-intention',
  'sro-request-for-review',
  'sro-decision',
  'civil-action',
  'state-complaint-decision',
  'suspension-written-notice',
  'manifestation-determination',
  'removal-services-required',
  'iaes-special-circumstances-end',
  'unilateral-placement-notice',
] as const;

/** The catalog's "checks that are not deadlines", ids verbatim. */
export const CHECK_IDS = [
  'dp-limitation',
  'state-complaint-limitation',
  'change-of-placement',
  'preschool-reevaluation-frequency',
  'esy-regression',
  'psn-annual',
] as const;

export type RuleId = (typeof RULE_IDS)[number];
export type CheckId = (typeof CHECK_IDS)[number];
export type CatalogId = RuleId | CheckId;
