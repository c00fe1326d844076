import type { ColumnType, Generated } from 'kysely';

/**
 * Table types of 0008_distribution.sql: the services of final IEPs, implementer assignments'
 * new columns, review designees, reviews and review requests, staff notifications, service
 * sessions, delivery settings, escalation routes and escalations.
 */

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type DateString = string; // YYYY-MM-DD

export type ImplementerRole =
  'classroom-teacher' | 'related-service-provider' | 'seit' | 'paraprofessional' | 'other-provider';
export type ReviewKind = 'leader-with-implementer' | 'teacher-with-paraprofessional';
export type NotificationKind =
  'review-requested' | 'assigned' | 'assignment-ended' | 'escalation-filed' | 'escalation-resolved';
export type SessionStatus = 'delivered' | 'missed' | 'make-up';
export type MissedReason = 'student-absent' | 'provider-absent' | 'school-closed' | 'other';
export type EscalationKind = 'iep-not-received' | 'related-services' | 'seit-services';
export type EscalationProblem = 'iep-not-received' | 'services-not-started' | 'provider-stopped';

declare module '../schema.ts' {
  interface ImplementerAssignmentsTable {
    /** The IEP implemented; null only for rows made before distribution (the foundation's demo). */
    iep_id: string | null;
    role: Generated<ImplementerRole>;
    /** True: the whole IEP; false: only `services` (service keys, iep/service-key). */
    whole_iep: Generated<boolean>;
    services: Generated<string[]>;
    assigned_by: string | null;
    assigned_at: Generated<Date>;
    ended_by: string | null;
    end_reason: string | null;
  }
}

declare module './notices.ts' {
  interface EmailOutboxTable {
    escalation_id: string | null;
    notification_id: string | null;
  }
}

/** Written by the database when a version becomes final; never changed. */
export interface IepServicesTable {
  district_id: string;
  id: Generated<string>;
  iep_version_id: string;
  iep_id: string;
  student_id: string;
  position: number;
  program: string;
  service: string;
  frequency: number;
  period: 'day' | 'week' | 'month';
  duration_minutes: number;
  location: string;
  group_size: number;
  start_date: DateString | null;
  end_date: DateString | null;
  twelve_month: boolean;
}

export interface ReviewDesigneesTable {
  district_id: string;
  id: Generated<string>;
  site_id: string;
  leader_staff_id: string;
  designee_staff_id: string;
  named_at: Timestamp;
  ended_at: Timestamp | null;
}

export interface IepReviewsTable {
  district_id: string;
  id: Generated<string>;
  student_id: string;
  iep_id: string;
  iep_version_id: string;
  assignment_id: string;
  kind: ReviewKind;
  reviewed_on: DateString;
  reviewed_by: string;
  responsibilities: string;
  recorded_at: Timestamp;
  confirmed_at: Timestamp | null;
}

export interface ReviewRequestsTable {
  district_id: string;
  id: Generated<string>;
  student_id: string;
  iep_id: string;
  assignment_id: string;
  teacher_staff_id: string;
  note: Generated<string>;
  requested_at: Timestamp;
  review_id: string | null;
  closed_at: Timestamp | null;
}

export interface StaffNotificationsTable {
  district_id: string;
  id: Generated<string>;
  staff_id: string;
  student_id: string;
  kind: NotificationKind;
  subject_id: string;
  created_at: Timestamp;
  read_at: Timestamp | null;
}

export interface ServiceSessionsTable {
  district_id: string;
  id: Generated<string>;
  student_id: string;
  iep_service_id: string;
  provider_staff_id: string;
  session_date: DateString;
  status: SessionStatus;
  minutes: number;
  group_size: number;
  location: Generated<string>;
  missed_reason: MissedReason | null;
  note: Generated<string>;
  makes_up_session_id: string | null;
  /** The group session it was part of (0013_session_groups.sql), if any. */
  group_id: string | null;
  recorded_by: string;
  recorded_at: Timestamp;
  voided_by: string | null;
  voided_at: Timestamp | null;
  void_reason: string | null;
}

export interface DeliverySettingsTable {
  district_id: string;
  readiness_window_school_days: Generated<number>;
  not_started_school_days: Generated<number>;
  provider_gap_school_days: Generated<number>;
  under_delivery_percent: Generated<number>;
  under_delivery_weeks: Generated<number>;
  updated_by: string | null;
  updated_at: Timestamp;
}

export interface EscalationRoutesTable {
  district_id: string;
  kind: EscalationKind;
  contact_name: string;
  email: string;
  updated_by: string | null;
  updated_at: Timestamp;
}

export interface EscalationsTable {
  district_id: string;
  id: Generated<string>;
  student_id: string;
  kind: EscalationKind;
  problem: EscalationProblem;
  iep_service_id: string | null;
  site_id: string | null;
  to_address: string;
  child_name: string;
  date_of_birth: DateString;
  site_name: string;
  site_address: string;
  details: Generated<string>;
  status: Generated<'open' | 'resolved'>;
  filed_by: string;
  filed_at: Timestamp;
  resolved_by: string | null;
  resolved_at: Timestamp | null;
  resolution: string | null;
}

export interface DistributionTables {
  iep_services: IepServicesTable;
  review_designees: ReviewDesigneesTable;
  iep_reviews: IepReviewsTable;
  review_requests: ReviewRequestsTable;
  staff_notifications: StaffNotificationsTable;
  service_sessions: ServiceSessionsTable;
  delivery_settings: DeliverySettingsTable;
  escalation_routes: EscalationRoutesTable;
  escalations: EscalationsTable;
}
