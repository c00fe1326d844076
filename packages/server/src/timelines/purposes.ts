/** Why case timelines were reached (access-log purposes of the `timelines` module). */
export const timelinePurposes = [
  'view-deadline-dashboard',
  'view-case-timeline',
  'record-case-event',
  'void-case-event',
] as const;
