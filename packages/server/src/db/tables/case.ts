import type { ColumnType, Generated } from 'kysely';

/** Table types of 0003_case_core.sql: calendars, case events, documents. */

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;

export interface SchoolCalendarsTable {
  district_id: string;
  /** The calendar file (docs/rules/timelines.md), as the rules package parsed it. */
  calendar: ColumnType<unknown, string, string>;
  version: Generated<number>;
  updated_by: string | null;
  updated_at: Timestamp;
}

export interface CaseEventsTable {
  district_id: string;
  id: Generated<string>;
  student_id: string;
  /** An event type id of the rules package (timelines EVENT_TYPES). */
  type: string;
  occurred_on: string;
  occurred_at: Timestamp | null;
  details: ColumnType<Record<string, unknown>, string | undefined, string>;
  source: string;
  source_id: string | null;
  recorded_by: string;
  recorded_at: Timestamp;
  voided_at: Timestamp | null;
  voided_by: string | null;
  void_reason: string | null;
}

export interface DocumentsTable {
  district_id: string;
  id: Generated<string>;
  student_id: string;
  kind: string;
  title: string;
  language: string;
  media_type: Generated<string>;
  content: Uint8Array;
  /** Computed by the database on insert. */
  sha256: Generated<string>;
  source: string;
  source_id: string | null;
  created_by: string;
  created_at: Timestamp;
}

export interface CaseTables {
  school_calendars: SchoolCalendarsTable;
  case_events: CaseEventsTable;
  documents: DocumentsTable;
}
