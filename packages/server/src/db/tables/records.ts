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
  /** 0012: when and by whom the explanations and interpretations asked for were given. */
  explanations_given_on: Generated<DateString | null>;
  explanations_given_by: Generated<string | null>;
}

/** 0012_record_copies.sql: the district's fee for copies, and each copy made for a request. */
export interface RecordsFeeSchedulesTable {
  district_id: string;
  id: Generated<string>;
  effective_from: DateString;
  copy_per_page_cents: number;
  set_by: string;
  set_at: Timestamp;
}

export interface RecordCopiesTable {
  district_id: string;
  id: Generated<string>;
  student_id: string;
  request_id: string;
  made_on: DateString;
  pages: number;
  per_page_cents: number;
  fee_waived: boolean;
  fee_cents: number;
  recorded_by: string;
  recorded_at: Timestamp;
}

export interface RecordsTables {
  records_requests: RecordsRequestsTable;
  records_fee_schedules: RecordsFeeSchedulesTable;
  record_copies: RecordCopiesTable;
}
