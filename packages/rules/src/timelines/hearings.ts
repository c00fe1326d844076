import { isoDate, type Day } from '../calendar/days.ts';
import { complaintsOf, resolutionPeriod } from './complaints.ts';
import type { CaseEvent } from './case.ts';
import { after, deadline, describe, dueOn, firstSatisfying, notApplicable } from './deadline.ts';
import { TimelineEntry } from './entry.ts';
import type { Entry, RuleDefinition } from './types.ts';

/** Hearing decisions: the regular 45 / 30 day timeline and the expedited (discipline) hearing. */

/**
 * "not later than 45 calendar days for school-age students or 30 calendar days for preschool
 * students, after the expiration of the 30 calendar day period for resolution meetings" or of
 * the adjusted period, plus any specific extension the hearing officer grants. A district's
 * complaint has no resolution period, so the count starts at receipt.
 */
export const dpHearingDecision: RuleDefinition = {
  id: 'dp-hearing-decision',
  citation: 'PSN, Timelines and convenience of hearings and reviews',
  evaluate: (ctx) =>
    complaintsOf(ctx).map((complaint): Entry => {
      const { received } = complaint;
      if (received.expedited)
        return notApplicable(
          dpHearingDecision,
          received,
          () => 'an expedited complaint follows the expedited hearing timeline',
        );
      const days = ctx.level === 'preschool' ? 30 : 45;
      const extensions = complaint.of('hearing-extension');
      const extra = extensions.reduce((sum, e) => sum + e.days, 0);
      if (received.filedBy === 'district') {
        const counted = after(ctx, 'calendar', days + extra, received);
        const noPeriod = dueOn(
          counted.due,
          () =>
            `${days} calendar days after ${describe(received)} (no resolution period)${plus(extra, extensions)}`,
        );
        return deadline(ctx, dpHearingDecision, received, noPeriod, ['ihd-decision']);
      }
      const period = resolutionPeriod(complaint);
      if (period.end === null) {
        const satisfied = firstSatisfying(ctx, ['ihd-decision'], received.day);
        const entry = new TimelineEntry(
          dpHearingDecision,
          'deadline',
          null,
          satisfied ? 'met' : 'open',
          () =>
            `${days} calendar days after the resolution period ends, which has not happened: ${period.basis()}`,
          received,
        );
        entry.satisfiedBy = satisfied;
        return entry;
      }
      const end = period.end;
      const afterPeriod = dueOn(
        (end + days + extra) as Day,
        () =>
          `${days} calendar days after the resolution period ended on ${isoDate(end)} (${period.basis()})${plus(extra, extensions)}`,
      );
      return deadline(ctx, dpHearingDecision, received, afterPeriod, ['ihd-decision']);
    }),
};

/** The extensions the hearing officer granted, for the basis text. */
function plus(extra: number, extensions: readonly CaseEvent<'hearing-extension'>[]): string {
  return extra > 0
    ? ` plus ${extra} days of hearing-extension (${extensions.map((e) => isoDate(e.day)).join(', ')})`
    : '';
}

/** "an expedited due process hearing, which must occur within 20 school days of the date the hearing is requested". */
export const expeditedHearing: RuleDefinition = {
  id: 'expedited-hearing',
  citation: 'PSN, Appeal (discipline)',
  evaluate: (ctx) =>
    complaintsOf(ctx)
      .filter((c) => c.received.expedited)
      .map(({ received }) =>
        deadline(ctx, expeditedHearing, received, after(ctx, 'school', 20, received), [
          'hearing-started',
        ]),
      ),
};

/** "... and must result in a determination within 10 school days after the hearing". */
export const expeditedDecision: RuleDefinition = {
  id: 'expedited-decision',
  citation: 'PSN, Appeal (discipline)',
  evaluate: (ctx) =>
    complaintsOf(ctx)
      .filter((c) => c.received.expedited)
      .flatMap((c) => c.of('hearing-started').slice(0, 1))
      .map((started) =>
        deadline(ctx, expeditedDecision, started, after(ctx, 'school', 10, started), [
          'ihd-decision',
        ]),
      ),
};

export const HEARING_RULES = [dpHearingDecision, expeditedHearing, expeditedDecision];
