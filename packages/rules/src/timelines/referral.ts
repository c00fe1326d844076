import { after, informational } from './deadline.ts';
import type { RuleDefinition } from './types.ts';

/**
 * District plan: "Within ten (10) days of receipt of referral to the CSE, the building
 * administrator may request a meeting with the parent ... to determine whether the student would
 * benefit from additional general education support services". A window, not an obligation.
 */
export const referralAdminMeeting: RuleDefinition = {
  id: 'referral-admin-meeting',
  citation: 'PLAN, Implementation of school-wide approaches',
  levels: ['school-age'],
  evaluate: (ctx) =>
    ctx
      .of('referral-received')
      .map((referral) =>
        informational(ctx, referralAdminMeeting, referral, after(ctx, 'school', 10, referral)),
      ),
};

export const REFERRAL_RULES = [referralAdminMeeting];
