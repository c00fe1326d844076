import type { ColumnType, Generated } from 'kysely';

/** Table types of 0014_records_destruction.sql: destruction of a child's records (34 CFR 300.624). */

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type DateString = string; // YYYY-MM-DD

export const destructionInformedHows = ['email', 'mail', 'in-person', 'phone'] as const;
export type DestructionInformedHow = (typeof destructionInformedHows)[number];
export const destructionRequestChannels = [
  'online',
  'paper',
  'in-person',
  'email',
  'phone',
] as const;
export type DestructionRequestChannel = (typeof destructionRequestChannels)[number];
export type DestructionRequesterKind = 'parent' | 'student';

export interface DestructionCasesTable {
  district_id: string;
  student_id: string;
  informed_on: DateString | null;
  informed_how: DestructionInformedHow | null;
  informed_guardian_id: string | null;
  notice_outbox_id: string | null;
  informed_by: string | null;
  informed_at: Timestamp | null;
  requested_on: DateString | null;
  request_channel: DestructionRequestChannel | null;
  requester_kind: DestructionRequesterKind | null;
  requester_guardian_id: string | null;
  request_recorded_by: string | null;
  request_recorded_at: Timestamp | null;
}

export interface RecordDestructionsTable {
  district_id: string;
  id: Generated<string>;
  student_id: string;
  informed_on: DateString;
  informed_how: DestructionInformedHow;
  requested_on: DateString;
  requester_kind: DestructionRequesterKind;
  request_channel: DestructionRequestChannel;
  run_by: string;
  started_at: Timestamp;
  finished_at: Timestamp | null;
  status: 'running' | 'done';
}

export interface PermanentRecordsTable {
  district_id: string;
  student_id: string;
  destruction_id: string;
  first_name: string;
  last_name: string;
  address: string | null;
  phone_number: string | null;
  grade_level_completed: string | null;
  year_completed: number | null;
  created_at: Timestamp;
}

export interface DestructionTables {
  destruction_cases: DestructionCasesTable;
  record_destructions: RecordDestructionsTable;
  permanent_records: PermanentRecordsTable;
}
