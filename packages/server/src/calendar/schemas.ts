import { z } from 'zod';
import { isoDate } from '../students/schemas.ts';

/**
 * Input and output shapes of the district calendar. The calendar file itself (school years,
 * non-instructional days, holidays) is validated by the rules package's `parseCalendar`, which
 * names every field at fault; the schema here only frames it.
 */

/**
 * Replace the district's calendar. `version` is the version read (0 when the district has no
 * calendar yet): a stale one is refused with the current calendar.
 */
export const putCalendarBody = z.strictObject({
  calendar: z.record(z.string(), z.unknown(), { error: 'must be a calendar file (a JSON object)' }),
  version: z.number().int().min(0),
});
export type PutCalendarInput = z.infer<typeof putCalendarBody>;

export const calendarDocument = z.object({
  name: z.string(),
  schoolYears: z.array(
    z.object({
      id: z.string(),
      firstDay: z.string(),
      lastDay: z.string(),
      nonInstructionalDays: z.array(z.string()),
    }),
  ),
  holidays: z.array(z.string()),
});
export type CalendarDocumentView = z.infer<typeof calendarDocument>;

/** The district's calendar; `calendar` is null (and `version` 0) until one is stored. */
export const districtCalendar = z.object({
  calendar: calendarDocument.nullable(),
  version: z.number(),
  updatedAt: z.string().nullable(),
  updatedBy: z.string().nullable(),
});
export type DistrictCalendar = z.infer<typeof districtCalendar>;

/** Draft one school year from its bounds and recesses (the rules package's `draftCalendar`). */
export const draftCalendarBody = z.strictObject({
  firstDay: isoDate,
  lastDay: isoDate,
  recesses: z
    .array(z.strictObject({ from: isoDate, to: isoDate }))
    .max(20)
    .optional(),
  name: z.string().trim().min(1).max(200).optional(),
});
export type DraftCalendarInput = z.infer<typeof draftCalendarBody>;
