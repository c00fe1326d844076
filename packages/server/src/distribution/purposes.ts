/** Why distribution records were reached (access-log purposes of the `distribution` module). */
export const distributionPurposes = [
  'view-implementers',
  'assign-implementer',
  'end-assignment',
  'view-distribution-readiness',
  'record-iep-review',
  'confirm-iep-review',
  'request-iep-review',
  'view-notifications',
  'print-iep',
  'download-iep',
] as const;
