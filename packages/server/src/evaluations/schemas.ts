import { z } from 'zod';
import {
  DISABILITY_CLASSIFICATIONS,
  EVALUATION_COMPONENTS,
} from '@continuum/rules/programs/index.ts';
import type { DisabilityClassification } from '@continuum/rules/programs/index.ts';
import { isoDate, uuid } from '../students/schemas.ts';

/** Input and output shapes of the evaluations module, shared by the API, the pages and tests. */

export const evaluationKinds = ['initial', 'reevaluation'] as const;
export const componentStatuses = ['planned', 'scheduled', 'completed', 'cancelled'] as const;
export const ieeResponses = ['due-process-complaint-filed', 'iee-at-public-expense'] as const;
export const classificationIds = DISABILITY_CLASSIFICATIONS.map((c) => c.id) as [
  DisabilityClassification,
  ...DisabilityClassification[],
];

const evaluator = z.string().trim().min(1).max(200);

export const componentInput = z.strictObject({
  component: z.enum(EVALUATION_COMPONENTS),
  evaluator: evaluator.nullable().optional(),
});
export type ComponentInput = z.infer<typeof componentInput>;

export const planEvaluationBody = z
  .strictObject({
    kind: z.enum(evaluationKinds),
    /** The day the request for a reevaluation was received (reevaluations only). */
    requestedOn: isoDate.nullable().optional(),
    components: z.array(componentInput).min(1, { error: 'plan at least one component' }).max(20),
  })
  .superRefine((v, ctx) => {
    if (v.kind === 'reevaluation' && !v.requestedOn) {
      ctx.addIssue({
        code: 'custom',
        path: ['requestedOn'],
        message: 'a reevaluation needs the day its request was received',
      });
    }
    if (v.kind === 'initial' && v.requestedOn) {
      ctx.addIssue({
        code: 'custom',
        path: ['requestedOn'],
        message: 'an initial evaluation starts from the consent, not a request date',
      });
    }
  });
export type PlanEvaluationInput = z.infer<typeof planEvaluationBody>;

export const addComponentBody = componentInput;

export const updateComponentBody = z
  .strictObject({
    version: z.number().int().positive(),
    evaluator: evaluator.nullable().optional(),
    status: z.enum(componentStatuses).optional(),
    appointmentOn: isoDate.nullable().optional(),
    reportOn: isoDate.nullable().optional(),
    summary: z.string().trim().min(1).max(8000).nullable().optional(),
  })
  .superRefine((v, ctx) => {
    if (v.status === 'completed' && !v.reportOn) {
      ctx.addIssue({
        code: 'custom',
        path: ['reportOn'],
        message: 'a completed component needs its report date',
      });
    }
  });
export type UpdateComponentInput = z.infer<typeof updateComponentBody>;

export const completeEvaluationBody = z.strictObject({
  version: z.number().int().positive(),
  completedOn: isoDate,
});
export type CompleteEvaluationInput = z.infer<typeof completeEvaluationBody>;

export const eligibilityBody = z
  .strictObject({
    version: z.number().int().positive(),
    eligible: z.boolean(),
    classification: z.enum(classificationIds).nullable().optional(),
    decidedOn: isoDate,
    meetingId: uuid.nullable().optional(),
  })
  .superRefine((v, ctx) => {
    if (v.eligible && !v.classification) {
      ctx.addIssue({
        code: 'custom',
        path: ['classification'],
        message: 'an eligible student needs a classification',
      });
    }
    if (!v.eligible && v.classification) {
      ctx.addIssue({
        code: 'custom',
        path: ['classification'],
        message: 'a student found not eligible has no classification',
      });
    }
  });
export type EligibilityInput = z.infer<typeof eligibilityBody>;

export const ieeRequestBody = z.strictObject({
  evaluationId: uuid,
  receivedOn: isoDate,
  disagreement: z.string().trim().min(1).max(4000).nullable().optional(),
});
export type IeeRequestInput = z.infer<typeof ieeRequestBody>;

export const ieeResponseBody = z.strictObject({
  version: z.number().int().positive(),
  response: z.enum(ieeResponses),
  respondedOn: isoDate,
});
export type IeeResponseInput = z.infer<typeof ieeResponseBody>;

export const evaluationParams = z.strictObject({ id: uuid, evaluationId: uuid });
export const componentParams = z.strictObject({ id: uuid, evaluationId: uuid, componentId: uuid });
export const ieeParams = z.strictObject({ id: uuid, ieeRequestId: uuid });

export const componentOut = z.object({
  id: z.string(),
  component: z.enum(EVALUATION_COMPONENTS),
  needsConsent: z.boolean(),
  evaluator: z.string().nullable(),
  status: z.enum(componentStatuses),
  appointmentOn: z.string().nullable(),
  reportOn: z.string().nullable(),
  summary: z.string().nullable(),
  version: z.number(),
});
export type ComponentView = z.infer<typeof componentOut>;

export const evaluationSummary = z.object({
  id: z.string(),
  studentId: z.string(),
  kind: z.enum(evaluationKinds),
  requestedOn: z.string().nullable(),
  completedOn: z.string().nullable(),
  eligible: z.boolean().nullable(),
  classification: z.string().nullable(),
  eligibilityDecidedOn: z.string().nullable(),
  eligibilityMeetingId: z.string().nullable(),
  version: z.number(),
});
export type EvaluationSummary = z.infer<typeof evaluationSummary>;

export const ieeRequestOut = z.object({
  id: z.string(),
  evaluationId: z.string(),
  receivedOn: z.string(),
  disagreement: z.string().nullable(),
  response: z.enum(ieeResponses).nullable(),
  respondedOn: z.string().nullable(),
  /** Days from receipt to the district's response, or to today while none is recorded. */
  daysOpen: z.number(),
  version: z.number(),
});
export type IeeRequestView = z.infer<typeof ieeRequestOut>;

export const evaluationDetail = evaluationSummary.extend({
  components: z.array(componentOut),
  ieeRequests: z.array(ieeRequestOut),
  /** The student's level, which decides the classifications offered (preschool or school-age). */
  level: z.enum(['preschool', 'school-age']),
  manageCase: z.boolean(),
});
export type EvaluationDetail = z.infer<typeof evaluationDetail>;

export const evaluationList = z.object({
  items: z.array(evaluationSummary),
  ieeRequests: z.array(ieeRequestOut),
  manageCase: z.boolean(),
});
export type EvaluationList = z.infer<typeof evaluationList>;
