import { z } from 'zod';
import { distribution } from '@continuum/rules';
import { isoDate, uuid } from '../students/schemas.ts';

/**
 * Input and output shapes of IEP distribution (PREK, Accessibility and Storage), shared by the
 * API, the pages and tests.
 */

const text = (what: string, max: number) =>
  z
    .string()
    .trim()
    .min(1, { error: `${what} is required` })
    .max(max, { error: `must be at most ${max} characters` });

export const implementerRole = z.enum(distribution.IMPLEMENTER_ROLES, {
  error: 'must be an implementer role',
});

/**
 * Assign an implementer: who, in which capacity, which parts (service keys of the version in
 * effect; none means the whole IEP), from when (today when left out).
 */
export const assignBody = z.strictObject({
  staffId: uuid,
  role: implementerRole,
  services: z.array(z.string().max(300)).max(50, { error: 'at most 50 services' }),
  startsOn: isoDate.optional(),
  responsibility: z.string().trim().max(2000).optional(),
});
export type AssignInput = z.infer<typeof assignBody>;

export const endAssignmentBody = z.strictObject({ reason: text('a reason', 500) });
export type EndAssignmentInput = z.infer<typeof endAssignmentBody>;

/** A review of the IEP with one implementer, and the responsibilities explained. */
export const reviewBody = z.strictObject({
  assignmentId: uuid,
  reviewedOn: isoDate,
  responsibilities: text('the responsibilities explained', 4000),
});
export type ReviewInput = z.infer<typeof reviewBody>;

export const confirmBody = z.strictObject({});

/** A paraprofessional's request: which teacher or provider is asked, and an optional note. */
export const reviewRequestBody = z.strictObject({
  teacherStaffId: uuid,
  note: z.string().trim().max(1000).optional(),
});
export type ReviewRequestInput = z.infer<typeof reviewRequestBody>;

export const designeeBody = z.strictObject({ staffId: uuid });

export const iepParams = z.strictObject({ id: uuid, iepId: uuid });
export const assignmentParams = z.strictObject({ id: uuid, iepId: uuid, assignmentId: uuid });
export const reviewParams = z.strictObject({ id: uuid, iepId: uuid, reviewId: uuid });
export const printParams = z.strictObject({ id: uuid, iepId: uuid, versionId: uuid });
export const notificationParams = z.strictObject({ id: uuid });
export const siteParams = z.strictObject({ id: uuid });
export const designeeParams = z.strictObject({ id: uuid, designeeId: uuid });

export const readinessQuery = z.strictObject({
  limit: z.coerce.number().int().min(1).max(500).default(200),
});

const serviceView = z.object({ key: z.string(), program: z.string(), service: z.string() });

export const assignmentView = z.object({
  id: z.string(),
  staffId: z.string(),
  staffName: z.string(),
  role: implementerRole,
  /** Service keys; empty for the whole IEP. */
  services: z.array(z.string()),
  startsOn: z.string(),
  responsibility: z.string(),
  assignedAt: z.string(),
  assignedBy: z.string().nullable(),
  endedAt: z.string().nullable(),
  endedBy: z.string().nullable(),
  endReason: z.string().nullable(),
});
export type AssignmentView = z.infer<typeof assignmentView>;

export const reviewView = z.object({
  id: z.string(),
  assignmentId: z.string(),
  kind: z.enum(['leader-with-implementer', 'teacher-with-paraprofessional']),
  versionId: z.string(),
  versionNumber: z.number(),
  reviewedOn: z.string(),
  reviewedBy: z.string(),
  responsibilities: z.string(),
  recordedAt: z.string(),
  confirmedAt: z.string().nullable(),
});
export type ReviewView = z.infer<typeof reviewView>;

export const reviewRequestView = z.object({
  id: z.string(),
  assignmentId: z.string(),
  teacherStaffId: z.string(),
  teacherName: z.string(),
  note: z.string(),
  requestedAt: z.string(),
  reviewId: z.string().nullable(),
  closedAt: z.string().nullable(),
});
export type ReviewRequestView = z.infer<typeof reviewRequestView>;

const staffOption = z.object({ staffId: z.string(), name: z.string(), roles: z.array(z.string()) });

/** The IEP's implementers and reviews, with what the reader may do about them. */
export const iepDistribution = z.object({
  studentId: z.string(),
  iepId: z.string(),
  /** The version in effect (final), or null once the IEP gave way to another. */
  versionId: z.string().nullable(),
  versionNumber: z.number().nullable(),
  implementationDate: z.string().nullable(),
  services: z.array(serviceView),
  assignments: z.array(assignmentView),
  reviews: z.array(reviewView),
  requests: z.array(reviewRequestView),
  may: z.object({
    manageImplementers: z.boolean(),
    /** Assignments the reader may record a review with. */
    reviewAssignmentIds: z.array(z.string()),
    /** Reviews the reader may confirm: their own. */
    confirmReviewIds: z.array(z.string()),
    /** The reader's paraprofessional assignment, when they may ask for a review. */
    requestForAssignmentId: z.string().nullable(),
  }),
  /** Staff who may be assigned (for those who manage implementers). */
  candidates: z.array(staffOption),
  /** Teachers and providers implementing the IEP now, whom a paraprofessional may ask. */
  teachers: z.array(z.object({ staffId: z.string(), name: z.string() })),
});
export type IepDistribution = z.infer<typeof iepDistribution>;

const problemView = z.object({
  code: z.string(),
  citation: z.string(),
  serviceKey: z.string().nullable(),
  program: z.string().nullable(),
  service: z.string().nullable(),
  assignmentId: z.string().nullable(),
  staffName: z.string().nullable(),
});

export const readinessItem = z.object({
  studentId: z.string(),
  studentName: z.string(),
  studentNumber: z.string(),
  siteName: z.string().nullable(),
  iepId: z.string(),
  versionId: z.string(),
  implementationDate: z.string().nullable(),
  timing: z.enum(['starting-soon', 'started', 'later', 'undated', 'uncounted']),
  schoolDaysUntil: z.number().nullable(),
  problems: z.array(problemView),
});
export type ReadinessItem = z.infer<typeof readinessItem>;

export const readinessList = z.object({
  asOf: z.string(),
  windowSchoolDays: z.number(),
  startingSoonThrough: z.string().nullable(),
  /** Why the window could not be counted (no calendar, or it ends too soon). */
  notice: z.string().nullable(),
  items: z.array(readinessItem),
  truncated: z.boolean(),
});
export type ReadinessList = z.infer<typeof readinessList>;

export const notificationView = z.object({
  id: z.string(),
  kind: z.enum([
    'review-requested',
    'assigned',
    'assignment-ended',
    'escalation-filed',
    'escalation-resolved',
  ]),
  studentId: z.string(),
  /** Null when the reader may no longer see the student: the notification keeps no name. */
  studentName: z.string().nullable(),
  /** Where to act on it (the IEP or the student's page), when the reader may see the student. */
  href: z.string().nullable(),
  createdAt: z.string(),
  readAt: z.string().nullable(),
});
export type NotificationView = z.infer<typeof notificationView>;
export const notificationList = z.object({
  items: z.array(notificationView),
  unread: z.number(),
});
export type NotificationList = z.infer<typeof notificationList>;

export const designeeView = z.object({
  id: z.string(),
  designeeStaffId: z.string(),
  designeeName: z.string(),
  leaderName: z.string(),
  namedAt: z.string(),
  endedAt: z.string().nullable(),
});
export type DesigneeView = z.infer<typeof designeeView>;
export const designeeList = z.object({
  siteId: z.string(),
  siteName: z.string(),
  items: z.array(designeeView),
  may: z.object({ name: z.boolean(), end: z.boolean() }),
  /** Staff working at the site whom the leader may name. */
  candidates: z.array(z.object({ staffId: z.string(), name: z.string() })),
});
export type DesigneeList = z.infer<typeof designeeList>;
