import { z } from 'zod';
import { PERMANENT_RECORD_FIELDS } from '@continuum/rules/records/index.ts';
import { destructionInformedHows, destructionRequestChannels } from '../db/tables/destruction.ts';
import { isoDate, uuid } from '../students/schemas.ts';

/** Input and output shapes of the `destruction` module (34 CFR 300.624). */

/**
 * The district told the parent the information is no longer needed to provide educational
 * services: which parent, the day and how. By e-mail, the notice is queued to the parent's
 * address today (the day is then today).
 */
export const informBody = z.strictObject({
  guardianId: uuid,
  how: z.enum(destructionInformedHows),
  informedOn: isoDate,
});
export type InformInput = z.infer<typeof informBody>;

/**
 * A request to destroy. A parent asks for their own child and sends nothing but their
 * confirmation; the privacy officer or a district administrator, recording a request received
 * another way, says who asked (a parent, or the student of age), when and how.
 */
export const destructionRequestBody = z.strictObject({
  confirm: z.literal(true, { error: 'confirm that you ask for the destruction' }),
  requester: z.enum(['parent', 'student']).optional(),
  guardianId: uuid.optional(),
  receivedOn: isoDate.optional(),
  channel: z.enum(destructionRequestChannels).optional(),
});
export type DestructionRequestInput = z.infer<typeof destructionRequestBody>;

/**
 * Running the destruction: deliberate, so the privacy officer types the student number; the
 * permanent record's grade level and year completed, which the product does not otherwise
 * hold, may be given.
 */
export const destroyBody = z.strictObject({
  confirmStudentNumber: z.string().trim().min(1, { error: 'required' }).max(50),
  gradeLevelCompleted: z.string().trim().min(1).max(20).optional(),
  yearCompleted: z.coerce.number().int().min(1900).max(2200).optional(),
});
export type DestroyInput = z.infer<typeof destroyBody>;

const blocker = z.object({ message: z.string(), citation: z.string() });

export const destructionCaseView = z.object({
  studentId: z.string(),
  studentName: z.string(),
  asOf: z.string(),
  informedOn: z.string().nullable(),
  informedHow: z.enum(destructionInformedHows).nullable(),
  informedGuardianName: z.string().nullable(),
  /** The notice queued to the parent's e-mail: queued, sent or failed. */
  noticeEmailStatus: z.enum(['queued', 'sent', 'failed']).nullable(),
  requestedOn: z.string().nullable(),
  requestChannel: z.enum(destructionRequestChannels).nullable(),
  requester: z.enum(['parent', 'student']).nullable(),
  requesterName: z.string().nullable(),
  /** What stops the destruction today, from the rules (null: it may run). */
  blocker: blocker.nullable(),
  /** The parents a notice or a request may be recorded for (staff who handle destruction). */
  guardians: z.array(z.object({ id: z.string(), name: z.string(), hasEmail: z.boolean() })),
  /** What the notice tells the parent (rules: NO_LONGER_NEEDED_NOTICE). */
  noticeElements: z.array(z.string()),
  mayRequest: z.boolean(),
  mayHandle: z.boolean(),
  mayRun: z.boolean(),
});
export type DestructionCaseView = z.infer<typeof destructionCaseView>;

export const permanentRecordView = z.object({
  firstName: z.string(),
  lastName: z.string(),
  address: z.string().nullable(),
  phoneNumber: z.string().nullable(),
  gradeLevelCompleted: z.string().nullable(),
  yearCompleted: z.number().nullable(),
});

export const destructionDone = z.object({
  studentId: z.string(),
  destructionId: z.string(),
  informedOn: z.string(),
  requestedOn: z.string(),
  requester: z.enum(['parent', 'student']),
  destroyedAt: z.string(),
  permanentRecord: permanentRecordView,
  /** The permanent record's items the product does not hold (the student information system does). */
  notHeld: z.array(z.enum(PERMANENT_RECORD_FIELDS)),
});
export type DestructionDone = z.infer<typeof destructionDone>;

export const destructionQueue = z.object({
  asOf: z.string(),
  pending: z.array(
    z.object({
      studentId: z.string(),
      studentName: z.string(),
      studentNumber: z.string(),
      informedOn: z.string().nullable(),
      requestedOn: z.string().nullable(),
      blocker: blocker.nullable(),
    }),
  ),
  destroyed: z.array(destructionDone),
});
export type DestructionQueue = z.infer<typeof destructionQueue>;
