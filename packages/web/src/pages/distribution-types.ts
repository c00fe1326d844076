/**
 * The IEP distribution shapes the pages show (PREK, Accessibility and Storage). They mirror the
 * server's API responses (distribution/schemas.ts) structurally, so the web package needs
 * nothing from the server.
 */

export const implementerRoles = [
  'classroom-teacher',
  'related-service-provider',
  'seit',
  'paraprofessional',
  'other-provider',
] as const;
export type ImplementerRoleView = (typeof implementerRoles)[number];

export interface AssignmentViewModel {
  id: string;
  staffId: string;
  staffName: string;
  role: ImplementerRoleView;
  services: readonly string[];
  startsOn: string;
  responsibility: string;
  assignedAt: string;
  assignedBy: string | null;
  endedAt: string | null;
  endedBy: string | null;
  endReason: string | null;
}

export interface ReviewViewModel {
  id: string;
  assignmentId: string;
  kind: 'leader-with-implementer' | 'teacher-with-paraprofessional';
  versionId: string;
  versionNumber: number;
  reviewedOn: string;
  reviewedBy: string;
  responsibilities: string;
  recordedAt: string;
  confirmedAt: string | null;
}

export interface ReviewRequestViewModel {
  id: string;
  assignmentId: string;
  teacherStaffId: string;
  teacherName: string;
  note: string;
  requestedAt: string;
  reviewId: string | null;
  closedAt: string | null;
}

export interface IepDistributionView {
  studentId: string;
  iepId: string;
  versionId: string | null;
  versionNumber: number | null;
  implementationDate: string | null;
  services: readonly { key: string; program: string; service: string }[];
  assignments: readonly AssignmentViewModel[];
  reviews: readonly ReviewViewModel[];
  requests: readonly ReviewRequestViewModel[];
  may: {
    manageImplementers: boolean;
    reviewAssignmentIds: readonly string[];
    confirmReviewIds: readonly string[];
    requestForAssignmentId: string | null;
  };
  candidates: readonly { staffId: string; name: string; roles: readonly string[] }[];
  teachers: readonly { staffId: string; name: string }[];
}

export interface ReadinessItemView {
  studentId: string;
  studentName: string;
  studentNumber: string;
  siteName: string | null;
  iepId: string;
  versionId: string;
  implementationDate: string | null;
  timing: 'starting-soon' | 'started' | 'later' | 'undated' | 'uncounted';
  schoolDaysUntil: number | null;
  problems: readonly {
    code: string;
    citation: string;
    serviceKey: string | null;
    program: string | null;
    service: string | null;
    assignmentId: string | null;
    staffName: string | null;
  }[];
}

export interface ReadinessListView {
  asOf: string;
  windowSchoolDays: number;
  startingSoonThrough: string | null;
  notice: string | null;
  items: readonly ReadinessItemView[];
  truncated: boolean;
}

export type NotificationKindView =
  'review-requested' | 'assigned' | 'assignment-ended' | 'escalation-filed' | 'escalation-resolved';

export interface NotificationViewModel {
  id: string;
  kind: NotificationKindView;
  studentId: string;
  studentName: string | null;
  href: string | null;
  createdAt: string;
  readAt: string | null;
}

export interface NotificationListView {
  items: readonly NotificationViewModel[];
  unread: number;
}

export interface DesigneeListView {
  siteId: string;
  siteName: string;
  items: readonly {
    id: string;
    designeeStaffId: string;
    designeeName: string;
    leaderName: string;
    namedAt: string;
    endedAt: string | null;
  }[];
  may: { name: boolean; end: boolean };
  candidates: readonly { staffId: string; name: string }[];
}
