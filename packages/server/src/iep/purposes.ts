/** Why IEP records were reached (access-log purposes of the `iep` module). */
export const iepPurposes = [
  'view-iep',
  'start-iep-draft',
  'save-iep-draft',
  'finalize-iep',
  'amend-iep',
  'show-current-draft-after-conflict',
  'record-iep-services-arranged',
  'record-iep-placement-offered',
] as const;
