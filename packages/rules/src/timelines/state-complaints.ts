import { addMonths, isoDate } from '../calendar/days.ts';
import { after, check, deadline } from './deadline.ts';
import type { RuleDefinition } from './types.ts';

/** "a time limit of 60 calendar days after a complaint is filed" to investigate and decide. */
export const stateComplaintDecision: RuleDefinition = {
  id: 'state-complaint-decision',
  citation: 'PSN, Minimum State complaint procedures',
  evaluate: (ctx) =>
    ctx
      .of('state-complaint-received')
      .map((received) =>
        deadline(ctx, stateComplaintDecision, received, after(ctx, 'calendar', 60, received), [
          'state-complaint-decision',
        ]),
      ),
};

/**
 * Check: "The complaint must allege a violation that occurred not more than one year prior to
 * the date that the complaint is received". `due` is the last day such a complaint may be
 * received; `met` = within the year, `late` = outside it.
 */
export const stateComplaintLimitation: RuleDefinition = {
  id: 'state-complaint-limitation',
  citation: 'PSN, Filing a complaint',
  evaluate: (ctx) =>
    ctx.of('state-complaint-received').map((received) => {
      const limit = addMonths(received.violationDate, 12);
      const within = received.day <= limit;
      return check(
        stateComplaintLimitation,
        received,
        limit,
        within ? 'met' : 'late',
        within ? 'within-limitation' : 'outside-limitation',
        () =>
          `violation on ${isoDate(received.violationDate)}; a complaint about it must be received within 1 year, by ${isoDate(limit)}`,
      );
    }),
};

export const STATE_COMPLAINT_RULES = [stateComplaintDecision, stateComplaintLimitation];
