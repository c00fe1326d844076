import type { ColumnType, Generated } from 'kysely';

/** Table types of 0005_evaluations_meetings.sql: evaluations, IEE requests, committee meetings. */

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type DateString = string; // YYYY-MM-DD

export interface MeetingsTable {
  district_id: string;
  id: Generated<string>;
  student_id: string;
  committee: 'cse' | 'cpse' | 'subcommittee';
  purpose: 'initial' | 'annual-review' | 'reevaluation' | 'requested-review' | 'amendment';
  scheduled_on: DateString;
  scheduled_time: string;
  place: string;
  interpreter_language: string | null;
  status: Generated<'scheduled' | 'held'>;
  held_on: DateString | null;
  parent_participation: 'in-person' | 'phone' | 'video' | 'did-not-attend' | null;
  parent_efforts: string | null;
  /** meetings/schemas.ts `Recommendation`, as JSON. */
  recommendation: ColumnType<unknown, string | null | undefined, string | null>;
  version: Generated<number>;
  created_by: string;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface MeetingMembersTable {
  district_id: string;
  id: Generated<string>;
  meeting_id: string;
  position: number;
  full_name: string;
  role: string;
  attended: boolean | null;
  excusal: string | null;
}

export interface FullCommitteeReviewRequestsTable {
  district_id: string;
  id: Generated<string>;
  student_id: string;
  meeting_id: string;
  received_on: DateString;
  addressed_by: string | null;
  created_by: string;
  created_at: Timestamp;
}

export interface EvaluationsTable {
  district_id: string;
  id: Generated<string>;
  student_id: string;
  kind: 'initial' | 'reevaluation';
  requested_on: DateString | null;
  completed_on: DateString | null;
  eligible: boolean | null;
  classification: string | null;
  eligibility_decided_on: DateString | null;
  eligibility_meeting_id: string | null;
  version: Generated<number>;
  created_by: string;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface EvaluationComponentsTable {
  district_id: string;
  id: Generated<string>;
  evaluation_id: string;
  component: string;
  evaluator: string | null;
  status: Generated<'planned' | 'scheduled' | 'completed' | 'cancelled'>;
  appointment_on: DateString | null;
  report_on: DateString | null;
  summary: string | null;
  version: Generated<number>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface IeeRequestsTable {
  district_id: string;
  id: Generated<string>;
  student_id: string;
  evaluation_id: string;
  received_on: DateString;
  disagreement: string | null;
  response: 'due-process-complaint-filed' | 'iee-at-public-expense' | null;
  responded_on: DateString | null;
  version: Generated<number>;
  created_by: string;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface EvaluationsMeetingsTables {
  meetings: MeetingsTable;
  meeting_members: MeetingMembersTable;
  full_committee_review_requests: FullCommitteeReviewRequestsTable;
  evaluations: EvaluationsTable;
  evaluation_components: EvaluationComponentsTable;
  iee_requests: IeeRequestsTable;
}
