/**
 * The data the pages show, as plain shapes. They mirror the server's API responses
 * (students/schemas.ts) structurally, so the web package needs nothing from the server.
 */

export type Level = 'preschool' | 'school-age';

export interface StudentSummaryView {
  id: string;
  studentNumber: string;
  legalFirstName: string;
  legalLastName: string;
  preferredName: string | null;
  dateOfBirth: string;
  level: Level;
  grade: string | null;
  classification: string | null;
}

export interface StudentAbilitiesView {
  editProfile: boolean;
  editGuardians: boolean;
  editEnrollment: boolean;
  viewAccessLog: boolean;
  manageCase: boolean;
}

export interface StudentDetailView extends StudentSummaryView {
  nativeLanguage: string;
  homeless: boolean;
  wardOfState: boolean;
  version: number;
  guardians: readonly {
    id: string;
    fullName: string;
    relationship: string;
    email: string | null;
    phone: string | null;
    preferredLanguage: string;
    /** How the parent chose to receive notices (mail unless they chose e-mail). */
    noticeDelivery?: 'mail' | 'email';
    educationalAuthority: boolean;
    address: string | null;
    authorityLimit: string | null;
    version: number;
  }[];
  enrollments: readonly { id: string; siteName: string; startsOn: string; endsOn: string | null }[];
  abilities: StudentAbilitiesView;
}

export interface AccessLogEntryView {
  seq: number;
  at: string;
  actor: string;
  actorRole: string;
  recordType: string;
  action: string;
  purpose: string;
  outcome: 'allowed' | 'denied';
}

export interface SiteOption {
  id: string;
  name: string;
}

export interface SiteView extends SiteOption {
  kind: string;
  address: string;
  version: number;
}

/** A committee a staff member sits on: the CSE or CPSE of the whole district (no site) or of one site. */
export interface CommitteeView {
  committee: 'cse' | 'cpse';
  siteId: string | null;
}

export interface StaffView {
  id: string;
  fullName: string;
  title: string;
  email: string;
  roles: readonly string[];
  siteIds: readonly string[];
  committees: readonly CommitteeView[];
  disabled: boolean;
  version: number;
}

/** A form's state when shown again: what was typed, and which fields need attention. */
export interface FormState<F extends string> {
  values: Partial<Record<F, string | boolean | number | null | undefined | readonly string[]>>;
  /** The fields with a problem; any other failed path is reported as a general problem. */
  invalid: readonly F[];
  /** A problem not tied to a field the form shows. */
  general?: boolean;
}
