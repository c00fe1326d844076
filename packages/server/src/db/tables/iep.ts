import type { ColumnType, Generated } from 'kysely';

/** Table types of 0006_iep.sql: IEPs and their versions. */

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;

export type IepVersionStatus = 'draft' | 'final' | 'superseded';

export interface IepsTable {
  district_id: string;
  id: Generated<string>;
  student_id: string;
  committee: 'cse' | 'cpse';
  created_by: string;
  created_at: Timestamp;
}

export interface IepVersionsTable {
  district_id: string;
  id: Generated<string>;
  iep_id: string;
  student_id: string;
  number: number;
  amends_version_id: string | null;
  status: IepVersionStatus;
  /** The IEP's content (iep/schemas.ts `iepContent`): insert JSON.stringify(value). */
  content: ColumnType<unknown, string, string>;
  meeting_id: string | null;
  meeting_date: string | null;
  projected_implementation_date: string | null;
  annual_review_date: string | null;
  reevaluation_date: string | null;
  lock_version: Generated<number>;
  saved_by: string;
  saved_at: Timestamp;
  finalized_by: string | null;
  finalized_at: Timestamp | null;
  document_id: string | null;
  superseded_by_version_id: string | null;
  superseded_at: Timestamp | null;
  created_by: string;
  created_at: Timestamp;
}

export interface IepTables {
  ieps: IepsTable;
  iep_versions: IepVersionsTable;
}
