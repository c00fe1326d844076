import type { ColumnType, Generated } from 'kysely';

/** Table types of 0004_referrals_consent.sql: referrals and parental consent. */

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type DateString = string; // YYYY-MM-DD

export interface ConsentsTable {
  district_id: string;
  id: Generated<string>;
  student_id: string;
  type:
    | 'initial-evaluation'
    | 'initial-services'
    | 'reevaluation'
    | 'public-benefits'
    | 'private-insurance'
    | 'disclosure';
  requested_on: DateString;
  request_method: 'in-person' | 'mail' | 'email' | 'phone';
  description: Generated<string>;
  recipient_kind: 'transition-agency' | 'other-district-officials' | null;
  recipient_name: string | null;
  information_disclosed: string | null;
  insurance_use: string | null;
  version: Generated<number>;
  created_by: string;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface ConsentStatesTable {
  district_id: string;
  id: Generated<string>;
  consent_id: string;
  seq: number;
  state: 'requested' | 'granted' | 'refused' | 'no-response' | 'revoked';
  on_date: DateString;
  written: Generated<boolean>;
  note: Generated<string>;
  recorded_by: string;
  recorded_at: Timestamp;
}

export interface ConsentEffortsTable {
  district_id: string;
  id: Generated<string>;
  consent_id: string;
  kind: 'call' | 'correspondence' | 'visit';
  on_date: DateString;
  made_by: string;
  result: string;
  recorded_by: string;
  recorded_at: Timestamp;
}

export interface PublicBenefitsNotificationsTable {
  district_id: string;
  id: Generated<string>;
  student_id: string;
  notified_on: DateString;
  method: 'in-person' | 'mail' | 'email';
  recorded_by: string;
  recorded_at: Timestamp;
}

export interface ReferralsTable {
  district_id: string;
  id: Generated<string>;
  student_id: string;
  referrer_kind:
    | 'parent'
    | 'adult-student'
    | 'district-staff'
    | 'physician'
    | 'judicial-officer'
    | 'public-agency';
  referrer_name: string;
  reason: string;
  submitted_on: DateString;
  status: 'awaiting-designee' | 'declined-by-designee' | 'open' | 'withdrawn';
  designee_name: string | null;
  designee_decided_on: DateString | null;
  designee_decision: 'refer' | 'not-refer' | null;
  designee_note: string | null;
  received_on: DateString | null;
  no_interventions_reason: string | null;
  admin_meeting_requested_on: DateString | null;
  admin_meeting_held_on: DateString | null;
  admin_meeting_outcome: 'continue-referral' | 'withdraw-referral' | null;
  version: Generated<number>;
  created_by: string;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface ReferralInterventionsTable {
  district_id: string;
  id: Generated<string>;
  referral_id: string;
  intervention: string;
  tier: number;
  starts_on: DateString;
  ends_on: DateString | null;
  outcome: Generated<string>;
  recorded_by: string;
  recorded_at: Timestamp;
}

/** One service given instead of the referral, with its duration (PLAN). */
export interface WithdrawalService {
  service: string;
  duration: string;
}

export interface ReferralWithdrawalsTable {
  district_id: string;
  referral_id: string;
  agreed_on: DateString;
  language: string;
  services: ColumnType<WithdrawalService[], string, string>;
  chairperson_copy_on: DateString;
  referrer_copy_on: DateString;
  parent_copy_on: DateString;
  student_copy_on: DateString | null;
  document_id: string | null;
  recorded_by: string;
  recorded_at: Timestamp;
}

export interface ReferralsConsentTables {
  consents: ConsentsTable;
  consent_states: ConsentStatesTable;
  consent_efforts: ConsentEffortsTable;
  public_benefits_notifications: PublicBenefitsNotificationsTable;
  referrals: ReferralsTable;
  referral_interventions: ReferralInterventionsTable;
  referral_withdrawals: ReferralWithdrawalsTable;
}
