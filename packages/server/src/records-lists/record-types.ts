import type { RecordType } from '../access/access-log.ts';

/**
 * The list of types and locations of education records the product collects, maintains or
 * uses: "On request, each participating agency must provide you with a list of the types and
 * locations of education records collected, maintained, or used by the agency" (PSN, List of
 * Types and Locations of Information, 34 CFR 300.616).
 *
 * It is generated from the access log's catalogue of record types (access/access-log.ts), the
 * same names the record of access uses: the `Record<RecordType, …>` makes a new record type
 * fail to compile until it says where it is kept. Every type is kept in this product's
 * database, in the district's rows of the tables named here; the pages word each type
 * (`recordsLists.type.<type>` and its description).
 */
export const recordTypeTables: Record<RecordType, readonly string[]> = {
  'student-list': ['students', 'enrollments'],
  'student-profile': ['students'],
  guardians: ['guardians', 'student_guardians'],
  enrollment: ['enrollments'],
  'access-log': ['access_log'],
  referral: ['referrals', 'referral_interventions', 'referral_withdrawals'],
  consent: ['consents', 'consent_states', 'consent_efforts', 'public_benefits_notifications'],
  evaluation: ['evaluations', 'evaluation_components', 'iee_requests'],
  meeting: ['meetings', 'meeting_members', 'full_committee_review_requests'],
  iep: ['ieps', 'iep_versions', 'iep_services'],
  notice: ['notices', 'safeguards_deliveries', 'email_outbox'],
  // PDF copies (IEPs, notices, consent forms) are stored whole in the documents table.
  document: ['documents'],
  'case-timeline': ['case_events'],
  'implementer-assignment': ['implementer_assignments'],
  'iep-review': ['iep_reviews', 'review_requests'],
  'service-session': ['service_sessions'],
  escalation: ['escalations'],
  // Requests to amend, their hearings, and the parents' statements kept with the records.
  amendment: ['amendment_requests', 'amendment_statements'],
  disclosure: ['disclosures'],
  'records-destruction': ['destruction_cases', 'record_destructions', 'permanent_records'],
  'records-request': ['records_requests', 'record_copies'],
};

export interface RecordTypeEntry {
  type: RecordType;
  tables: string[];
}

/** The list, in the catalogue's order. It holds no one's data, so it needs no sign-in. */
export function listRecordTypes(): { items: RecordTypeEntry[] } {
  return {
    items: (Object.keys(recordTypeTables) as RecordType[]).map((type) => ({
      type,
      tables: [...recordTypeTables[type]],
    })),
  };
}
