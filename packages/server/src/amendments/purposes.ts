/** Why amendment requests and statements were reached (access-log purposes of the `amendments` module). */
export const amendmentPurposes = [
  'view-amendments',
  'request-amendment',
  'decide-amendment',
  'request-amendment-hearing',
  'record-amendment-hearing',
  'withdraw-amendment',
  'add-amendment-statement',
] as const;
