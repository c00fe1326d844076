import type { ColumnType, Generated } from 'kysely';

/** Table types of 0010_disclosures.sql: disclosures of a child's personally identifiable information. */

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type DateString = string; // YYYY-MM-DD

export type DisclosurePartyKind =
  | 'participating-agency-official'
  | 'transition-agency'
  | 'other-district-officials'
  | 'crime-report-authority'
  | 'other-party';
export type DisclosureBasisCode =
  'consent' | 'participating-agency-official' | 'crime-report' | 'ferpa';

export interface DisclosuresTable {
  district_id: string;
  id: Generated<string>;
  student_id: string;
  disclosed_on: DateString;
  party_kind: DisclosurePartyKind;
  party_name: string;
  purpose: string;
  record_types: string[];
  description: string;
  /** The parents' statements disclosed with the records (34 CFR 300.620(b)). */
  statement_ids: Generated<string[]>;
  for_part_b: boolean;
  basis: DisclosureBasisCode;
  consent_id: string | null;
  ferpa_authority: string | null;
  citation: string;
  recorded_by: string;
  recorded_at: Timestamp;
}

export interface DisclosuresTables {
  disclosures: DisclosuresTable;
}
