/** Why a referral's records were reached (access-log purposes of the `referrals` module). */
export const referralPurposes = [
  'view-referrals',
  'record-referral',
  'update-referral',
  'record-withdrawal-agreement',
] as const;
