import {
  dayFromCivil,
  civilFromDay,
  isoDate,
  isWeekday,
  parseIsoDate,
  RuleInputError,
  type Day,
  type FieldIssue,
} from '../calendar/index.ts';
import { newYorkHolidays } from './holidays.ts';

/** What a person knows when starting a district calendar. Dates are YYYY-MM-DD. */
export interface CalendarDraftInput {
  firstDay: string;
  lastDay: string;
  /** Recesses (winter, mid-winter, spring ...), each inclusive; weekends inside are ignored. */
  recesses?: readonly { from: string; to: string }[];
  /** Defaults to "Draft calendar <school year>". */
  name?: string;
}

/** The calendar file of timelines.md ("Calendar file (JSON)"), as plain JSON. */
export interface CalendarDocument {
  name: string;
  schoolYears: {
    id: string;
    firstDay: string;
    lastDay: string;
    nonInstructionalDays: string[];
  }[];
  holidays: string[];
}

const DATE = 'must be a date YYYY-MM-DD';

/**
 * New York's school year runs July 1 to June 30 (Education Law 2(15)); a draft covers one.
 * Its `holidays` cover that whole window, summer included, because workdays and business days
 * are counted between school years too (timelines.md, "Day kinds").
 */
function schoolYearOf(day: Day): { start: Day; end: Day; id: string } {
  const { year, month } = civilFromDay(day);
  const startYear = month >= 7 ? year : year - 1;
  return {
    start: dayFromCivil(startYear, 7, 1),
    end: dayFromCivil(startYear + 1, 6, 30),
    id: `${startYear}-${String((startYear + 1) % 100).padStart(2, '0')}`,
  };
}

/**
 * Drafts the calendar of one school year: every weekday from `firstDay` to `lastDay` that is
 * a federal or State holiday or falls in a recess is non-instructional. A person reviews the
 * draft before use: add staff days, and remove holidays on which the district holds school
 * (many districts are open on Lincoln's Birthday or Election Day, for instance).
 * Throws RuleInputError naming every bad field.
 */
export function draftCalendar(input: CalendarDraftInput): CalendarDocument {
  const issues: FieldIssue[] = [];
  const date = (text: string, field: string): Day | null => {
    const parsed = parseIsoDate(text);
    if (parsed === null) issues.push({ field, message: `${DATE}, got "${text}"` });
    return parsed;
  };
  const first = date(input.firstDay, 'firstDay');
  const last = date(input.lastDay, 'lastDay');
  const recesses = (input.recesses ?? []).map((r, i) => ({
    from: date(r.from, `recesses[${i}].from`),
    to: date(r.to, `recesses[${i}].to`),
    i,
  }));
  if (input.name !== undefined && input.name.trim() === '') {
    issues.push({ field: 'name', message: 'must not be empty' });
  }
  if (first !== null && last !== null) {
    const year = schoolYearOf(first);
    if (last < first) issues.push({ field: 'lastDay', message: 'must be on or after firstDay' });
    else if (last > year.end) {
      issues.push({
        field: 'lastDay',
        message: `must be in the same school year as firstDay (July 1 to June 30: by ${isoDate(year.end)})`,
      });
    }
    for (const { from, to, i } of recesses) {
      if (from === null || to === null) continue;
      if (to < from)
        issues.push({
          field: `recesses[${i}].to`,
          message: 'must be on or after the recess start',
        });
      else if (from < first || to > last) {
        issues.push({
          field: `recesses[${i}]`,
          message: `must lie within the school year, ${isoDate(first)} to ${isoDate(last)}`,
        });
      }
    }
  }
  const [firstIssue, ...rest] = issues;
  if (firstIssue) throw new RuleInputError([firstIssue, ...rest]);
  // Every date parsed and no issue was recorded, so none of these is null.
  return build(input, first!, last!, recesses as { from: Day; to: Day }[]);
}

function build(
  input: CalendarDraftInput,
  first: Day,
  last: Day,
  recesses: { from: Day; to: Day }[],
): CalendarDocument {
  const year = schoolYearOf(first);
  const holidays = [...new Set(newYorkHolidays(year.start, year.end).map((h) => h.date))];
  const closed = new Set(holidays);
  const nonInstructionalDays: string[] = [];
  for (let d = first; d <= last; d = (d + 1) as Day) {
    if (!isWeekday(d)) continue;
    const iso = isoDate(d);
    if (closed.has(iso) || recesses.some((r) => r.from <= d && d <= r.to))
      nonInstructionalDays.push(iso);
  }
  return {
    name: input.name?.trim() ?? `Draft calendar ${year.id}`,
    schoolYears: [
      { id: year.id, firstDay: isoDate(first), lastDay: isoDate(last), nonInstructionalDays },
    ],
    holidays,
  };
}
