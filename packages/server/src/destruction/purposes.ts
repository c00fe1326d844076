/** Why a child's destruction case was reached (access-log purposes of the `destruction` module). */
export const destructionPurposes = [
  'view-destruction',
  'view-destruction-queue',
  'inform-no-longer-needed',
  'request-destruction',
  'destroy-records',
] as const;
