import { before, statusOf } from './deadline.ts';
import { TimelineEntry } from './entry.ts';
import type { RuleDefinition } from './types.ts';

/**
 * Limitation on reimbursement: reimbursement may be reduced or denied if "at least 10 business
 * days (including any holidays that occur on a business day) prior to the removal of your child
 * from the public school, you did not give written notice". The notice comes before its trigger,
 * so it is looked for on or before the removal.
 */
export const unilateralPlacementNotice: RuleDefinition = {
  id: 'unilateral-placement-notice',
  citation: 'PSN, Limitation on reimbursement',
  evaluate: (ctx) =>
    ctx.of('unilateral-placement-removal').map((removal) => {
      const counted = before(ctx, 'business-incl-holidays', 10, removal);
      const notices = ctx
        .of('parent-notice-of-private-placement')
        .filter((n) => n.day <= removal.day && n.day <= ctx.asOf);
      const notice = notices[notices.length - 1];
      const entry = new TimelineEntry(
        unilateralPlacementNotice,
        'deadline',
        counted.due,
        statusOf(ctx.asOf, counted.due, notice?.day),
        () => `${counted.basis()}: the latest day for the parent's written notice`,
        removal,
      );
      entry.satisfiedBy = notice;
      return entry;
    }),
};

export const PRIVATE_PLACEMENT_RULES = [unilateralPlacementNotice];
