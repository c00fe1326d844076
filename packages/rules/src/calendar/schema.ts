import { z } from 'zod';
import { fieldPath, RuleInputError, type FieldIssue } from './errors.ts';
import { isWeekday, parseIsoDate, type Day } from './days.ts';

/**
 * The calendar file: school years with their first and last days and non-instructional
 * weekdays, plus the federal and State holidays that workdays and business days skip.
 */
export interface CalendarSpec {
  readonly name: string;
  readonly schoolYears: readonly SchoolYearSpec[];
  readonly holidays: readonly Day[];
}

export interface SchoolYearSpec {
  readonly id: string;
  readonly firstDay: Day;
  readonly lastDay: Day;
  readonly nonInstructionalDays: readonly Day[];
}

const DATE_MESSAGE = 'must be a date YYYY-MM-DD';

/** A `YYYY-MM-DD` string that names a real day, parsed to its day number. */
export const isoDateField = z
  .string({ error: DATE_MESSAGE })
  .refine((s) => parseIsoDate(s) !== null, DATE_MESSAGE)
  .transform((s) => parseIsoDate(s) as Day);

const schoolYear = z
  .strictObject({
    id: z.string().min(1, 'must name the school year, e.g. "2026-27"'),
    firstDay: isoDateField,
    lastDay: isoDateField,
    nonInstructionalDays: z.array(isoDateField).default([]),
  })
  .superRefine((year, ctx) => {
    if (year.lastDay < year.firstDay) {
      ctx.addIssue({
        code: 'custom',
        path: ['lastDay'],
        message: `${DATE_MESSAGE} on or after firstDay`,
      });
      return;
    }
    year.nonInstructionalDays.forEach((d, i) => {
      if (d < year.firstDay || d > year.lastDay || !isWeekday(d)) {
        ctx.addIssue({
          code: 'custom',
          path: ['nonInstructionalDays', i],
          message: 'must be a weekday between firstDay and lastDay',
        });
      }
    });
  });

const calendarSchema = z
  .strictObject({
    name: z.string().min(1, 'must name the calendar'),
    schoolYears: z.array(schoolYear).min(1, 'must list at least one school year'),
    holidays: z.array(isoDateField).default([]),
  })
  .superRefine((cal, ctx) => {
    const ids = new Set<string>();
    cal.schoolYears.forEach((year, i) => {
      if (ids.has(year.id)) {
        ctx.addIssue({
          code: 'custom',
          path: ['schoolYears', i, 'id'],
          message: `duplicate school year "${year.id}"`,
        });
      }
      ids.add(year.id);
      const previous = cal.schoolYears[i - 1];
      if (previous && year.firstDay <= previous.lastDay) {
        ctx.addIssue({
          code: 'custom',
          path: ['schoolYears', i, 'firstDay'],
          message: `must be after schoolYears[${i - 1}].lastDay (years are listed in order and do not overlap)`,
        });
      }
    });
  });

/** Validates a parsed JSON value as a calendar; throws RuleInputError listing every bad field. */
export function parseCalendar(json: unknown): CalendarSpec {
  const result = calendarSchema.safeParse(json);
  if (result.success) return result.data;
  const issues: FieldIssue[] = result.error.issues.map((issue) => ({
    field: fieldPath(issue.path),
    message: issue.message,
  }));
  throw new RuleInputError(issues as [FieldIssue, ...FieldIssue[]]);
}
