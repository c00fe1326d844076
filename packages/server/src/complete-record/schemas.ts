import { z } from 'zod';
import { isoDate, studentDetail, accessLogEntry, uuid } from '../students/schemas.ts';
import { referralView } from '../referrals/schemas.ts';
import { consentList } from '../consent/schemas.ts';
import { evaluationDetail, evaluationList } from '../evaluations/schemas.ts';
import { meetingDetail } from '../meetings/schemas.ts';
import { iepDetail, iepVersion } from '../iep/schemas.ts';
import { noticeList } from '../notices/schemas.ts';
import { caseTimeline } from '../timelines/schemas.ts';
import { assignmentView, reviewRequestView, reviewView } from '../distribution/schemas.ts';
import { sessionView } from '../services/schemas.ts';
import { escalationView } from '../escalations/schemas.ts';
import { recordCopyView, recordsRequestView } from '../records-requests/schemas.ts';
import { disclosureView } from '../disclosures/schemas.ts';
import { amendmentStatementView, amendmentView } from '../amendments/schemas.ts';
import { destructionCaseView } from '../destruction/schemas.ts';
export { recordCopyView, type RecordCopyView } from '../records-requests/schemas.ts';

/** Input and output shapes of the `complete-record` module (34 CFR 300.613, 300.617). */

const cents = z.number().int().min(0).max(100_000);

/**
 * A fee schedule as the privacy officer sets it. Search and retrieval are accepted only to be
 * refused by the rules (`checkFeeSchedule`) with the citation when they carry a fee: the law
 * allows none, and a district that tries learns why.
 */
export const feeScheduleBody = z.strictObject({
  effectiveFrom: isoDate,
  copyPerPageCents: cents,
  searchCents: cents.optional(),
  retrievalCents: cents.optional(),
});
export type FeeScheduleInput = z.infer<typeof feeScheduleBody>;

export const feeScheduleView = z.object({
  id: z.string(),
  effectiveFrom: z.string(),
  copyPerPageCents: z.number(),
  setBy: z.string(),
  setAt: z.string(),
});
export type FeeScheduleView = z.infer<typeof feeScheduleView>;

export const feeSchedules = z.object({
  asOf: z.string(),
  /** The schedule in force today; null: no fee has been set, so copies are free. */
  current: feeScheduleView.nullable(),
  history: z.array(feeScheduleView),
  mayEdit: z.boolean(),
});
export type FeeSchedules = z.infer<typeof feeSchedules>;

/** A copy of the records made for a request; `feePreventsAccess`: the parent said they cannot pay. */
export const recordCopyBody = z.strictObject({
  madeOn: isoDate,
  pages: z.number().int().min(1).max(100_000),
  feePreventsAccess: z.boolean(),
});
export type RecordCopyInput = z.infer<typeof recordCopyBody>;

export const documentSummary = z.object({
  id: z.string(),
  kind: z.string(),
  title: z.string(),
  language: z.string(),
  sha256: z.string(),
  source: z.string(),
  sourceId: z.string().nullable(),
  created: z.string(),
});

/**
 * The child's complete record: one key per section (complete-record/sections.ts says which
 * record type each holds, and why a type has none). A new section is a key here, a reader in
 * assemble-complete-record.ts and its rendering in the web package's outline.
 */
export const completeRecordSections = z.object({
  profile: studentDetail.omit({ guardians: true, enrollments: true, abilities: true }),
  guardians: studentDetail.shape.guardians,
  enrollments: studentDetail.shape.enrollments,
  caseTimeline: caseTimeline.pick({ events: true, deadlines: true }),
  referrals: z.array(referralView),
  consents: consentList.pick({ items: true, publicBenefits: true }),
  evaluations: z.object({
    items: z.array(evaluationDetail),
    ieeRequests: evaluationList.shape.ieeRequests,
  }),
  meetings: z.array(meetingDetail),
  ieps: z.array(
    z.object({
      iep: iepDetail.pick({ id: true, committee: true, createdAt: true, events: true }),
      /** Every version the reader may see, newest first, with its content. */
      versions: z.array(iepVersion),
    }),
  ),
  notices: noticeList.pick({ notices: true, safeguardsDeliveries: true }),
  documents: z.array(documentSummary),
  implementers: z.object({
    assignments: z.array(assignmentView),
    reviews: z.array(reviewView),
    reviewRequests: z.array(reviewRequestView),
  }),
  serviceSessions: z.array(sessionView),
  escalations: z.array(escalationView),
  recordsRequests: z.array(recordsRequestView.extend({ copiesMade: z.array(recordCopyView) })),
  accessLog: z.array(accessLogEntry),
  /**
   * The other half of the record of access (34 CFR 300.614): the child's disclosures to parties
   * outside the district, with the parents' statements disclosed with them (`statementIds`).
   */
  disclosures: z.array(disclosureView),
  /** Requests to amend, their decision, hearing and outcome, and their statements (300.618-300.621). */
  amendments: z.array(amendmentView.omit({ actions: true })),
  /** The destruction case (300.624): when the parent was informed and how, who asked and when. */
  destruction: destructionCaseView.pick({
    informedOn: true,
    informedHow: true,
    informedGuardianName: true,
    noticeEmailStatus: true,
    requestedOn: true,
    requestChannel: true,
    requester: true,
    requesterName: true,
  }),
});
export type CompleteRecordSections = z.infer<typeof completeRecordSections>;
export type SectionKey = keyof CompleteRecordSections;

export const completeRecord = z.object({
  studentId: z.string(),
  studentName: z.string(),
  asOf: z.string(),
  sections: completeRecordSections,
  /**
   * The parents' statements, each with the section of the record it is attached to: "maintained
   * as part of the records of your child as long as the record or contested portion is
   * maintained" (PSN, Result of Hearing, 34 CFR 300.620(b)), so shown with that record too.
   */
  statements: z.array(
    amendmentStatementView.extend({
      section: z.enum(Object.keys(completeRecordSections.shape) as [SectionKey, ...SectionKey[]]),
    }),
  ),
  /** The reader records copies for the child's open requests (privacy officer, administrators). */
  mayHandle: z.boolean(),
});
export type CompleteRecord = z.infer<typeof completeRecord>;

export const copyParams = z.strictObject({ id: uuid, requestId: uuid });
