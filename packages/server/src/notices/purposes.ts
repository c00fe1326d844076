/** Why notices were reached (access-log purposes of the `notices` module). */
export const noticePurposes = [
  'view-notices',
  'draft-notice',
  'send-notice',
  'record-safeguards-delivery',
] as const;
