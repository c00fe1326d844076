import type { ColumnType, Generated } from 'kysely';
import type { AmendmentState } from '@continuum/rules/records/index.ts';
import type { RecordsRequestChannel } from './records.ts';

/**
 * Table types of 0011_amendments.sql: requests to amend a child's records, their hearings, and
 * the parents' statements (34 CFR 300.618-300.621).
 */

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type DateString = string; // YYYY-MM-DD

/** Why the parent believes the information should change (300.618(a)). */
export const amendmentReasons = ['inaccurate', 'misleading', 'violates-privacy'] as const;
export type AmendmentReason = (typeof amendmentReasons)[number];
/** How a statement reached the district: a phone call is not a written statement. */
export const statementChannels = ['online', 'paper', 'in-person', 'email'] as const;
export type StatementChannel = (typeof statementChannels)[number];

export interface AmendmentRequestsTable {
  district_id: string;
  id: Generated<string>;
  student_id: string;
  requester_kind: 'parent' | 'student';
  guardian_id: string | null;
  received_on: DateString;
  channel: RecordsRequestChannel;
  /** A RecordType of the access log's catalogue. */
  record_type: string;
  information: string;
  reason: AmendmentReason;
  change_requested: string;
  status: Generated<AmendmentState>;
  status_on: DateString;
  decided_on: DateString | null;
  decided_by: string | null;
  decision_reason: string | null;
  amendment_made: string | null;
  hearing_requested_on: DateString | null;
  hearing_held_on: DateString | null;
  heard_by: string | null;
  hearing_decided_on: DateString | null;
  hearing_summary: string | null;
  withdrawn_on: DateString | null;
  recorded_by: string;
  recorded_at: Timestamp;
  updated_by: string | null;
}

/** Only inserted and read: a statement stays as long as its record (300.620(b)). */
export interface AmendmentStatementsTable {
  district_id: string;
  id: Generated<string>;
  student_id: string;
  amendment_request_id: string;
  record_type: string;
  statement: string;
  guardian_id: string | null;
  received_on: DateString;
  channel: StatementChannel;
  added_by: string;
  added_at: Timestamp;
}

declare module './notices.ts' {
  interface EmailOutboxTable {
    amendment_request_id: string | null;
  }
}

export interface AmendmentsTables {
  amendment_requests: AmendmentRequestsTable;
  amendment_statements: AmendmentStatementsTable;
}
