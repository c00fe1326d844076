import { draftCalendar, type CalendarDocument } from '@continuum/rules/calendar-draft/index.ts';

/**
 * A calendar of four school years around a date (two before it, the one it is in, one after),
 * each from early September to late June with New York's holidays: for tests and rows that
 * need deadlines counted as of today without pinning today.
 */
export function calendarAround(date: string, name = 'Fixture calendar'): CalendarDocument {
  const year = Number(date.slice(0, 4));
  const drafts = [-2, -1, 0, 1].map((k) =>
    draftCalendar({ firstDay: `${year + k}-09-08`, lastDay: `${year + k + 1}-06-25` }),
  );
  return {
    name,
    schoolYears: drafts.flatMap((d) => d.schoolYears),
    holidays: [...new Set(drafts.flatMap((d) => d.holidays))],
  };
}
