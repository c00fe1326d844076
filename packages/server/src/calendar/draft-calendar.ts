import { draftCalendar } from '@continuum/rules/calendar-draft/index.ts';
import { RuleInputError } from '@continuum/rules/calendar/index.ts';
import { InvalidInputError } from '../errors.ts';
import type { CalendarDocumentView, DraftCalendarInput } from './schemas.ts';

/**
 * Drafts one school year with New York's holidays (rules package, calendar-draft) for a person
 * to review before saving; nothing is stored. With `into`, the year joins that calendar (a
 * year with the same id is replaced, years stay in date order, holidays are merged), so a
 * district builds a calendar of several years one year at a time.
 */
export function draftSchoolYear(
  input: DraftCalendarInput,
  into: CalendarDocumentView | null = null,
): CalendarDocumentView {
  let draft;
  try {
    draft = draftCalendar({
      firstDay: input.firstDay,
      lastDay: input.lastDay,
      recesses: input.recesses ?? [],
      ...(input.name !== undefined && { name: input.name }),
    });
  } catch (error) {
    if (!(error instanceof RuleInputError)) throw error;
    throw new InvalidInputError(
      error.issues.map((i) => ({ path: i.field.replace(/\[(\d+)\]/g, '.$1'), message: i.message })),
    );
  }
  if (!into) return draft;
  const years = [...into.schoolYears.filter((y) => !draft.schoolYears.some((d) => d.id === y.id))];
  years.push(...draft.schoolYears);
  years.sort((a, b) => a.firstDay.localeCompare(b.firstDay));
  return {
    name: input.name ?? into.name,
    schoolYears: years,
    holidays: [...new Set([...into.holidays, ...draft.holidays])].sort(),
  };
}
