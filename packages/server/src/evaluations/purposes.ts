/** Why evaluation records were reached (access-log purposes of the `evaluations` module). */
export const evaluationPurposes = [
  'view-evaluations',
  'plan-evaluation',
  'record-evaluation-report',
  'determine-eligibility',
  'record-iee-request',
  'respond-to-iee-request',
] as const;
