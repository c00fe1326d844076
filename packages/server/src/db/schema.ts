import type { ColumnType, Generated } from 'kysely';
import type { CaseTables } from './tables/case.ts';
import type { IepTables } from './tables/iep.ts';
import type { EvaluationsMeetingsTables } from './tables/evaluations-meetings.ts';
import type { NoticesTables } from './tables/notices.ts';
import type { DistributionTables } from './tables/distribution.ts';
import type { ReferralsConsentTables } from './tables/referrals-consent.ts';
import type { RecordsTables } from './tables/records.ts';
import type { SessionGroupsTables } from './tables/session-groups.ts';
import type { AmendmentsTables } from './tables/amendments.ts';
import type { DisclosuresTables } from './tables/disclosures.ts';
import type { DestructionTables } from './tables/destruction.ts';

/** Table types for Kysely. They mirror migrations/; a migration that changes a table changes this. */

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type DateString = string; // YYYY-MM-DD

export type Level = 'preschool' | 'school-age';
export type SiteKind =
  'district-school' | 'pre-k-center' | 'approved-preschool' | 'boces' | 'non-public-school';
/** Staff roles; the migration's CHECK on staff.roles lists the same. */
export const staffRoles = [
  'district-admin',
  'chairperson',
  'committee-member',
  'program-leader',
  'teacher',
  'provider',
  'seit',
  'paraprofessional',
  'privacy-officer',
  'hearing-officer',
  'auditor',
] as const;
export type StaffRole = (typeof staffRoles)[number];
export type Committee = 'cse' | 'cpse';

export interface DistrictsTable {
  id: Generated<string>;
  name: string;
  profile: Generated<'nyc' | 'nys'>;
  demo: Generated<boolean>;
  created_at: Timestamp;
}

export interface AccountsTable {
  id: Generated<string>;
  district_id: string;
  email: string;
  kind: 'staff' | 'parent';
  password_hash: string | null;
  totp_secret: string | null;
  totp_enabled_at: Timestamp | null;
  /** The time step of the last accepted one-time code (0002_sign_in.sql): codes are single-use. */
  totp_last_step: Generated<number | null>;
  disabled_at: Timestamp | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface SessionsTable {
  token_hash: string;
  account_id: string;
  csrf_token: string;
  second_factor: Generated<boolean>;
  created_at: Timestamp;
  last_seen_at: Timestamp;
}

export interface SignInFailuresTable {
  account_id: string;
  at: Timestamp;
}

interface Versioned {
  created_at: Timestamp;
  updated_at: Timestamp;
  version: Generated<number>;
}

export interface SitesTable extends Versioned {
  district_id: string;
  id: Generated<string>;
  name: string;
  kind: SiteKind;
  address: Generated<string>;
}

export interface StaffTable extends Versioned {
  district_id: string;
  id: Generated<string>;
  account_id: string;
  full_name: string;
  title: Generated<string>;
  roles: StaffRole[];
}

export interface StaffSitesTable {
  district_id: string;
  staff_id: string;
  site_id: string;
}

export interface CommitteeMembershipsTable {
  district_id: string;
  id: Generated<string>;
  staff_id: string;
  committee: Committee;
  site_id: string | null;
}

export interface StudentsTable extends Versioned {
  district_id: string;
  id: Generated<string>;
  student_number: string;
  legal_first_name: string;
  legal_last_name: string;
  preferred_name: string | null;
  date_of_birth: DateString;
  level: Level;
  grade: string | null;
  native_language: string;
  homeless: Generated<boolean>;
  ward_of_state: Generated<boolean>;
  classification: string | null;
}

export interface GuardiansTable extends Versioned {
  district_id: string;
  id: Generated<string>;
  full_name: string;
  email: string | null;
  phone: string | null;
  address: string | null;
  preferred_language: Generated<string>;
  account_id: string | null;
}

export interface StudentGuardiansTable {
  district_id: string;
  student_id: string;
  guardian_id: string;
  relationship: string;
  educational_authority: Generated<boolean>;
  authority_limit: string | null;
}

export interface EnrollmentsTable {
  district_id: string;
  id: Generated<string>;
  student_id: string;
  site_id: string;
  starts_on: DateString;
  ends_on: DateString | null;
}

export interface ImplementerAssignmentsTable {
  district_id: string;
  id: Generated<string>;
  student_id: string;
  staff_id: string;
  responsibility: Generated<string>;
  starts_on: DateString;
  ended_at: Timestamp | null;
}

export interface AccessLogTable {
  district_id: string;
  seq: Generated<number>;
  at: Timestamp;
  request_id: string;
  actor_account_id: string;
  actor_role: string;
  student_id: string | null;
  record_type: string;
  action: string;
  purpose: string;
  outcome: 'allowed' | 'denied';
  prev_hash: Generated<string>;
  row_hash: Generated<string>;
}

/**
 * Every table. The case domains keep their table types in `tables/`, one file per migration,
 * beside the workspace's tables above.
 */
export interface DB
  extends
    CaseTables,
    ReferralsConsentTables,
    EvaluationsMeetingsTables,
    IepTables,
    NoticesTables,
    DistributionTables,
    RecordsTables,
    SessionGroupsTables,
    AmendmentsTables,
    DisclosuresTables,
    DestructionTables {
  districts: DistrictsTable;
  accounts: AccountsTable;
  sessions: SessionsTable;
  sign_in_failures: SignInFailuresTable;
  sites: SitesTable;
  staff: StaffTable;
  staff_sites: StaffSitesTable;
  committee_memberships: CommitteeMembershipsTable;
  students: StudentsTable;
  guardians: GuardiansTable;
  student_guardians: StudentGuardiansTable;
  enrollments: EnrollmentsTable;
  implementer_assignments: ImplementerAssignmentsTable;
  access_log: AccessLogTable;
}
