import { isoDate, type Day } from '../calendar/days.ts';
import { after, deadline, dueOn } from './deadline.ts';
import type { RuleDefinition } from './types.ts';

/**
 * Access rights (34 CFR 300.613): records are made available "without unnecessary delay and
 * before any meeting regarding an IEP, or any impartial due process hearing ..., and in no case
 * more than 45 calendar days after the request". A meeting scheduled after the request brings the
 * deadline forward to the day before it.
 */
export const recordsInspection: RuleDefinition = {
  id: 'records-inspection',
  citation: 'PSN, Access Rights (34 CFR 300.613)',
  evaluate: (ctx) =>
    ctx.of('records-request').map((request) => {
      const counted = after(ctx, 'calendar', 45, request);
      const meeting = ctx.of('meeting-scheduled').find((m) => m.day > request.day);
      const dayBefore = meeting ? ((meeting.day - 1) as Day) : undefined;
      const earlier =
        meeting && dayBefore !== undefined && dayBefore < counted.due
          ? dueOn(
              dayBefore,
              () =>
                `the day before the ${meeting.meeting} meeting on ${isoDate(meeting.day)} (before any meeting), earlier than ${counted.basis()}`,
            )
          : counted;
      return deadline(ctx, recordsInspection, request, earlier, ['records-inspection-provided']);
    }),
};

export const RECORDS_RULES = [recordsInspection];
