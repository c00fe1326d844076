import { z } from 'zod';
import { MEETING_ROLES, PROGRAMS } from '@continuum/rules/programs/index.ts';
import type { ProgramId } from '@continuum/rules/programs/index.ts';
import { isoDate, languageCode, uuid } from '../students/schemas.ts';

/** Input and output shapes of the meetings module, shared by the API, the pages and tests. */

export const committees = ['cse', 'cpse', 'subcommittee'] as const;
export const meetingPurposeKinds = [
  'initial',
  'annual-review',
  'reevaluation',
  'requested-review',
  'amendment',
] as const;
export const participations = ['in-person', 'phone', 'video', 'did-not-attend'] as const;
export const programIds = Object.keys(PROGRAMS) as [ProgramId, ...ProgramId[]];

const text = (max: number) => z.string().trim().min(1, { error: 'is required' }).max(max);

export const memberInput = z.strictObject({
  fullName: text(200),
  role: z.enum(MEETING_ROLES),
});
export type MemberInput = z.infer<typeof memberInput>;

export const scheduleMeetingBody = z.strictObject({
  committee: z.enum(committees),
  purpose: z.enum(meetingPurposeKinds),
  scheduledOn: isoDate,
  scheduledTime: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'must be a time HH:MM' }),
  place: text(300),
  interpreterLanguage: languageCode.nullable().optional(),
  members: z.array(memberInput).max(30).default([]),
});
export type ScheduleMeetingInput = z.infer<typeof scheduleMeetingBody>;

/** Where a program is delivered, as the subcommittee authority check reads it. */
const placement = z.strictObject({
  program: z.enum(programIds),
  outsideSchoolOfAttendance: z.boolean().default(false),
  outOfDistrictSpecialSchool: z.boolean().default(false),
});

/**
 * What the committee recommended: the programs of the catalog and where they are delivered,
 * and the student's current program (none for an initial placement), so the authority check
 * can tell an initial or more restrictive special class from a continuing one.
 */
export const recommendationInput = z.strictObject({
  programs: z.array(placement).min(1, { error: 'name at least one program' }).max(20),
  current: placement.nullable().default(null),
  notes: z.string().trim().max(4000).nullable().optional(),
});
export type RecommendationInput = z.infer<typeof recommendationInput>;

export const recordMeetingBody = z
  .strictObject({
    version: z.number().int().positive(),
    heldOn: isoDate,
    attendance: z
      .array(
        z.strictObject({
          memberId: uuid,
          attended: z.boolean(),
          excusal: z.string().trim().min(1).max(2000).nullable().optional(),
        }),
      )
      .max(30)
      .default([]),
    parentParticipation: z.enum(participations),
    parentEfforts: z.string().trim().min(1).max(4000).nullable().optional(),
    reviewsNewPsychologicalEvaluation: z.boolean().default(false),
    recommendation: recommendationInput.nullable().optional(),
  })
  .superRefine((v, ctx) => {
    if (v.parentParticipation === 'did-not-attend' && !v.parentEfforts) {
      ctx.addIssue({
        code: 'custom',
        path: ['parentEfforts'],
        message: 'record the efforts made to involve the parent',
      });
    }
    v.attendance.forEach((a, i) => {
      if (a.attended && a.excusal) {
        ctx.addIssue({
          code: 'custom',
          path: ['attendance', i, 'excusal'],
          message: 'a member who attended is not excused',
        });
      }
    });
  });
export type RecordMeetingInput = z.infer<typeof recordMeetingBody>;

export const addMemberBody = memberInput;
export const reviewRequestBody = z.strictObject({ receivedOn: isoDate });
export type ReviewRequestInput = z.infer<typeof reviewRequestBody>;

export const meetingParams = z.strictObject({ id: uuid, meetingId: uuid });

const placementOut = z.object({
  program: z.string(),
  outsideSchoolOfAttendance: z.boolean(),
  outOfDistrictSpecialSchool: z.boolean(),
});
export const recommendationOut = z.object({
  programs: z.array(placementOut),
  current: placementOut.nullable(),
  notes: z.string().nullable().optional(),
});
export type Recommendation = z.infer<typeof recommendationOut>;

export const meetingMember = z.object({
  id: z.string(),
  fullName: z.string(),
  role: z.string(),
  attended: z.boolean().nullable(),
  excusal: z.string().nullable(),
});

export const reviewRequest = z.object({
  id: z.string(),
  meetingId: z.string(),
  receivedOn: z.string(),
  addressedBy: z.string().nullable(),
});
export type ReviewRequest = z.infer<typeof reviewRequest>;

export const meetingDetail = z.object({
  id: z.string(),
  studentId: z.string(),
  committee: z.enum(committees),
  purpose: z.enum(meetingPurposeKinds),
  scheduledOn: z.string(),
  scheduledTime: z.string(),
  place: z.string(),
  interpreterLanguage: z.string().nullable(),
  status: z.enum(['scheduled', 'held']),
  heldOn: z.string().nullable(),
  parentParticipation: z.enum(participations).nullable(),
  parentEfforts: z.string().nullable(),
  recommendation: recommendationOut.nullable(),
  version: z.number(),
  members: z.array(meetingMember),
  /** The roles this committee needs (rules package, committee membership). */
  requiredMembers: z.array(
    z.object({ id: z.string(), label: z.string(), roles: z.array(z.string()) }),
  ),
  reviewRequests: z.array(reviewRequest),
  manageCase: z.boolean(),
});
export type MeetingDetail = z.infer<typeof meetingDetail>;

export const meetingList = z.object({
  items: z.array(
    meetingDetail.omit({ members: true, requiredMembers: true, reviewRequests: true }),
  ),
  openReviewRequests: z.array(reviewRequest),
  manageCase: z.boolean(),
});
export type MeetingList = z.infer<typeof meetingList>;
