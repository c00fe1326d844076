import type { ColumnType, Generated } from 'kysely';

/** Table types of 0009_records_requests.sql: requests to inspect and review a child's records. */

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type DateString = string; // YYYY-MM-DD

export const recordsRequestChannels = ['online', 'paper', 'in-person', 'email', 'phone'] as const;
export type RecordsRequestChannel = (typeof recordsRequestChannels)[number];
export type RecordsRequestStatus = 'requested' | 'provided' | 'withdrawn';

export interface RecordsRequestsTable {
  district_id: string;
  id: Generated<string>;
  student_id: string;
  requester_kind: 'parent' | 'representative' | 'student';
  guardian_id: string | null;
  representative_name: string | null;
  authorization_recorded_on: DateString | null;
  received_on: DateString;
  channel: RecordsRequestChannel;
  inspect: boolean;
  explanations: boolean;
  copies: boolean;
  status: Generated<RecordsRequestStatus>;
  provided_on: DateString | null;
  provided_how: string | null;
  withdrawn_on: DateString | null;
  request_event_id: string;
  provided_event_id: string | null;
  recorded_by: string;
  recorded_at: Timestamp;
  closed_by: string | null;
}

export interface RecordsTables {
  records_requests: RecordsRequestsTable;
}
