import { destructionAction } from '@continuum/rules/records/index.ts';
import type {
  CatalogEntry,
  DestructionDecision,
  PermanentRecordField,
} from '@continuum/rules/records/index.ts';

/**
 * Every column of every table the product keeps, classified for destruction (ADR 0004;
 * PSN, Destruction of Information, 34 CFR 300.624; personally identifiable: 34 CFR 300.32).
 * `field-catalog.int.test.ts` reads `information_schema.columns` and fails on any column, or
 * any table, missing here, so a migration cannot add a place destruction forgets.
 *
 * Adding a table (one entry, in migration order):
 * - `childRows`: the SQL condition that selects one child's rows (`$1` the district, `$2` the
 *   student), how the marker test finds them and what `destroy_student_records` deletes;
 * - each column in exactly one list: `keys` (generated ids, the district, timestamps, the
 *   accounts of staff who acted: they identify nobody once the rest is gone), `coded` (a value
 *   of a closed list the database checks: a kind, a status, a channel), `personal` (anything
 *   else about the child or the family: free text, dates, flags, documents), `permanent` (an
 *   item of the permanent record, with its field);
 * - `onDestruction`: what happens to the child's rows;
 * - then a DELETE in `destroy_student_records` (its migration) and a row maker in
 *   `destruction/marker-world.ts`, or the marker test fails.
 */

export type OnDestruction =
  /** Every row of the child is deleted. */
  | 'deleted'
  /** Deleted unless another child still links to it (a parent shared with a sibling). */
  | 'deleted-unless-shared'
  /** A parent's account with no child left: disabled, e-mail replaced, secrets removed. */
  | 'account-disabled'
  /** Kept: identifiers only (the access log), or the destruction's own record. */
  | 'kept';

export interface StudentDataTable {
  table: string;
  onDestruction: OnDestruction;
  /** The child's rows: an SQL condition over the table, `$1` the district, `$2` the student. */
  childRows: string;
  keys: readonly string[];
  coded: readonly string[];
  personal: readonly string[];
  permanent?: Readonly<Record<string, PermanentRecordField>>;
}

/** Tables that hold nobody's student data, with why. */
export interface OtherTable {
  table: string;
  why: string;
}

const ofStudent = 'district_id = $1 AND student_id = $2';
const via = (parent: string, column: string) =>
  `district_id = $1 AND ${column} IN (SELECT id FROM ${parent} WHERE district_id = $1 AND student_id = $2)`;
const guardiansOfChild =
  'district_id = $1 AND id IN (SELECT guardian_id FROM student_guardians WHERE district_id = $1 AND student_id = $2)';
const accountsOfChild = `id IN (SELECT account_id FROM guardians WHERE ${guardiansOfChild})`;

export const studentDataTables: readonly StudentDataTable[] = [
  // 0001_foundation
  {
    table: 'students',
    onDestruction: 'deleted',
    childRows: 'district_id = $1 AND id = $2',
    keys: ['district_id', 'id', 'created_at', 'updated_at', 'version'],
    coded: ['level'],
    personal: [
      'student_number',
      'preferred_name',
      'date_of_birth',
      'native_language',
      'homeless',
      'ward_of_state',
      'classification',
    ],
    permanent: {
      legal_first_name: 'name',
      legal_last_name: 'name',
      grade: 'grade-level-completed',
    },
  },
  {
    table: 'guardians',
    onDestruction: 'deleted-unless-shared',
    childRows: guardiansOfChild,
    keys: ['district_id', 'id', 'account_id', 'created_at', 'updated_at', 'version'],
    coded: ['notice_delivery'],
    personal: ['full_name', 'email', 'preferred_language'],
    permanent: { address: 'address', phone: 'phone-number' },
  },
  {
    table: 'student_guardians',
    onDestruction: 'deleted',
    childRows: ofStudent,
    keys: ['district_id', 'student_id', 'guardian_id'],
    coded: [],
    personal: ['relationship', 'educational_authority', 'authority_limit'],
  },
  {
    table: 'accounts',
    onDestruction: 'account-disabled',
    childRows: accountsOfChild,
    keys: ['id', 'district_id', 'created_at', 'updated_at', 'disabled_at'],
    coded: ['kind'],
    personal: ['email', 'password_hash', 'totp_secret', 'totp_enabled_at', 'totp_last_step'],
  },
  {
    table: 'sessions',
    onDestruction: 'deleted',
    childRows: `account_id IN (SELECT id FROM accounts WHERE ${accountsOfChild})`,
    keys: ['token_hash', 'account_id', 'csrf_token', 'second_factor', 'created_at', 'last_seen_at'],
    coded: [],
    personal: [],
  },
  {
    table: 'sign_in_failures',
    onDestruction: 'deleted',
    childRows: `account_id IN (SELECT id FROM accounts WHERE ${accountsOfChild})`,
    keys: ['account_id', 'at'],
    coded: [],
    personal: [],
  },
  {
    table: 'enrollments',
    onDestruction: 'deleted',
    childRows: ofStudent,
    keys: ['district_id', 'id', 'student_id', 'site_id'],
    coded: [],
    personal: ['starts_on', 'ends_on'],
  },
  {
    table: 'implementer_assignments',
    onDestruction: 'deleted',
    childRows: ofStudent,
    keys: [
      'district_id',
      'id',
      'student_id',
      'staff_id',
      'iep_id',
      'assigned_by',
      'assigned_at',
      'ended_by',
      'ended_at',
    ],
    coded: ['role'],
    personal: ['responsibility', 'starts_on', 'whole_iep', 'services', 'end_reason'],
  },
  {
    table: 'access_log',
    onDestruction: 'kept',
    childRows: ofStudent,
    // Identifiers only (ADR 0002): with the records gone they identify nobody, and the hash
    // chain covers every column, so nothing here may change.
    keys: [
      'district_id',
      'seq',
      'at',
      'request_id',
      'actor_account_id',
      'actor_role',
      'student_id',
      'record_type',
      'action',
      'purpose',
      'outcome',
      'prev_hash',
      'row_hash',
    ],
    coded: [],
    personal: [],
  },
  // 0003_case_core
  {
    table: 'case_events',
    onDestruction: 'deleted',
    childRows: ofStudent,
    keys: [
      'district_id',
      'id',
      'student_id',
      'source_id',
      'recorded_by',
      'recorded_at',
      'voided_at',
      'voided_by',
    ],
    coded: ['type'],
    personal: ['occurred_on', 'occurred_at', 'details', 'source', 'void_reason'],
  },
  {
    table: 'documents',
    onDestruction: 'deleted',
    childRows: ofStudent,
    keys: ['district_id', 'id', 'student_id', 'source_id', 'created_by', 'created_at'],
    coded: ['kind'],
    personal: ['title', 'language', 'media_type', 'content', 'sha256', 'source'],
  },
  // 0004_referrals_consent
  {
    table: 'consents',
    onDestruction: 'deleted',
    childRows: ofStudent,
    keys: ['district_id', 'id', 'student_id', 'version', 'created_by', 'created_at', 'updated_at'],
    coded: ['type', 'request_method', 'recipient_kind'],
    personal: [
      'requested_on',
      'description',
      'recipient_name',
      'information_disclosed',
      'insurance_use',
    ],
  },
  {
    table: 'consent_states',
    onDestruction: 'deleted',
    childRows: via('consents', 'consent_id'),
    keys: ['district_id', 'id', 'consent_id', 'seq', 'recorded_by', 'recorded_at'],
    coded: ['state'],
    personal: ['on_date', 'written', 'note'],
  },
  {
    table: 'consent_efforts',
    onDestruction: 'deleted',
    childRows: via('consents', 'consent_id'),
    keys: ['district_id', 'id', 'consent_id', 'recorded_by', 'recorded_at'],
    coded: ['kind'],
    personal: ['on_date', 'made_by', 'result'],
  },
  {
    table: 'public_benefits_notifications',
    onDestruction: 'deleted',
    childRows: ofStudent,
    keys: ['district_id', 'id', 'student_id', 'recorded_by', 'recorded_at'],
    coded: ['method'],
    personal: ['notified_on'],
  },
  {
    table: 'referrals',
    onDestruction: 'deleted',
    childRows: ofStudent,
    keys: ['district_id', 'id', 'student_id', 'version', 'created_by', 'created_at', 'updated_at'],
    coded: ['referrer_kind', 'status', 'designee_decision', 'admin_meeting_outcome'],
    personal: [
      'referrer_name',
      'reason',
      'submitted_on',
      'designee_name',
      'designee_decided_on',
      'designee_note',
      'received_on',
      'no_interventions_reason',
      'admin_meeting_requested_on',
      'admin_meeting_held_on',
    ],
  },
  {
    table: 'referral_interventions',
    onDestruction: 'deleted',
    childRows: via('referrals', 'referral_id'),
    keys: ['district_id', 'id', 'referral_id', 'recorded_by', 'recorded_at'],
    coded: [],
    personal: ['intervention', 'tier', 'starts_on', 'ends_on', 'outcome'],
  },
  {
    table: 'referral_withdrawals',
    onDestruction: 'deleted',
    childRows: via('referrals', 'referral_id'),
    keys: ['district_id', 'referral_id', 'document_id', 'recorded_by', 'recorded_at'],
    coded: [],
    personal: [
      'agreed_on',
      'language',
      'services',
      'chairperson_copy_on',
      'referrer_copy_on',
      'parent_copy_on',
      'student_copy_on',
    ],
  },
  // 0005_evaluations_meetings
  {
    table: 'meetings',
    onDestruction: 'deleted',
    childRows: ofStudent,
    keys: ['district_id', 'id', 'student_id', 'version', 'created_by', 'created_at', 'updated_at'],
    coded: ['committee', 'purpose', 'scheduled_time', 'status', 'parent_participation'],
    personal: [
      'scheduled_on',
      'place',
      'interpreter_language',
      'held_on',
      'parent_efforts',
      'recommendation',
    ],
  },
  {
    table: 'meeting_members',
    onDestruction: 'deleted',
    childRows: via('meetings', 'meeting_id'),
    keys: ['district_id', 'id', 'meeting_id', 'position'],
    coded: ['role'],
    personal: ['full_name', 'attended', 'excusal'],
  },
  {
    table: 'full_committee_review_requests',
    onDestruction: 'deleted',
    childRows: ofStudent,
    keys: [
      'district_id',
      'id',
      'student_id',
      'meeting_id',
      'addressed_by',
      'created_by',
      'created_at',
    ],
    coded: [],
    personal: ['received_on'],
  },
  {
    table: 'evaluations',
    onDestruction: 'deleted',
    childRows: ofStudent,
    keys: [
      'district_id',
      'id',
      'student_id',
      'eligibility_meeting_id',
      'version',
      'created_by',
      'created_at',
      'updated_at',
    ],
    coded: ['kind'],
    personal: [
      'requested_on',
      'completed_on',
      'eligible',
      'classification',
      'eligibility_decided_on',
    ],
  },
  {
    table: 'evaluation_components',
    onDestruction: 'deleted',
    childRows: via('evaluations', 'evaluation_id'),
    keys: ['district_id', 'id', 'evaluation_id', 'version', 'created_at', 'updated_at'],
    coded: ['component', 'status'],
    personal: ['evaluator', 'appointment_on', 'report_on', 'summary'],
  },
  {
    table: 'iee_requests',
    onDestruction: 'deleted',
    childRows: ofStudent,
    keys: [
      'district_id',
      'id',
      'student_id',
      'evaluation_id',
      'version',
      'created_by',
      'created_at',
      'updated_at',
    ],
    coded: ['response'],
    personal: ['received_on', 'disagreement', 'responded_on'],
  },
  // 0006_iep
  {
    table: 'ieps',
    onDestruction: 'deleted',
    childRows: ofStudent,
    keys: ['district_id', 'id', 'student_id', 'created_by', 'created_at'],
    coded: ['committee'],
    personal: [],
  },
  {
    table: 'iep_versions',
    onDestruction: 'deleted',
    childRows: ofStudent,
    keys: [
      'district_id',
      'id',
      'iep_id',
      'student_id',
      'number',
      'amends_version_id',
      'meeting_id',
      'lock_version',
      'saved_by',
      'saved_at',
      'finalized_by',
      'finalized_at',
      'document_id',
      'superseded_by_version_id',
      'superseded_at',
      'created_by',
      'created_at',
    ],
    coded: ['status'],
    personal: [
      'content',
      'meeting_date',
      'projected_implementation_date',
      'annual_review_date',
      'reevaluation_date',
    ],
  },
  // 0007_notices
  {
    table: 'notices',
    onDestruction: 'deleted',
    childRows: ofStudent,
    keys: [
      'district_id',
      'id',
      'student_id',
      'source_id',
      'guardian_id',
      'sent_by',
      'document_id',
      'version',
      'created_by',
      'created_at',
      'updated_by',
      'updated_at',
    ],
    coded: ['kind', 'proposal', 'subjects', 'source_kind', 'status', 'channel'],
    personal: [
      'content',
      'native_language',
      'language',
      'translation_needed',
      'address_used',
      'sent_on',
    ],
  },
  {
    table: 'safeguards_deliveries',
    onDestruction: 'deleted',
    childRows: ofStudent,
    keys: ['district_id', 'id', 'student_id', 'guardian_id', 'recorded_by', 'recorded_at'],
    coded: ['trigger', 'channel'],
    personal: [
      'requested_on',
      'delivered_on',
      'address_used',
      'native_language',
      'language',
      'translation_needed',
    ],
  },
  {
    table: 'email_outbox',
    onDestruction: 'deleted',
    childRows: ofStudent,
    keys: [
      'district_id',
      'id',
      'student_id',
      'notice_id',
      'safeguards_delivery_id',
      'document_id',
      'attempted_at',
      'created_by',
      'created_at',
      'escalation_id',
      'notification_id',
      'amendment_request_id',
    ],
    coded: ['status'],
    personal: ['to_address', 'subject', 'body', 'result'],
  },
  // 0008_distribution
  {
    table: 'iep_services',
    onDestruction: 'deleted',
    childRows: ofStudent,
    keys: ['district_id', 'id', 'iep_version_id', 'iep_id', 'student_id', 'position'],
    coded: ['period'],
    personal: [
      'program',
      'service',
      'frequency',
      'duration_minutes',
      'location',
      'group_size',
      'start_date',
      'end_date',
      'twelve_month',
    ],
  },
  {
    table: 'iep_reviews',
    onDestruction: 'deleted',
    childRows: ofStudent,
    keys: [
      'district_id',
      'id',
      'student_id',
      'iep_id',
      'iep_version_id',
      'assignment_id',
      'reviewed_by',
      'recorded_at',
      'confirmed_at',
    ],
    coded: ['kind'],
    personal: ['reviewed_on', 'responsibilities'],
  },
  {
    table: 'review_requests',
    onDestruction: 'deleted',
    childRows: ofStudent,
    keys: [
      'district_id',
      'id',
      'student_id',
      'iep_id',
      'assignment_id',
      'teacher_staff_id',
      'requested_at',
      'review_id',
      'closed_at',
    ],
    coded: [],
    personal: ['note'],
  },
  {
    table: 'staff_notifications',
    onDestruction: 'deleted',
    childRows: ofStudent,
    keys: ['district_id', 'id', 'staff_id', 'student_id', 'subject_id', 'created_at', 'read_at'],
    coded: ['kind'],
    personal: [],
  },
  {
    table: 'service_sessions',
    onDestruction: 'deleted',
    childRows: ofStudent,
    keys: [
      'district_id',
      'id',
      'student_id',
      'iep_service_id',
      'provider_staff_id',
      'makes_up_session_id',
      'group_id',
      'recorded_by',
      'recorded_at',
      'voided_by',
      'voided_at',
    ],
    coded: ['status', 'missed_reason'],
    personal: ['session_date', 'minutes', 'group_size', 'location', 'note', 'void_reason'],
  },
  {
    table: 'escalations',
    onDestruction: 'deleted',
    childRows: ofStudent,
    keys: [
      'district_id',
      'id',
      'student_id',
      'iep_service_id',
      'site_id',
      'filed_by',
      'filed_at',
      'resolved_by',
      'resolved_at',
    ],
    coded: ['kind', 'problem', 'status'],
    personal: [
      'to_address',
      'child_name',
      'date_of_birth',
      'site_name',
      'site_address',
      'details',
      'resolution',
    ],
  },
  // 0009_records_requests
  {
    table: 'records_requests',
    onDestruction: 'deleted',
    childRows: ofStudent,
    keys: [
      'district_id',
      'id',
      'student_id',
      'guardian_id',
      'request_event_id',
      'provided_event_id',
      'recorded_by',
      'recorded_at',
      'closed_by',
      'explanations_given_by',
    ],
    coded: ['requester_kind', 'channel', 'status'],
    personal: [
      'representative_name',
      'authorization_recorded_on',
      'received_on',
      'inspect',
      'explanations',
      'copies',
      'provided_on',
      'provided_how',
      'withdrawn_on',
      'explanations_given_on',
    ],
  },
  // 0010_disclosures
  {
    table: 'disclosures',
    onDestruction: 'deleted',
    childRows: ofStudent,
    keys: [
      'district_id',
      'id',
      'student_id',
      'consent_id',
      // The child's own statements, deleted with the child.
      'statement_ids',
      'recorded_by',
      'recorded_at',
    ],
    coded: ['party_kind', 'basis'],
    personal: [
      'disclosed_on',
      'party_name',
      'purpose',
      'record_types',
      'description',
      'for_part_b',
      'ferpa_authority',
      'citation',
    ],
  },
  // 0012_record_copies
  {
    table: 'record_copies',
    onDestruction: 'deleted',
    childRows: ofStudent,
    keys: ['district_id', 'id', 'student_id', 'request_id', 'recorded_by', 'recorded_at'],
    coded: [],
    personal: ['made_on', 'pages', 'per_page_cents', 'fee_waived', 'fee_cents'],
  },
  // 0011_amendments
  {
    table: 'amendment_requests',
    onDestruction: 'deleted',
    childRows: ofStudent,
    keys: [
      'district_id',
      'id',
      'student_id',
      'guardian_id',
      'decided_by',
      'recorded_by',
      'recorded_at',
      'updated_by',
    ],
    coded: ['requester_kind', 'channel', 'reason', 'status'],
    personal: [
      'received_on',
      'record_type',
      'information',
      'change_requested',
      'status_on',
      'decided_on',
      'decision_reason',
      'amendment_made',
      'hearing_requested_on',
      'hearing_held_on',
      'heard_by',
      'hearing_decided_on',
      'hearing_summary',
      'withdrawn_on',
    ],
  },
  {
    table: 'amendment_statements',
    onDestruction: 'deleted',
    childRows: ofStudent,
    keys: [
      'district_id',
      'id',
      'student_id',
      'amendment_request_id',
      'guardian_id',
      'added_by',
      'added_at',
    ],
    coded: ['channel'],
    personal: ['record_type', 'statement', 'received_on'],
  },
  // 0013_session_groups: a group session names no child; its members' sessions do. It stays
  // for the other children in it (34 CFR 300.615), and goes with its last member.
  {
    table: 'session_groups',
    onDestruction: 'deleted-unless-shared',
    childRows:
      'district_id = $1 AND id IN (SELECT group_id FROM service_sessions WHERE district_id = $1 AND student_id = $2)',
    keys: [
      'district_id',
      'id',
      'provider_staff_id',
      'recorded_by',
      'recorded_at',
      'voided_by',
      'voided_at',
    ],
    coded: ['status'],
    personal: ['session_date', 'minutes', 'location', 'note', 'void_reason'],
  },
  // 0014_records_destruction
  {
    table: 'destruction_cases',
    onDestruction: 'deleted',
    childRows: ofStudent,
    keys: [
      'district_id',
      'student_id',
      'informed_guardian_id',
      'notice_outbox_id',
      'informed_by',
      'informed_at',
      'requester_guardian_id',
      'request_recorded_by',
      'request_recorded_at',
    ],
    coded: ['informed_how', 'request_channel', 'requester_kind'],
    personal: ['informed_on', 'requested_on'],
  },
  {
    table: 'record_destructions',
    onDestruction: 'kept',
    childRows: ofStudent,
    // What the privacy officer needs to answer for the destruction (ADR 0004): no name.
    keys: ['district_id', 'id', 'student_id', 'run_by', 'started_at', 'finished_at'],
    coded: ['informed_how', 'requester_kind', 'request_channel', 'status'],
    personal: ['informed_on', 'requested_on'],
  },
  {
    table: 'permanent_records',
    onDestruction: 'kept',
    childRows: ofStudent,
    keys: ['district_id', 'student_id', 'destruction_id', 'created_at'],
    coded: [],
    personal: [],
    permanent: {
      first_name: 'name',
      last_name: 'name',
      address: 'address',
      phone_number: 'phone-number',
      grade_level_completed: 'grade-level-completed',
      year_completed: 'year-completed',
    },
  },
];

export const otherTables: readonly OtherTable[] = [
  { table: 'schema_migrations', why: 'the migrations applied' },
  { table: 'districts', why: 'the district itself' },
  { table: 'sites', why: "the district's schools and programs" },
  { table: 'staff', why: "the district's staff, not a child" },
  { table: 'staff_sites', why: 'where staff work' },
  { table: 'committee_memberships', why: 'who sits on which committee' },
  {
    table: 'access_log_chain',
    why: "the head of each district's hash chain: a sequence and a hash",
  },
  { table: 'school_calendars', why: "the district's school calendar" },
  { table: 'review_designees', why: "program leaders' designees, staff only" },
  { table: 'delivery_settings', why: "the district's alert thresholds" },
  { table: 'escalation_routes', why: "the district's contacts for escalations" },
  { table: 'records_fee_schedules', why: "the district's fee for copies of records" },
];

/** The rules' view of one column: keep or destroy, with the citation. */
export function catalogEntry(entry: StudentDataTable, column: string): CatalogEntry {
  const field = entry.permanent?.[column];
  if (field !== undefined) return { table: entry.table, column, holds: 'permanent', field };
  return {
    table: entry.table,
    column,
    holds: entry.keys.includes(column) ? 'surrogate-key' : 'personal',
  };
}

/** Every column of a table entry, as listed. */
export function catalogColumns(entry: StudentDataTable): string[] {
  return [...entry.keys, ...entry.coded, ...entry.personal, ...Object.keys(entry.permanent ?? {})];
}

export function columnDecision(entry: StudentDataTable, column: string): DestructionDecision {
  return destructionAction(catalogEntry(entry, column));
}

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * The condition for one child's rows with the ids written in, for tests and checks that read
 * every table by name (the ids are checked to be UUIDs, so nothing else reaches the SQL).
 */
export function childRowsCondition(
  entry: StudentDataTable,
  districtId: string,
  studentId: string,
): string {
  if (!uuidPattern.test(districtId) || !uuidPattern.test(studentId))
    throw new Error('child rows need a district id and a student id');
  return entry.childRows
    .replaceAll('$1', `'${districtId}'::uuid`)
    .replaceAll('$2', `'${studentId}'::uuid`);
}
