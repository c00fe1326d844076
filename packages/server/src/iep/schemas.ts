import { z } from 'zod';
import { iep as iepRules, programs } from '@continuum/rules';
import type { IepContent } from '@continuum/rules/iep/index.ts';
import type { EsyEligibilityCategory } from '@continuum/rules/programs/index.ts';
import { isoDate, uuid } from '../students/schemas.ts';

/**
 * Input and output shapes of the IEP module, shared by the API, the pages and tests. The
 * content (rules: iep/content.ts) is validated here for shape only: a draft may leave anything
 * unanswered; what a final IEP must contain is the rules' readiness check (finalize-iep.ts).
 */

const text = (max = 4000) => z.string().max(max, { error: `must be at most ${max} characters` });
const rows = <T extends z.ZodType>(row: T) => z.array(row).max(50, { error: 'at most 50 rows' });

const programId = z.enum(programs.PROGRAM_IDS as [programs.ProgramId, ...programs.ProgramId[]], {
  error: 'must be a program of the catalog',
});

export const iepService = z
  .strictObject({
    program: programId,
    service: text(200),
    frequency: z.number().int().min(1).max(50),
    period: z.enum(iepRules.SERVICE_PERIODS),
    durationMinutes: z.number().int().min(1).max(600),
    location: text(200),
    groupSize: z.number().int().min(1).max(40),
    startDate: isoDate,
    endDate: isoDate,
    twelveMonth: z.boolean(),
  })
  .refine((s) => s.endDate >= s.startDate, {
    path: ['endDate'],
    message: 'must be on or after the start date',
  });

export const iepGoal = z.strictObject({
  area: text(200),
  goal: text(),
  criteria: text(1000),
  method: text(1000),
  schedule: text(1000),
});

const esyCategories = programs.ESY_ELIGIBILITY_CATEGORIES.map((c) => c.id) as [
  EsyEligibilityCategory,
  ...EsyEligibilityCategory[],
];

const classificationId = z.enum(
  programs.DISABILITY_CLASSIFICATIONS.map((c) => c.id) as [
    programs.DisabilityClassification,
    ...programs.DisabilityClassification[],
  ],
  { error: 'must be a classification' },
);

export const iepContent = z.strictObject({
  classification: classificationId.nullable(),
  presentLevels: z.strictObject({
    academic: text(),
    social: text(),
    physical: text(),
    management: text(),
  }),
  effectOnProgress: text(),
  goals: rows(iepGoal),
  services: rows(iepService),
  generalEducationPercent: z.number().min(0).max(100).nullable(),
  leastRestrictiveEnvironment: text(),
  equipment: z.strictObject({ needed: z.boolean().nullable(), description: text(1000) }),
  testingAccommodations: z.strictObject({
    none: z.boolean(),
    items: rows(z.strictObject({ accommodation: text(300), conditions: text(1000) })),
  }),
  twelveMonthServices: z.strictObject({
    recommended: z.boolean(),
    category: z.enum(esyCategories).nullable(),
    description: text(),
  }),
  promotionCriteria: z.strictObject({
    alternateAssessment: z.boolean(),
    ela: z.enum(['standard', 'modified']).nullable(),
    math: z.enum(['standard', 'modified']).nullable(),
    modifiedCriteria: text(),
  }),
  transition: z.strictObject({
    postSecondaryEducation: text(),
    postSecondaryEmployment: text(),
    postSecondaryIndependentLiving: text(),
    activities: rows(
      z.strictObject({
        area: z.enum(iepRules.TRANSITION_ACTIVITY_AREAS),
        activity: text(1000),
        responsible: text(300),
      }),
    ),
  }),
}) satisfies z.ZodType<IepContent>;

export const iepDates = z.strictObject({
  projectedImplementationDate: isoDate.nullable(),
  annualReviewDate: isoDate.nullable(),
  reevaluationDate: isoDate.nullable(),
});
export type IepDatesInput = z.infer<typeof iepDates>;

export const lockVersion = z.number().int().positive();

/** Start an IEP: an empty draft, optionally linked to the meeting that will develop it. */
export const startIepBody = z.strictObject({ meetingId: uuid.nullable().optional() });
export type StartIepInput = z.infer<typeof startIepBody>;

/** Save the draft (autosave and the Save button): the whole draft, with the lockVersion read. */
export const saveDraftBody = z.strictObject({
  lockVersion,
  meetingId: uuid.nullable(),
  dates: iepDates,
  content: iepContent,
});
export type SaveDraftInput = z.infer<typeof saveDraftBody>;

export const finalizeBody = z.strictObject({ lockVersion });
export const amendBody = z.strictObject({ meetingId: uuid.nullable().optional() });
export type AmendInput = z.infer<typeof amendBody>;
/** services-arranged, placement-offered: the day it happened. */
export const eventBody = z.strictObject({ on: isoDate });

export const iepParams = z.strictObject({ id: uuid, iepId: uuid });
export const versionParams = z.strictObject({ id: uuid, iepId: uuid, versionId: uuid });

export const versionStatus = z.enum(['draft', 'final', 'superseded']);

export const iepVersion = z.object({
  id: z.string(),
  iepId: z.string(),
  number: z.number(),
  status: versionStatus,
  amendsVersionId: z.string().nullable(),
  meetingId: z.string().nullable(),
  meetingDate: z.string().nullable(),
  projectedImplementationDate: z.string().nullable(),
  annualReviewDate: z.string().nullable(),
  reevaluationDate: z.string().nullable(),
  lockVersion: z.number(),
  savedBy: z.string(),
  savedAt: z.string(),
  finalizedAt: z.string().nullable(),
  documentId: z.string().nullable(),
  supersededAt: z.string().nullable(),
  /** The setting band the general education percentage puts a school-age student in. */
  settingBand: z.string().nullable(),
  content: iepContent,
});
export type IepVersionView = z.infer<typeof iepVersion>;

export const iepVersionSummary = iepVersion.omit({ content: true });
export type IepVersionSummary = z.infer<typeof iepVersionSummary>;

export const iepDetail = z.object({
  id: z.string(),
  studentId: z.string(),
  committee: z.enum(['cse', 'cpse']),
  createdAt: z.string(),
  /** Versions the reader may see, newest first (drafts only for the committee). */
  versions: z.array(iepVersionSummary),
  /** The version in effect (final), the open draft, each when there is one the reader may see. */
  current: iepVersion.nullable(),
  draft: iepVersion.nullable(),
  /** Steps recorded on the final version: services arranged, placement offered. */
  events: z.array(z.object({ type: z.string(), on: z.string(), versionId: z.string().nullable() })),
  canReadDrafts: z.boolean(),
  canManage: z.boolean(),
});
export type IepDetail = z.infer<typeof iepDetail>;

export const iepSummary = z.object({
  id: z.string(),
  committee: z.enum(['cse', 'cpse']),
  createdAt: z.string(),
  latestStatus: versionStatus.nullable(),
  latestNumber: z.number().nullable(),
  annualReviewDate: z.string().nullable(),
});
export const iepList = z.object({
  items: z.array(iepSummary),
  canManage: z.boolean(),
});
export type IepList = z.infer<typeof iepList>;
