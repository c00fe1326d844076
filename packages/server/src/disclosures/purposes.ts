/** Why disclosures and the record of access were reached (access-log purposes of the `disclosures` module). */
export const disclosurePurposes = [
  'view-disclosures',
  'record-disclosure',
  'view-record-of-access',
] as const;
