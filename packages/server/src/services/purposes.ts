/** Why service delivery records were reached (access-log purposes of the `services` module). */
export const servicePurposes = [
  'view-service-delivery',
  'log-service-session',
  'void-service-session',
  'view-caseload',
  'view-delivery-alerts',
  'view-under-delivery-report',
  'export-under-delivery-report',
  'view-session-group',
  'void-session-group',
] as const;
