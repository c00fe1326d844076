import type { ColumnType, Generated } from 'kysely';

/** Table types of 0013_session_groups.sql: group service sessions (services/log-group-session.ts). */

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type DateString = string; // YYYY-MM-DD

export interface SessionGroupsTable {
  district_id: string;
  id: Generated<string>;
  provider_staff_id: string;
  session_date: DateString;
  status: 'delivered' | 'make-up';
  minutes: number;
  location: Generated<string>;
  note: Generated<string>;
  recorded_by: string;
  recorded_at: Timestamp;
  voided_by: string | null;
  voided_at: Timestamp | null;
  void_reason: string | null;
}

export interface SessionGroupsTables {
  session_groups: SessionGroupsTable;
}
