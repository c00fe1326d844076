/** Why escalation records were reached (access-log purposes of the `escalations` module). */
export const escalationPurposes = [
  'view-escalations',
  'file-escalation',
  'resolve-escalation',
] as const;
