import { z } from 'zod';
import { AMENDMENT_STATES } from '@continuum/rules/records/index.ts';
import { recordsRequestChannels } from '../db/tables/records.ts';
import { amendmentReasons, statementChannels } from '../db/tables/amendments.ts';
import { isoDate, uuid } from '../students/schemas.ts';
import { amendableRecordTypes } from './record-types.ts';

/**
 * Input and output shapes of the `amendments` module (34 CFR 300.618-300.621). A parent sends
 * only what they ask or say, today and online; the privacy officer or a district administrator,
 * recording what was received another way, also says who, when and how (the use cases refuse
 * those fields from a parent and require them from staff).
 */

const text = (max: number) => z.string().trim().min(1, { error: 'required' }).max(max);

export const amendmentBody = z.strictObject({
  recordType: z.enum(amendableRecordTypes),
  information: text(2000),
  reason: z.enum(amendmentReasons),
  changeRequested: text(2000),
  requester: z.enum(['parent', 'student']).optional(),
  guardianId: uuid.optional(),
  receivedOn: isoDate.optional(),
  channel: z.enum(recordsRequestChannels).optional(),
});
export type AmendmentInput = z.infer<typeof amendmentBody>;

/** The district's decision: amended (what was changed) or refused (why). */
export const decisionBody = z.strictObject({
  decision: z.enum(['amended', 'refused']),
  decidedOn: isoDate,
  amendmentMade: text(2000).optional(),
  refusalReason: text(2000).optional(),
});
export type DecisionInput = z.infer<typeof decisionBody>;

/** A parent requests the hearing today; staff record the day a request was received. */
export const hearingRequestBody = z.strictObject({ requestedOn: isoDate.optional() });
export type HearingRequestInput = z.infer<typeof hearingRequestBody>;

export const hearingOutcomeBody = z.strictObject({
  outcome: z.enum(['amended', 'kept']),
  heldOn: isoDate,
  heardBy: text(200),
  decidedOn: isoDate,
  summary: text(4000),
  amendmentMade: text(2000).optional(),
});
export type HearingOutcomeInput = z.infer<typeof hearingOutcomeBody>;

export const withdrawBody = z.strictObject({ withdrawnOn: isoDate.optional() });
export type WithdrawInput = z.infer<typeof withdrawBody>;

export const statementBody = z.strictObject({
  statement: text(4000),
  receivedOn: isoDate.optional(),
  channel: z.enum(statementChannels).optional(),
});
export type StatementInput = z.infer<typeof statementBody>;

export const amendmentParams = z.strictObject({ id: uuid, requestId: uuid });

/** The steps a reader may take on one request, as the rules and their relationship allow. */
export const amendmentActions = [
  'decide',
  'request-hearing',
  'record-hearing',
  'withdraw',
  'add-statement',
] as const;
export type AmendmentAction = (typeof amendmentActions)[number];

export const amendmentNotices = [
  'refusal-and-hearing-right',
  'amended-after-hearing',
  'statement-right',
] as const;

export const amendmentStatementView = z.object({
  id: z.string(),
  requestId: z.string(),
  recordType: z.enum(amendableRecordTypes),
  statement: z.string(),
  guardianName: z.string().nullable(),
  receivedOn: z.string(),
  channel: z.enum(statementChannels),
});
export type AmendmentStatementView = z.infer<typeof amendmentStatementView>;

export const amendmentView = z.object({
  id: z.string(),
  studentId: z.string(),
  requester: z.enum(['parent', 'student']),
  guardianId: z.string().nullable(),
  guardianName: z.string().nullable(),
  receivedOn: z.string(),
  channel: z.enum(recordsRequestChannels),
  recordType: z.enum(amendableRecordTypes),
  information: z.string(),
  reason: z.enum(amendmentReasons),
  changeRequested: z.string(),
  status: z.enum(AMENDMENT_STATES),
  statusOn: z.string(),
  /** The first day a decision is late, while none was made (the district's reasonable period). */
  decisionDue: z.string().nullable(),
  overdue: z.boolean(),
  decidedOn: z.string().nullable(),
  decisionReason: z.string().nullable(),
  amendmentMade: z.string().nullable(),
  hearingRequestedOn: z.string().nullable(),
  hearingHeldOn: z.string().nullable(),
  heardBy: z.string().nullable(),
  hearingDecidedOn: z.string().nullable(),
  hearingSummary: z.string().nullable(),
  withdrawnOn: z.string().nullable(),
  /** What the district told (owes) the parent so far, by the rules' steps. */
  notices: z.array(z.enum(amendmentNotices)),
  /** The last e-mail of those notices: `queued` until a mail server accepted it; null when none. */
  emailStatus: z.enum(['queued', 'sent', 'failed']).nullable(),
  statements: z.array(amendmentStatementView),
  /** What this reader may do next on this request. */
  actions: z.array(z.enum(amendmentActions)),
});
export type AmendmentView = z.infer<typeof amendmentView>;

export const studentAmendments = z.object({
  studentId: z.string(),
  studentName: z.string(),
  asOf: z.string(),
  /** The district's reasonable period for a decision, in calendar days. */
  decisionDays: z.number(),
  requests: z.array(amendmentView),
  /** The record types a request may challenge. */
  recordTypes: z.array(z.enum(amendableRecordTypes)),
  /** The parents and guardians a request may be recorded for (staff who handle requests). */
  guardians: z.array(z.object({ id: z.string(), name: z.string() })),
  /** The reader is the child's parent and may ask. */
  mayRequest: z.boolean(),
  /** The reader decides and records (privacy officer, administrators). */
  mayHandle: z.boolean(),
});
export type StudentAmendments = z.infer<typeof studentAmendments>;

/** The district's amendment requests awaiting the district: a decision, or a hearing's outcome. */
export const openAmendments = z.object({
  asOf: z.string(),
  items: z.array(
    amendmentView
      .pick({
        id: true,
        studentId: true,
        recordType: true,
        receivedOn: true,
        status: true,
        decisionDue: true,
        overdue: true,
        hearingRequestedOn: true,
      })
      .extend({ studentName: z.string() }),
  ),
});
export type OpenAmendments = z.infer<typeof openAmendments>;
