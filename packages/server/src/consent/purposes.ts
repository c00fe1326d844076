/** Why consent records were reached (access-log purposes of the `consent` module). */
export const consentPurposes = [
  'view-consents',
  'request-consent',
  'record-consent-response',
  'revoke-consent',
  'log-reasonable-effort',
  'record-benefits-notification',
] as const;
