import { z } from 'zod';
import { recordsRequestChannels } from '../db/tables/records.ts';
import { isoDate, uuid } from '../students/schemas.ts';

/** Input and output shapes of the `records-requests` module (34 CFR 300.613). */

const text = (max: number) => z.string().trim().min(1, { error: 'required' }).max(max);

/**
 * A request to inspect and review. A parent sends only what they ask for; the privacy officer
 * or a district administrator, recording a request received another way, also says who asked,
 * when and how (the use case refuses those fields from a parent and requires them from staff).
 */
export const recordsRequestBody = z.strictObject({
  inspect: z.boolean(),
  explanations: z.boolean(),
  copies: z.boolean(),
  requester: z.enum(['parent', 'representative', 'student']).optional(),
  guardianId: uuid.optional(),
  representativeName: text(200).optional(),
  authorizationRecordedOn: isoDate.optional(),
  receivedOn: isoDate.optional(),
  channel: z.enum(recordsRequestChannels).optional(),
});
export type RecordsRequestInput = z.infer<typeof recordsRequestBody>;

/**
 * Providing the records; `explanationsGiven` records that the explanations and interpretations
 * asked for (300.613(b)(1)) were given that day, by whoever marks the request provided.
 */
export const provideBody = z.strictObject({
  providedOn: isoDate,
  how: text(1000),
  explanationsGiven: z.boolean().optional(),
});
export type ProvideInput = z.infer<typeof provideBody>;
export const withdrawBody = z.strictObject({ withdrawnOn: isoDate });
export type WithdrawInput = z.infer<typeof withdrawBody>;

export const requestParams = z.strictObject({ id: uuid, requestId: uuid });

export const recordsRequestView = z.object({
  id: z.string(),
  studentId: z.string(),
  requester: z.enum(['parent', 'representative', 'student']),
  guardianId: z.string().nullable(),
  guardianName: z.string().nullable(),
  representativeName: z.string().nullable(),
  authorizationRecordedOn: z.string().nullable(),
  receivedOn: z.string(),
  channel: z.enum(recordsRequestChannels),
  inspect: z.boolean(),
  explanations: z.boolean(),
  copies: z.boolean(),
  status: z.enum(['requested', 'provided', 'withdrawn']),
  providedOn: z.string().nullable(),
  providedHow: z.string().nullable(),
  withdrawnOn: z.string().nullable(),
  /** When and by whom the explanations and interpretations were given (0012). */
  explanationsGivenOn: z.string().nullable(),
  explanationsGivenBy: z.string().nullable(),
});
export type RecordsRequestView = z.infer<typeof recordsRequestView>;

/** A copy of the records made for a request (complete-record/record-copy.ts, 34 CFR 300.617). */
export const recordCopyView = z.object({
  id: z.string(),
  requestId: z.string(),
  madeOn: z.string(),
  pages: z.number(),
  perPageCents: z.number(),
  feeWaived: z.boolean(),
  feeCents: z.number(),
  /** Why this fee (the rules' words) and the passage. */
  why: z.string(),
  citation: z.string(),
  recordedBy: z.string(),
});
export type RecordCopyView = z.infer<typeof recordCopyView>;

export const studentRecordsRequests = z.object({
  studentId: z.string(),
  studentName: z.string(),
  asOf: z.string(),
  requests: z.array(recordsRequestView.extend({ copiesMade: z.array(recordCopyView) })),
  /** The parents and guardians a request may be recorded for (staff who handle requests). */
  guardians: z.array(z.object({ id: z.string(), name: z.string() })),
  /** The reader is the child's parent and may ask. */
  mayRequest: z.boolean(),
  /** The reader records, provides and withdraws requests (privacy officer, administrators). */
  mayHandle: z.boolean(),
});
export type StudentRecordsRequests = z.infer<typeof studentRecordsRequests>;

export const openRecordsRequests = z.object({
  asOf: z.string(),
  items: z.array(
    recordsRequestView.extend({
      studentName: z.string(),
      /** The `records-inspection` deadline; null when it cannot be counted (see `problem`). */
      due: z.string().nullable(),
      overdue: z.boolean(),
      problem: z.string().nullable(),
    }),
  ),
});
export type OpenRecordsRequests = z.infer<typeof openRecordsRequests>;
