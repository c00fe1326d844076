import { addMonths } from '../calendar/days.ts';
import { after, deadline, describe, dueOn, informational } from './deadline.ts';
import type { RuleDefinition } from './types.ts';

/** State-level review of a hearing decision and the civil action after it (8 NYCRR 279; 20 USC 1415(i)(2)). */

/** A notice of intention to seek review is served within 25 calendar days after the decision. */
export const sroNoticeOfIntention: RuleDefinition = {
  id: 'sro-notice-of-intention',
  citation: 'PSN, State-level appeals',
  evaluate: (ctx) =>
    ctx
      .of('ihd-decision')
      .map((decision) =>
        informational(ctx, sroNoticeOfIntention, decision, after(ctx, 'calendar', 25, decision)),
      ),
};

/** The request for review reaches the State Review Officer within 40 calendar days after the decision. */
export const sroRequestForReview: RuleDefinition = {
  id: 'sro-request-for-review',
  citation: 'PSN, State-level appeals',
  evaluate: (ctx) =>
    ctx
      .of('ihd-decision')
      .map((decision) =>
        deadline(ctx, sroRequestForReview, decision, after(ctx, 'calendar', 40, decision), [
          'sro-request-received',
        ]),
      ),
};

/** "not later than 30 calendar days after the receipt of a request for review or such time as extended by the SRO". */
export const sroDecision: RuleDefinition = {
  id: 'sro-decision',
  citation: 'PSN, Timelines and convenience of hearings and reviews',
  evaluate: (ctx) => {
    const requests = ctx.of('sro-request-received');
    return requests.map((request, i) => {
      const next = requests[i + 1]?.day ?? Infinity;
      const extensions = ctx
        .of('sro-extension')
        .filter((e) => e.day >= request.day && e.day < next);
      const extra = extensions.reduce((sum, e) => sum + e.days, 0);
      const counted = after(ctx, 'calendar', 30 + extra, request);
      const withExtensions = dueOn(
        counted.due,
        () => `30 calendar days after ${describe(request)} plus ${extra} days of sro-extension`,
      );
      return deadline(ctx, sroDecision, request, extra > 0 ? withExtensions : counted, [
        'sro-decision',
      ]);
    });
  },
};

/** A civil action is brought within four calendar months from the SRO's decision (Education Law 4404(3)). */
export const civilAction: RuleDefinition = {
  id: 'civil-action',
  citation: 'PSN, Civil actions, including the time period in which to file those actions',
  evaluate: (ctx) =>
    ctx.of('sro-decision').map((decision) =>
      informational(
        ctx,
        civilAction,
        decision,
        dueOn(
          addMonths(decision.day, 4),
          () =>
            `4 calendar months after ${describe(decision)} (a day missing in the month becomes its last day)`,
        ),
      ),
    ),
};

export const APPEAL_RULES = [sroNoticeOfIntention, sroRequestForReview, sroDecision, civilAction];
