/** Why meeting records were reached (access-log purposes of the `meetings` module). */
export const meetingPurposes = [
  'view-meetings',
  'schedule-meeting',
  'record-meeting',
  'request-full-committee-review',
] as const;
