import { z } from 'zod';
import { isoDate, languageCode, uuid } from '../students/schemas.ts';

/** Input and output shapes of the referrals module, shared by the API, the pages and tests. */

/** Who may refer (PLAN, Referral): these three refer directly. */
export const directReferrers = ['parent', 'adult-student', 'district-staff'] as const;
/** Requests from these go to a district designee, who decides whether to refer. */
export const routedReferrers = ['physician', 'judicial-officer', 'public-agency'] as const;
export const referrerKinds = [...directReferrers, ...routedReferrers] as const;
export type ReferrerKind = (typeof referrerKinds)[number];
export const referralStatuses = [
  'awaiting-designee',
  'declined-by-designee',
  'open',
  'withdrawn',
] as const;

const text = (what: string, max = 2000) =>
  z
    .string()
    .trim()
    .min(1, { error: `${what} is required` })
    .max(max);
const version = z.number().int().positive();

export const referralParams = z.strictObject({ id: uuid, referralId: uuid });

const endsAfterStart = (
  v: { startsOn: string; endsOn?: string | undefined },
  ctx: z.RefinementCtx,
) => {
  if (v.endsOn && v.endsOn < v.startsOn)
    ctx.addIssue({ code: 'custom', path: ['endsOn'], message: 'cannot be before the start' });
};

const interventionFields = {
  intervention: text('the intervention', 300),
  tier: z
    .number()
    .int()
    .min(1, { error: 'tier is 1, 2 or 3' })
    .max(3, { error: 'tier is 1, 2 or 3' }),
  startsOn: isoDate,
  endsOn: isoDate.optional(),
  outcome: z.string().trim().max(2000).optional(),
};
export const interventionBody = z.strictObject(interventionFields).superRefine(endsAfterStart);
export type InterventionInput = z.infer<typeof interventionBody>;
/** An intervention added to a recorded referral carries the referral's version. */
export const addInterventionBody = z
  .strictObject({ ...interventionFields, version })
  .superRefine(endsAfterStart);
export type AddInterventionInput = z.infer<typeof addInterventionBody>;

export const createReferralBody = z
  .strictObject({
    referrerKind: z.enum(referrerKinds),
    referrerName: text('who referred', 200),
    reason: text('the reason for the referral'),
    submittedOn: isoDate,
    interventions: z.array(interventionBody).max(20).optional(),
    noInterventionsReason: z.string().trim().max(2000).optional(),
  })
  .superRefine((v, ctx) => {
    // PLAN: the referral form used by district staff describes the interventions tried before
    // the referral, or the reasons why none were.
    if (v.referrerKind === 'district-staff' && !v.interventions?.length && !v.noInterventionsReason)
      ctx.addIssue({
        code: 'custom',
        path: ['noInterventionsReason'],
        message: 'a referral by district staff describes the interventions tried, or why none were',
      });
  });
export type CreateReferralInput = z.infer<typeof createReferralBody>;

export const designeeDecisionBody = z.strictObject({
  designeeName: text("the designee's name", 200),
  decision: z.enum(['refer', 'not-refer']),
  decidedOn: isoDate,
  note: z.string().trim().max(2000).optional(),
  version,
});
export type DesigneeDecisionInput = z.infer<typeof designeeDecisionBody>;

export const adminMeetingBody = z
  .strictObject({
    requestedOn: isoDate,
    heldOn: isoDate.optional(),
    /** Held without a written agreement: the referral continues on the committee's timelines. */
    outcome: z.enum(['continue-referral']).optional(),
    version,
  })
  .superRefine((v, ctx) => {
    if (v.heldOn && v.heldOn < v.requestedOn)
      ctx.addIssue({ code: 'custom', path: ['heldOn'], message: 'cannot be before the request' });
    if (v.outcome && !v.heldOn)
      ctx.addIssue({
        code: 'custom',
        path: ['heldOn'],
        message: 'an outcome needs the meeting held',
      });
  });
export type AdminMeetingInput = z.infer<typeof adminMeetingBody>;

export const withdrawalService = z.strictObject({
  service: text('the service', 300),
  duration: text('how long the service lasts', 200),
});

export const withdrawalBody = z.strictObject({
  agreedOn: isoDate,
  /** The parent's native language: the agreement is written in it (PLAN). */
  language: languageCode,
  services: z.array(withdrawalService).min(1, { error: 'name at least one service' }).max(20),
  chairpersonCopyOn: isoDate,
  referrerCopyOn: isoDate,
  parentCopyOn: isoDate,
  studentCopyOn: isoDate.optional(),
  version,
});
export type WithdrawalInput = z.infer<typeof withdrawalBody>;

const interventionView = z.object({
  id: z.string(),
  intervention: z.string(),
  tier: z.number(),
  startsOn: z.string(),
  endsOn: z.string().nullable(),
  outcome: z.string(),
});

export const referralView = z.object({
  id: z.string(),
  studentId: z.string(),
  referrerKind: z.enum(referrerKinds),
  referrerName: z.string(),
  reason: z.string(),
  submittedOn: z.string(),
  status: z.enum(referralStatuses),
  receivedOn: z.string().nullable(),
  designee: z
    .object({
      name: z.string(),
      decision: z.enum(['refer', 'not-refer']),
      decidedOn: z.string(),
      note: z.string(),
    })
    .nullable(),
  noInterventionsReason: z.string().nullable(),
  interventions: z.array(interventionView),
  adminMeeting: z.object({
    requestedOn: z.string().nullable(),
    heldOn: z.string().nullable(),
    outcome: z.enum(['continue-referral', 'withdraw-referral']).nullable(),
  }),
  withdrawal: z
    .object({
      agreedOn: z.string(),
      language: z.string(),
      services: z.array(z.object({ service: z.string(), duration: z.string() })),
      chairpersonCopyOn: z.string(),
      referrerCopyOn: z.string(),
      parentCopyOn: z.string(),
      studentCopyOn: z.string().nullable(),
      documentId: z.string().nullable(),
    })
    .nullable(),
  version: z.number(),
});
export type ReferralView = z.infer<typeof referralView>;

export const referralDetail = z.object({ referral: referralView, mayManage: z.boolean() });
export type ReferralDetail = z.infer<typeof referralDetail>;
export const referralList = z.object({ items: z.array(referralView), mayManage: z.boolean() });
export type ReferralList = z.infer<typeof referralList>;
