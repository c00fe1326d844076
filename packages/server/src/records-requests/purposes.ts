/** Why records requests were reached (access-log purposes of the `records-requests` module). */
export const recordsRequestPurposes = [
  'view-records-requests',
  'request-records-inspection',
  'provide-records-inspection',
  'withdraw-records-request',
] as const;
