import {
  CalendarCoverageError,
  countForward,
  parseIsoDate,
  RuleInputError,
  type CompiledCalendar,
  type Day,
} from '@continuum/rules/calendar/index.ts';
import {
  computeTimeline,
  entryToJson,
  parseCase,
  type Entry,
  type EntryJson,
  type Level,
  type Profile,
} from '@continuum/rules/timelines/index.ts';
import type { StudentRecords } from '../access/student-records.ts';
import type { Tx } from '../db/tenant.ts';
import { loadCompiledCalendar, type CalendarForCounting } from '../calendar/load-calendar.ts';

/**
 * Deriving a student's deadlines: their case events (not voided) become the rules engine's
 * case (as of today in New York, with the student's date of birth and level, each event's extra
 * fields from `details`), computed on the district's compiled calendar under the district's
 * profile (nyc or nys). Nothing is stored: deadlines are always derived afresh, so a voided or
 * corrected event changes them at once.
 */

/** What every student's timeline in one request is computed with: loaded and compiled once. */
export interface TimelineBasis {
  asOf: string;
  asOfDay: Day;
  profile: Profile;
  calendar: CalendarForCounting;
}

export async function loadTimelineBasis(records: StudentRecords): Promise<TimelineBasis> {
  const district = await records.tx
    .selectFrom('districts')
    .where('id', '=', records.actor.districtId)
    .select('profile')
    .executeTakeFirst();
  const asOfDay = parseIsoDate(records.asOf);
  if (asOfDay === null) throw new Error(`today is not a date: ${records.asOf}`);
  return {
    asOf: records.asOf,
    asOfDay,
    profile: district?.profile ?? 'nyc',
    calendar: await loadCompiledCalendar(records.tx),
  };
}

/** A case event as stored (the columns derive-deadlines needs). */
export interface StoredEvent {
  id: string;
  student_id: string;
  type: string;
  occurred_on: string;
  details: Record<string, unknown>;
}

/** The non-voided events of these students, in one query, grouped by student. */
export async function loadCaseEvents(
  tx: Tx,
  studentIds: readonly string[],
): Promise<Map<string, StoredEvent[]>> {
  const byStudent = new Map<string, StoredEvent[]>();
  if (studentIds.length === 0) return byStudent;
  const rows = await tx
    .selectFrom('case_events')
    .where('student_id', 'in', studentIds)
    .where('voided_at', 'is', null)
    .select(['id', 'student_id', 'type', 'occurred_on', 'details'])
    .orderBy('occurred_on')
    .orderBy('recorded_at')
    .execute();
  for (const row of rows) {
    const list = byStudent.get(row.student_id);
    if (list) list.push(row);
    else byStudent.set(row.student_id, [row]);
  }
  return byStudent;
}

/** Why a student's deadlines could not be derived: said per student, never guessed. */
export type TimelineProblem =
  'no-calendar' | 'invalid-calendar' | 'calendar-coverage' | 'invalid-event';

export interface Deadline {
  /** The entry as the API shows it (the rules package's JSON form). */
  view: EntryJson;
  status: EntryJson['status'];
  /** The due day as a day number (for sorting and the dashboard's window); null when undated. */
  dueDay: Day | null;
}

export type DerivedTimeline =
  { ok: true; deadlines: Deadline[] } | { ok: false; problem: TimelineProblem; message: string };

export interface StudentCase {
  dateOfBirth: string;
  level: Level;
  events: readonly StoredEvent[];
}

/** One student's deadlines on the basis's calendar, or the reason they cannot be counted. */
export function deriveDeadlines(basis: TimelineBasis, student: StudentCase): DerivedTimeline {
  if (!basis.calendar.ok) {
    return { ok: false, problem: basis.calendar.problem, message: basis.calendar.message };
  }
  let parsed;
  try {
    parsed = parseCase({
      asOf: basis.asOf,
      student: { dateOfBirth: student.dateOfBirth, level: student.level },
      events: student.events.map((e) => ({ ...detailsOf(e), type: e.type, date: e.occurred_on })),
    });
  } catch (error) {
    if (!(error instanceof RuleInputError)) throw error;
    return { ok: false, problem: 'invalid-event', message: eventProblem(error, student.events) };
  }
  let entries: Entry[];
  try {
    entries = computeTimeline(parsed, basis.calendar.calendar, { profile: basis.profile });
  } catch (error) {
    if (!(error instanceof CalendarCoverageError)) throw error;
    return {
      ok: false,
      problem: 'calendar-coverage',
      message: `The school calendar does not cover a day these deadlines need: ${error.issues[0]?.message ?? error.message}. A district administrator must add the school year to the calendar.`,
    };
  }
  return {
    ok: true,
    deadlines: entries.map((entry) => ({
      view: entryToJson(entry),
      status: entry.status,
      dueDay: entry.due,
    })),
  };
}

function detailsOf(event: StoredEvent): Record<string, unknown> {
  const details: unknown =
    typeof event.details === 'string' ? JSON.parse(event.details) : event.details;
  return typeof details === 'object' && details !== null
    ? (details as Record<string, unknown>)
    : {};
}

/** `events[2].weeks: must be …` said with the event's type and date instead of its index. */
function eventProblem(error: RuleInputError, events: readonly StoredEvent[]): string {
  const parts = error.issues.map((issue) => {
    const match = /^events\[(\d+)\]\.?(.*)$/.exec(issue.field);
    const event = match ? events[Number(match[1])] : undefined;
    if (!event || !match) return `${issue.field}: ${issue.message}`;
    const field = match[2] ? `${match[2]} ` : '';
    return `the event "${event.type}" of ${event.occurred_on}: ${field}${issue.message}`;
  });
  return `A recorded event cannot be used to count deadlines (${parts.join('; ')}). Void it and record it again.`;
}

/**
 * The last day of the dashboard's window: `n` school days after today on the calendar, or
 * null when the calendar does not reach that far (the dashboard then says so).
 */
export function schoolDaysAhead(calendar: CompiledCalendar, from: Day, n: number): Day | null {
  try {
    return countForward(calendar, 'school', from, n);
  } catch (error) {
    if (error instanceof CalendarCoverageError) return null;
    throw error;
  }
}
