/** Why a child's records were reached (access-log purposes of the `complete-record` module). */
export const completeRecordPurposes = [
  'assemble-complete-record',
  'copy-complete-record',
  'record-records-copy',
] as const;
