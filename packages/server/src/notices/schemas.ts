import { z } from 'zod';
import {
  MEETING_NOTICE_ELEMENTS,
  NOTICE_CHANNELS,
  PSN_CHANNELS,
  PSN_TRIGGERS,
  PWN_ELEMENT_IDS,
  PWN_PROPOSALS,
  PWN_SUBJECTS,
} from '@continuum/rules/notices/index.ts';
import type { MeetingNoticeElement, PwnElement } from '@continuum/rules/notices/index.ts';
import { isoDate, uuid } from '../students/schemas.ts';

/** Input and output shapes of the notices module, shared by the API, the pages and tests. */

export const noticeParams = z.strictObject({ id: uuid, noticeId: uuid });

const text = z.string().max(10000);
const pwnContent = z.strictObject(
  Object.fromEntries(PWN_ELEMENT_IDS.map((id) => [id, text.optional()])) as Record<
    PwnElement,
    z.ZodOptional<typeof text>
  >,
);
const meetingContent = z.strictObject(
  Object.fromEntries(MEETING_NOTICE_ELEMENTS.map((id) => [id, text.optional()])) as Record<
    MeetingNoticeElement,
    z.ZodOptional<typeof text>
  >,
);

export const sourceKinds = ['iep-version', 'evaluation', 'meeting', 'referral', 'consent'] as const;
export type SourceKind = (typeof sourceKinds)[number];

const subjects = z
  .array(z.enum(PWN_SUBJECTS))
  .min(1, { error: 'choose what the action concerns' })
  .max(PWN_SUBJECTS.length);

/** A new prior written notice: what the district proposes or refuses, optionally from a record. */
export const draftPwnBody = z.strictObject({
  proposal: z.enum(PWN_PROPOSALS),
  subjects,
  sourceKind: z.enum(sourceKinds).optional(),
  sourceId: uuid.optional(),
  content: pwnContent.optional(),
});
export type DraftPwnInput = z.infer<typeof draftPwnBody>;

/** A change to a draft (send the version you read). Content replaces the named elements. */
export const updateDraftBody = z.strictObject({
  version: z.number().int().positive(),
  proposal: z.enum(PWN_PROPOSALS).optional(),
  subjects: subjects.optional(),
  content: z.union([pwnContent, meetingContent]).optional(),
});
export type UpdateDraftInput = z.infer<typeof updateDraftBody>;

export const sendNoticeBody = z.strictObject({
  version: z.number().int().positive(),
  guardianId: uuid,
  channel: z.enum(NOTICE_CHANNELS),
  /** The mailing or sending date; today when absent. */
  sentOn: isoDate.optional(),
});
export type SendNoticeInput = z.infer<typeof sendNoticeBody>;

export const meetingNoticeBody = z.strictObject({ meetingId: uuid });

export const safeguardsDeliveryBody = z
  .strictObject({
    guardianId: uuid,
    trigger: z.enum(PSN_TRIGGERS),
    deliveredOn: isoDate,
    channel: z.enum(PSN_CHANNELS),
    /** The day the parent asked for a copy (trigger `parent-request` only). */
    requestedOn: isoDate.optional(),
  })
  .refine((v) => (v.trigger === 'parent-request') === (v.requestedOn !== undefined), {
    path: ['requestedOn'],
    message: 'give the day of the request exactly when the parent asked for a copy',
  })
  .refine((v) => !v.requestedOn || v.requestedOn <= v.deliveredOn, {
    path: ['requestedOn'],
    message: 'must be on or before the delivery',
  });
export type SafeguardsDeliveryInput = z.infer<typeof safeguardsDeliveryBody>;

export const noticeView = z.object({
  id: z.string(),
  studentId: z.string(),
  kind: z.enum(['prior-written-notice', 'meeting-notice']),
  proposal: z.enum(PWN_PROPOSALS).nullable(),
  subjects: z.array(z.string()),
  content: z.record(z.string(), z.string()),
  /** The required elements still missing (blank): the notice cannot be sent until none are. */
  missing: z.array(z.string()),
  sourceKind: z.enum(sourceKinds).nullable(),
  sourceId: z.string().nullable(),
  status: z.enum(['draft', 'sent']),
  guardianId: z.string().nullable(),
  nativeLanguage: z.string().nullable(),
  language: z.string().nullable(),
  translationNeeded: z.boolean().nullable(),
  channel: z.enum(NOTICE_CHANNELS).nullable(),
  addressUsed: z.string().nullable(),
  sentOn: z.string().nullable(),
  documentId: z.string().nullable(),
  /** E-mail only: `queued` until a configured mail server accepted it. */
  emailStatus: z.enum(['queued', 'sent', 'failed']).nullable(),
  version: z.number(),
  manageCase: z.boolean(),
});
export type NoticeView = z.infer<typeof noticeView>;

export const safeguardsDeliveryView = z.object({
  id: z.string(),
  guardianId: z.string(),
  trigger: z.enum(PSN_TRIGGERS),
  requestedOn: z.string().nullable(),
  deliveredOn: z.string(),
  channel: z.enum(PSN_CHANNELS),
  addressUsed: z.string().nullable(),
  nativeLanguage: z.string(),
  language: z.string(),
  translationNeeded: z.boolean(),
});
export type SafeguardsDeliveryView = z.infer<typeof safeguardsDeliveryView>;

export const noticeList = z.object({
  notices: z.array(noticeView),
  safeguardsDeliveries: z.array(safeguardsDeliveryView),
  manageCase: z.boolean(),
});
export type NoticeList = z.infer<typeof noticeList>;
