/** The meetings module's data as the pages show it (mirrors the server's meetings/schemas.ts). */

export const meetingCommitteeValues = ['cse', 'cpse', 'subcommittee'] as const;
export type MeetingCommitteeView = (typeof meetingCommitteeValues)[number];
export const meetingPurposeValues = [
  'initial',
  'annual-review',
  'reevaluation',
  'requested-review',
  'amendment',
] as const;
export const participationValues = ['in-person', 'phone', 'video', 'did-not-attend'] as const;
export const meetingRoleValues = [
  'chairperson',
  'parent',
  'general-education-teacher',
  'special-education-teacher',
  'special-education-provider',
  'school-psychologist',
  'parent-member',
  'county-representative',
  'evaluator',
  'school-physician',
  'student',
  'interpreter',
  'other',
] as const;
/** The program catalog's ids (rules package, programs.md), offered as recommendations. */
export const programValues = [
  'related-service',
  'consultant-teacher-direct',
  'consultant-teacher-indirect',
  'resource-room',
  'ict',
  'special-class-15-1',
  'special-class-12-1-1',
  'special-class-12-1-3-1',
  'special-class-8-1-1',
  'special-class-6-1-1',
  'special-class-8-1-3',
  'special-class-12-1-1-boces',
  'declassification-support',
  'home-hospital',
  'day-treatment',
  'residential',
  'preschool-related-services',
  'seit',
  'preschool-special-class',
  'preschool-residential',
] as const;

export interface PlacementView {
  program: string;
  outsideSchoolOfAttendance: boolean;
  outOfDistrictSpecialSchool: boolean;
}

export interface ReviewRequestView {
  id: string;
  meetingId: string;
  receivedOn: string;
  addressedBy: string | null;
}

export interface MeetingSummaryView {
  id: string;
  committee: MeetingCommitteeView;
  purpose: (typeof meetingPurposeValues)[number];
  scheduledOn: string;
  scheduledTime: string;
  place: string;
  interpreterLanguage: string | null;
  status: 'scheduled' | 'held';
  heldOn: string | null;
  parentParticipation: (typeof participationValues)[number] | null;
  parentEfforts: string | null;
  recommendation: {
    programs: readonly PlacementView[];
    current: PlacementView | null;
    notes?: string | null | undefined;
  } | null;
  version: number;
}

export interface MeetingDetailView extends MeetingSummaryView {
  members: readonly {
    id: string;
    fullName: string;
    role: string;
    attended: boolean | null;
    excusal: string | null;
  }[];
  requiredMembers: readonly { id: string; label: string; roles: readonly string[] }[];
  reviewRequests: readonly ReviewRequestView[];
  manageCase: boolean;
}

export interface MeetingListView {
  items: readonly MeetingSummaryView[];
  openReviewRequests: readonly ReviewRequestView[];
  manageCase: boolean;
}
