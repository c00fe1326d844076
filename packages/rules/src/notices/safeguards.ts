/**
 * When the procedural safeguards notice is given. Source: PSN, opening section ("A copy of
 * this procedural safeguards notice must be provided to you one time a year and: …"; 34 CFR
 * 300.504(a); 8 NYCRR 200.5(f)). The timeline check `psn-annual` reads the deliveries.
 */

export const PSN_TRIGGERS = [
  'annual',
  'initial-referral',
  'parent-request',
  'first-due-process-complaint',
  'first-state-complaint',
  'disciplinary-change-of-placement',
] as const;
export type PsnTrigger = (typeof PSN_TRIGGERS)[number];

export const PSN_TRIGGER_CITATION: Readonly<Record<PsnTrigger, string>> = {
  annual: 'PSN, opening section: one time a year',
  'initial-referral':
    'PSN, opening section: upon initial referral or your request for an evaluation',
  'parent-request': 'PSN, opening section: whenever you request a copy',
  'first-due-process-complaint':
    'PSN, opening section: upon receipt of the first due process complaint in a school year',
  'first-state-complaint':
    'PSN, opening section: the first time in a school year the district receives a copy of a State complaint',
  'disciplinary-change-of-placement':
    'PSN, opening section; Change of placement because of disciplinary removals: on the date of the decision',
};

/** Channels for the safeguards notice: the notice may also be handed over (at a meeting). */
export const PSN_CHANNELS = ['mail', 'email', 'in-person'] as const;
export type PsnChannel = (typeof PSN_CHANNELS)[number];
