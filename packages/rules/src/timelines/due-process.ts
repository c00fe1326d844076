import { isoDate } from '../calendar/days.ts';
import { complaintsOf } from './complaints.ts';
import { after, before, deadline, dueOn, informational } from './deadline.ts';
import type { RuleDefinition } from './types.ts';

/** Due process complaint steps that precede the hearing: sufficiency, response, disclosure. */

/** "the due process complaint will be considered sufficient unless the party receiving it notifies the hearing officer ... within 15 calendar days". */
export const dpSufficiencyChallengeWindow: RuleDefinition = {
  id: 'dp-sufficiency-challenge-window',
  citation: 'PSN, Sufficiency of complaint',
  evaluate: (ctx) =>
    complaintsOf(ctx).map(({ received }) => {
      const counted = after(ctx, 'calendar', 15, received);
      const deemedSufficient = dueOn(
        counted.due,
        () => `${counted.basis()}; after it, the complaint is deemed sufficient`,
      );
      return deadline(ctx, dpSufficiencyChallengeWindow, received, deemedSufficient, [
        'dp-sufficiency-challenge',
      ]);
    }),
};

/** "Within five calendar days of receiving the notification ..., the hearing officer must decide". */
export const dpSufficiencyRuling: RuleDefinition = {
  id: 'dp-sufficiency-ruling',
  citation: 'PSN, Sufficiency of complaint',
  evaluate: (ctx) =>
    ctx
      .of('dp-sufficiency-challenge')
      .map((challenge) =>
        deadline(ctx, dpSufficiencyRuling, challenge, after(ctx, 'calendar', 5, challenge), [
          'dp-sufficiency-ruling',
        ]),
      ),
};

/**
 * The receiving party responds within 10 calendar days. A district that had not sent prior
 * written notice on the subject must also include the four elements of the LEA response.
 */
export const dpResponse: RuleDefinition = {
  id: 'dp-response',
  citation: 'PSN, LEA response / Other party response',
  evaluate: (ctx) =>
    complaintsOf(ctx).map(({ received }) => {
      const counted = after(ctx, 'calendar', 10, received);
      const noNotice =
        received.filedBy === 'parent' &&
        !ctx.of('prior-written-notice-sent').some((p) => p.day <= received.day);
      const response = dueOn(
        counted.due,
        () =>
          `${counted.basis()}; the ${received.filedBy === 'parent' ? 'district' : 'parent'} responds` +
          (noNotice
            ? '; no prior written notice on the subject was sent, so the response must hold the four elements of the LEA response'
            : ''),
      );
      return deadline(ctx, dpResponse, received, response, ['dp-response-sent']);
    }),
};

/** "At least five business days prior to a due process hearing" each party discloses evaluations. */
export const evidenceDisclosure: RuleDefinition = {
  id: 'evidence-disclosure',
  citation: 'PSN, Hearing rights',
  evaluate: (ctx) =>
    ctx
      .of('meeting-scheduled')
      .filter((m) => m.meeting === 'hearing')
      .map((hearing) => {
        const counted = before(ctx, 'business', 5, hearing);
        return informational(
          ctx,
          evidenceDisclosure,
          hearing,
          dueOn(
            counted.due,
            () =>
              `${counted.basis()}: the latest day to disclose evaluations for the hearing on ${isoDate(hearing.day)}`,
          ),
        );
      }),
};

export const DUE_PROCESS_RULES = [
  dpSufficiencyChallengeWindow,
  dpSufficiencyRuling,
  dpResponse,
  evidenceDisclosure,
];
