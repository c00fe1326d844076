import { z } from 'zod';
import { EVENT_TYPES } from '@continuum/rules/timelines/index.ts';
import { isoDate, uuid } from '../students/schemas.ts';

/** Input and output shapes of the timelines module: case timelines, deadlines, manual events. */

export const timelineStatuses = [
  'met',
  'late',
  'open',
  'overdue',
  'not-applicable',
  'needs-determination',
] as const;

/** A deadline or check of the rules engine, as the API shows it. */
export const deadline = z.object({
  rule: z.string(),
  kind: z.enum(['deadline', 'check']),
  /** A date, or a timestamp for the rules counted in hours; null when it cannot be known yet. */
  due: z.string().nullable(),
  status: z.enum(timelineStatuses),
  citation: z.string(),
  basis: z.string(),
  trigger: z.object({ event: z.string(), date: z.string() }).optional(),
  satisfiedBy: z.object({ event: z.string(), date: z.string() }).optional(),
  informational: z.literal(true).optional(),
  finding: z.string().optional(),
});
export type DeadlineView = z.infer<typeof deadline>;

export const timelineProblems = [
  'no-calendar',
  'invalid-calendar',
  'calendar-coverage',
  'invalid-event',
] as const;
/** Why a student's deadlines cannot be counted (the message says it plainly). */
export const timelineProblem = z.object({ code: z.enum(timelineProblems), message: z.string() });

export const caseEvent = z.object({
  id: z.string(),
  type: z.string(),
  on: z.string(),
  details: z.record(z.string(), z.unknown()),
  source: z.string(),
  recordedBy: z.string(),
  recordedAt: z.string(),
  voided: z.object({ at: z.string(), by: z.string(), reason: z.string().nullable() }).nullable(),
});
export type CaseEventView = z.infer<typeof caseEvent>;

export const caseTimeline = z.object({
  studentId: z.string(),
  /** The name the student goes by, for the page's heading. */
  studentName: z.string(),
  asOf: z.string(),
  profile: z.enum(['nyc', 'nys']),
  calendarName: z.string().nullable(),
  /** Every event, voided ones included (marked), oldest first. */
  events: z.array(caseEvent),
  /** Every deadline and check of the non-voided events, in due order. */
  deadlines: z.array(deadline),
  problem: timelineProblem.nullable(),
  /** Whether the signed-in user may record and void manual events. */
  manageCase: z.boolean(),
  /** The event types recorded by hand (the others are recorded by their modules). */
  manualEventTypes: z.array(z.string()),
});
export type CaseTimeline = z.infer<typeof caseTimeline>;

/** The dashboard's status filter: `attention` (the default) is overdue and due soon. */
export const dashboardStatuses = [
  'attention',
  'overdue',
  'due-soon',
  'met',
  'late',
  'all',
] as const;
export type DashboardStatus = (typeof dashboardStatuses)[number];

export const deadlinesQuery = z.strictObject({
  siteId: uuid.optional(),
  committee: z.enum(['cse', 'cpse']).optional(),
  status: z.enum(dashboardStatuses).default('attention'),
  limit: z.coerce.number().int().min(1).max(1000).default(500),
});
export type DeadlinesQuery = z.infer<typeof deadlinesQuery>;

const dashboardStudent = {
  studentId: z.string(),
  studentName: z.string(),
  studentNumber: z.string(),
  committee: z.enum(['cse', 'cpse']),
  siteName: z.string().nullable(),
};

export const dashboardItem = deadline.extend({
  ...dashboardStudent,
  /** Open and due within the window of school days (the dashboard's "due soon"). */
  dueSoon: z.boolean(),
});
export type DashboardItem = z.infer<typeof dashboardItem>;

export const deadlineDashboard = z.object({
  asOf: z.string(),
  /** The last day of the "due soon" window: 10 school days after today; null if uncounted. */
  dueSoonThrough: z.string().nullable(),
  schoolDays: z.number(),
  /** A district-wide problem (no calendar, a window the calendar does not reach). */
  notice: z.string().nullable(),
  items: z.array(dashboardItem),
  /** Students whose deadlines cannot be counted, with the reason: never left out silently. */
  problems: z.array(z.object({ ...dashboardStudent, problem: timelineProblem })),
  /** More deadlines matched than `limit`. */
  truncated: z.boolean(),
});
export type DeadlineDashboard = z.infer<typeof deadlineDashboard>;

export const caseEventBody = z.strictObject({
  type: z.enum(EVENT_TYPES, { error: 'must be an event type of the timeline catalog' }),
  on: isoDate,
  /** The event type's extra fields (`weeks` of an ESY review period …), checked by the rules. */
  details: z.record(z.string(), z.unknown()).optional(),
});
export type CaseEventInput = z.infer<typeof caseEventBody>;

export const voidCaseEventBody = z.strictObject({
  reason: z.string().trim().min(1, { error: 'say why the event is voided' }).max(1000),
});
export type VoidCaseEventInput = z.infer<typeof voidCaseEventBody>;

export const caseEventParams = z.strictObject({ id: uuid, eventId: uuid });
