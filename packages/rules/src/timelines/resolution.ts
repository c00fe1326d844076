import { complaintsOf, resolutionPeriod } from './complaints.ts';
import { after, deadline, describe, dueOn, informational, notApplicable } from './deadline.ts';
import type { Entry, RuleDefinition } from './types.ts';

/** The resolution process of a parent's due process complaint. */

/**
 * "Within 15 calendar days of receiving notice of your due process complaint" (7 for an
 * expedited complaint, PSN Appeal) the district convenes a resolution meeting, unless both waive
 * it or use mediation. An amended complaint restarts the count.
 */
export const dpResolutionMeeting: RuleDefinition = {
  id: 'dp-resolution-meeting',
  citation: 'PSN, Resolution meeting; expedited: Appeal',
  evaluate: (ctx) =>
    complaintsOf(ctx).map((complaint): Entry => {
      const { received } = complaint;
      if (received.filedBy !== 'parent')
        return notApplicable(
          dpResolutionMeeting,
          received,
          () => 'the district filed the complaint',
        );
      const start = resolutionPeriod(complaint).start;
      const counted = after(ctx, 'calendar', received.expedited ? 7 : 15, start);
      const entry = deadline(ctx, dpResolutionMeeting, start, counted, ['resolution-meeting-held']);
      const off = [...complaint.of('resolution-waived'), ...complaint.of('mediation-started')][0];
      if (!entry.satisfiedBy && off)
        return notApplicable(
          dpResolutionMeeting,
          start,
          () => `no resolution meeting needed: ${describe(off)}`,
        );
      return entry;
    }),
};

/** The resolution period; `due` is the day it ends (see complaints.ts for the adjustments). */
export const dpResolutionPeriod: RuleDefinition = {
  id: 'dp-resolution-period',
  citation: 'PSN, Resolution period; Adjustments to the 30-calendar-day resolution period',
  evaluate: (ctx) =>
    complaintsOf(ctx).map((complaint): Entry => {
      const { received } = complaint;
      if (received.filedBy !== 'parent') {
        return notApplicable(
          dpResolutionPeriod,
          received,
          () => 'the district filed the complaint: there is no resolution period',
        );
      }
      const period = resolutionPeriod(complaint);
      if (period.end === null) {
        const entry = informational(
          ctx,
          dpResolutionPeriod,
          period.start,
          dueOn(ctx.asOf, period.basis),
        );
        entry.due = null; // open until a party withdraws from mediation
        return entry;
      }
      return informational(ctx, dpResolutionPeriod, period.start, dueOn(period.end, period.basis));
    }),
};

/** "either party ... may void the agreement within three business days of the time that both ... signed". */
export const resolutionAgreementVoidWindow: RuleDefinition = {
  id: 'resolution-agreement-void-window',
  citation: 'PSN, Agreement review period',
  evaluate: (ctx) =>
    ctx
      .of('resolution-agreement-signed')
      .map((signed) =>
        informational(
          ctx,
          resolutionAgreementVoidWindow,
          signed,
          after(ctx, 'business', 3, signed),
        ),
      ),
};

export const RESOLUTION_RULES = [
  dpResolutionMeeting,
  dpResolutionPeriod,
  resolutionAgreementVoidWindow,
];
