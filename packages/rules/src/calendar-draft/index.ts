/** Drafts a district calendar file from a school year's bounds, its recesses and New York's holidays. */
export { draftCalendar, type CalendarDraftInput, type CalendarDocument } from './draft.ts';
export { newYorkHolidays, type Holiday } from './holidays.ts';
