import { addMonths, civilFromDay, isoDate, type Day } from '../calendar/days.ts';
import { complaintsOf } from './complaints.ts';
import { check, deadline, describe, dueOn, statusOf } from './deadline.ts';
import type { Entry, EventRef, RuleDefinition } from './types.ts';

/**
 * Checks that are not deadlines. They share the timeline entry shape (kind `check`), with:
 * - `status`: `met` (the facts satisfy the check), `late` (a limit was exceeded), `open` /
 *   `overdue` (a notice still to give), `needs-determination` (the source leaves it to people,
 *   or a fact the check needs is not recorded), `not-applicable` (the condition does not arise);
 * - `finding`: a short code of what was found, listed with each check below;
 * - `due`: the date the check turns on (a limitation's last day, a notice's date), or null.
 * `change-of-placement` lives with discipline (discipline.ts) and `state-complaint-limitation`
 * with State complaints (state-complaints.ts).
 */

/**
 * "The due process complaint must allege a violation that happened not more than two years
 * before you or the school district knew or should have known" (exceptions: misrepresentation,
 * withheld information). Findings: `within-limitation`, `outside-limitation`,
 * `violation-date-unknown`, `knew-date-needed`. `due` = violation + 2 years.
 */
export const dpLimitation: RuleDefinition = {
  id: 'dp-limitation',
  citation: 'PSN, Filing a due process complaint',
  evaluate: (ctx) =>
    complaintsOf(ctx).map(({ received }) => {
      const { violationDate, knewOrShouldHaveKnown: knew } = received;
      if (violationDate === undefined) {
        return check(
          dpLimitation,
          received,
          null,
          'needs-determination',
          'violation-date-unknown',
          () => 'the complaint records no violationDate',
        );
      }
      const limit = addMonths(violationDate, 24);
      // Nobody knows of a violation after complaining about it, so receipt bounds the knew date.
      const latestKnew = knew ?? received.day;
      if (latestKnew <= limit)
        return check(dpLimitation, received, limit, 'met', 'within-limitation', () =>
          limitationFacts(violationDate, limit),
        );
      if (knew === undefined) {
        return check(
          dpLimitation,
          received,
          limit,
          'needs-determination',
          'knew-date-needed',
          () => `${limitationFacts(violationDate, limit)}; record knewOrShouldHaveKnown`,
        );
      }
      return check(
        dpLimitation,
        received,
        limit,
        'late',
        'outside-limitation',
        () =>
          `${limitationFacts(violationDate, limit)}; knew or should have known on ${isoDate(knew)}, unless the exceptions apply (misrepresentation that the problem was resolved, or information withheld)`,
      );
    }),
};

function limitationFacts(violation: Day, limit: Day): string {
  return `violation on ${isoDate(violation)}; it must be no more than 2 years before the complainant knew or should have known (${isoDate(limit)})`;
}

/**
 * "The CPSE will arrange for a reevaluation as long as it does not occur more frequently than
 * once a year, unless you and the CPSE both agree in writing." Findings: `first-reevaluation`,
 * `once-a-year`, `agreed-in-writing`, `more-than-once-a-year`, `written-agreement-unknown`.
 * `due` = a year after the previous request, the earliest day without an agreement.
 */
export const preschoolReevaluationFrequency: RuleDefinition = {
  id: 'preschool-reevaluation-frequency',
  citation: 'PSN NYC addendum, Preschool Timelines, Reevaluation',
  levels: ['preschool'],
  evaluate: (ctx) =>
    ctx.of('reevaluation-requested').map((request, i, all) => {
      const previous = all[i - 1];
      if (!previous)
        return check(
          preschoolReevaluationFrequency,
          request,
          null,
          'met',
          'first-reevaluation',
          () => 'no earlier reevaluation request',
        );
      const earliest = addMonths(previous.day, 12);
      if (request.day >= earliest)
        return check(preschoolReevaluationFrequency, request, earliest, 'met', 'once-a-year', () =>
          onceAYear(previous, earliest),
        );
      switch (request.agreedInWriting) {
        case true:
          return check(
            preschoolReevaluationFrequency,
            request,
            earliest,
            'met',
            'agreed-in-writing',
            () => `${onceAYear(previous, earliest)}; parent and CPSE agreed in writing`,
          );
        case false:
          return check(
            preschoolReevaluationFrequency,
            request,
            earliest,
            'late',
            'more-than-once-a-year',
            () => `${onceAYear(previous, earliest)}; no written agreement`,
          );
        case undefined:
          return check(
            preschoolReevaluationFrequency,
            request,
            earliest,
            'needs-determination',
            'written-agreement-unknown',
            () => `${onceAYear(previous, earliest)}; record agreedInWriting`,
          );
      }
    }),
};

function onceAYear(previous: EventRef, earliest: Day): string {
  return `previous ${describe(previous)}; once a year means not before ${isoDate(earliest)}`;
}

/**
 * District plan, Extended School Year: "a review period of eight (8) weeks or more would indicate
 * that substantial regression has occurred" (typical review: 20 to 40 school days). The Committee
 * decides eligibility from quantitative and qualitative information, so a long period is
 * `needs-determination` (finding `substantial-regression-indicated`); a shorter one is
 * `not-applicable` (finding `within-typical-review-period`).
 */
export const esyRegression: RuleDefinition = {
  id: 'esy-regression',
  citation: 'PLAN, Extended School Year',
  evaluate: (ctx) =>
    ctx
      .of('esy-review-period')
      .map((review) =>
        review.weeks >= 8
          ? check(
              esyRegression,
              review,
              null,
              'needs-determination',
              'substantial-regression-indicated',
              () =>
                `review or re-teaching took ${review.weeks} weeks (8 or more indicates substantial regression); the Committee decides ESY eligibility`,
            )
          : check(
              esyRegression,
              review,
              null,
              'not-applicable',
              'within-typical-review-period',
              () =>
                `review or re-teaching took ${review.weeks} weeks, under the 8-week guideline (typical: 20 to 40 school days)`,
            ),
      ),
};

/**
 * The procedural safeguards notice is given once a year and upon: initial referral or request
 * for evaluation, the parent's request, the first due process complaint and the first State
 * complaint in a school year (July 1 to June 30), and a disciplinary change of placement (the
 * same day). Findings: `notice-on-trigger`, `annual-notice`.
 */
export const psnAnnual: RuleDefinition = {
  id: 'psn-annual',
  citation: 'PSN, opening section (when the notice must be given)',
  evaluate: (ctx) => {
    const triggers: EventRef[] = ctx.of('referral-received').slice(0, 1);
    triggers.push(
      ...ctx.of('procedural-safeguards-notice-requested'),
      ...firstPerSchoolYear(ctx.of('dp-complaint-received')),
      ...firstPerSchoolYear(ctx.of('state-complaint-received')),
      ...ctx.of('change-of-placement-decision'),
    );
    const entries: Entry[] = triggers.map((trigger) => {
      const upon = dueOn(trigger.day, () => `upon ${describe(trigger)}`);
      const entry = deadline(ctx, psnAnnual, trigger, upon, ['procedural-safeguards-notice-given']);
      entry.kind = 'check';
      entry.finding = 'notice-on-trigger';
      return entry;
    });
    const given = ctx.of('procedural-safeguards-notice-given');
    given.forEach((notice, i) => {
      const due = addMonths(notice.day, 12);
      const next = given.find((g, j) => j > i && g.day <= ctx.asOf);
      const entry = check(
        psnAnnual,
        notice,
        due,
        statusOf(ctx.asOf, due, next?.day),
        'annual-notice',
        () => `once a year: 1 year after ${describe(notice)}`,
      );
      entry.satisfiedBy = next;
      entries.push(entry);
    });
    return entries;
  },
};

function firstPerSchoolYear<T extends EventRef>(events: readonly T[]): readonly T[] {
  if (events.length < 2) return events;
  const seen = new Set<number>();
  return events.filter((e) => {
    const { year, month } = civilFromDay(e.day);
    const schoolYear = month >= 7 ? year : year - 1;
    if (seen.has(schoolYear)) return false;
    seen.add(schoolYear);
    return true;
  });
}

export const CHECK_RULES = [dpLimitation, preschoolReevaluationFrequency, esyRegression, psnAnnual];
