import { parseCase } from '@continuum/rules/timelines/index.ts';
import type { EventType } from '@continuum/rules/timelines/index.ts';
import type { StudentRecords } from '../access/student-records.ts';
import { InvalidInputError } from '../errors.ts';

/** The record that produced an event: a module's row (`consent`, `meeting` …) and its id. */
export interface EventSource {
  source: string;
  sourceId: string | null;
}

export interface NewCaseEvent extends EventSource {
  studentId: string;
  /** An event type of the timeline catalog (docs/rules/timelines.md, Event types). */
  type: EventType;
  /** The day it happened, YYYY-MM-DD. */
  on: string;
  /** The input field that gave `on` (`heldOn` …), to name it when the date is refused. */
  field?: string;
  /** The event type's extra fields (`recommendsSpecialClass` …), as the rules package reads them. */
  details?: Record<string, unknown>;
}

/**
 * Records that a step of a case happened, in the caller's transaction, so the step and its
 * event commit together: the rules engine derives the student's deadlines from these events
 * (timelines/derive-deadlines.ts). The caller has already checked the actor may change the
 * student's case through `records.grant`.
 */
export async function recordCaseEvent(
  records: StudentRecords,
  event: NewCaseEvent,
): Promise<string> {
  assertReadableByRules(event);
  refuseFutureFact(records, event);
  const row = await records.tx
    .insertInto('case_events')
    .values({
      district_id: records.actor.districtId,
      student_id: event.studentId,
      type: event.type,
      occurred_on: event.on,
      details: JSON.stringify(event.details ?? {}),
      source: event.source,
      source_id: event.sourceId,
      recorded_by: records.actor.accountId,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/**
 * Voids the events a record produced (a consent recorded in error, a meeting re-dated), so
 * the deadlines are derived again without them. Events are never deleted: who voided them,
 * when and why stay on the case.
 */
export async function voidCaseEvents(
  records: StudentRecords,
  studentId: string,
  source: EventSource,
  reason: string,
): Promise<void> {
  await records.tx
    .updateTable('case_events')
    .set({ voided_at: new Date(), voided_by: records.actor.accountId, void_reason: reason })
    .where('student_id', '=', studentId)
    .where('source', '=', source.source)
    .where('source_id', source.sourceId === null ? 'is' : '=', source.sourceId)
    .where('voided_at', 'is', null)
    .execute();
}

/**
 * An event the rules engine cannot read would leave the student's deadlines uncountable, so it
 * is never stored: `details` holds the event type's extra fields of the catalog and nothing
 * else (a module keeps its own facts in its own tables). This is a programming error, not a
 * user's: it throws before anything is written.
 */
export function assertReadableByRules(event: NewCaseEvent): void {
  parseCase({
    asOf: event.on,
    student: { dateOfBirth: '1900-01-01', level: 'school-age' },
    events: [{ ...event.details, type: event.type, date: event.on }],
  });
}

/**
 * Events that are facts about a day to come: a meeting or an evaluation appointment is
 * scheduled for it; a child becomes age-eligible on it. Every other event says something
 * happened, and a day that has not come yet would make its deadline read as met too soon.
 */
const MAY_BE_FUTURE: ReadonlySet<EventType> = new Set([
  'meeting-scheduled',
  'first-evaluation-appointment',
  'age-eligibility-start',
]);

function refuseFutureFact(records: StudentRecords, event: NewCaseEvent): void {
  if (!MAY_BE_FUTURE.has(event.type))
    refuseFutureDates(records, { [event.field ?? 'on']: event.on });
}

/**
 * Days on which something is said to have happened (a report written, a consent signed) cannot
 * be days that have not come yet (today is New York's, `records.asOf`): one field-level error per
 * such input field.
 */
export function refuseFutureDates(
  records: StudentRecords,
  dates: Record<string, string | null | undefined>,
): void {
  const future = Object.entries(dates).filter(
    (entry): entry is [string, string] => typeof entry[1] === 'string' && entry[1] > records.asOf,
  );
  if (future.length)
    throw new InvalidInputError(
      future.map(([path]) => ({ path, message: 'cannot be a day that has not come yet' })),
    );
}
