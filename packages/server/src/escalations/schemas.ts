import { z } from 'zod';
import { ESCALATION_KINDS, ESCALATION_PROBLEMS } from '@continuum/rules/escalations/index.ts';
import { uuid } from '../students/schemas.ts';

/** Input and output shapes of the escalations module, shared by the API, the pages and tests. */

export const escalationKind = z.enum(ESCALATION_KINDS, { error: 'must be a kind of escalation' });
export const escalationProblem = z.enum(ESCALATION_PROBLEMS, { error: 'choose the problem' });

export const routeParams = z.strictObject({ kind: escalationKind });
export const escalationParams = z.strictObject({ id: uuid, escalationId: uuid });

/** Where the district sends one kind of escalation: a contact's name and e-mail address. */
export const putRouteBody = z.strictObject({
  contactName: z
    .string()
    .trim()
    .min(1, { error: 'the contact name is required' })
    .max(200, { error: 'must be at most 200 characters' }),
  email: z.email({ error: 'must be an e-mail address' }).max(254),
});
export type PutRouteInput = z.infer<typeof putRouteBody>;

/**
 * A new escalation: the problem, the service of the IEP in effect it concerns (for a problem
 * with services), and what the person filing adds. The kind of escalation follows from these.
 */
export const fileEscalationBody = z
  .strictObject({
    problem: escalationProblem,
    serviceId: uuid.optional(),
    details: z.string().trim().max(2000, { error: 'must be at most 2,000 characters' }).optional(),
  })
  .refine((v) => v.problem !== 'iep-not-received' || v.serviceId === undefined, {
    path: ['serviceId'],
    message: 'an IEP not received concerns the whole IEP: name no service',
  });
export type FileEscalationInput = z.infer<typeof fileEscalationBody>;

export const resolveEscalationBody = z.strictObject({
  resolution: z
    .string()
    .trim()
    .min(1, { error: 'say how it was resolved' })
    .max(2000, { error: 'must be at most 2,000 characters' }),
});
export type ResolveEscalationInput = z.infer<typeof resolveEscalationBody>;

export const escalationStatusFilters = ['open', 'resolved', 'all'] as const;
export const escalationsQuery = z.strictObject({
  status: z.enum(escalationStatusFilters).default('open'),
  limit: z.coerce.number().int().min(1).max(1000).default(500),
});
export type EscalationsQuery = z.infer<typeof escalationsQuery>;

export const escalationRouteView = z.object({
  kind: escalationKind,
  /** Null until a district administrator sets the route. */
  contactName: z.string().nullable(),
  email: z.string().nullable(),
  updatedAt: z.string().nullable(),
});
export type EscalationRouteView = z.infer<typeof escalationRouteView>;

export const escalationRouteList = z.object({
  routes: z.array(escalationRouteView),
  /** Whether the signed-in user may set the routes (district administrators). */
  mayChange: z.boolean(),
});
export type EscalationRouteList = z.infer<typeof escalationRouteList>;

export const escalationView = z.object({
  id: z.string(),
  studentId: z.string(),
  kind: escalationKind,
  problem: escalationProblem,
  /** The service of the IEP concerned (problems with services). */
  service: z.object({ id: z.string(), program: z.string(), service: z.string() }).nullable(),
  /** What was sent, as it was sent. */
  toAddress: z.string(),
  childName: z.string(),
  dateOfBirth: z.string(),
  siteName: z.string(),
  siteAddress: z.string(),
  details: z.string(),
  status: z.enum(['open', 'resolved']),
  filedBy: z.string(),
  filedAt: z.string(),
  /** Whether the signed-in user filed it (the filer may resolve it). */
  filedByYou: z.boolean(),
  resolvedBy: z.string().nullable(),
  resolvedAt: z.string().nullable(),
  resolution: z.string().nullable(),
  /** The e-mail to the route's address: `queued` until a configured mail server accepted it. */
  emailStatus: z.enum(['queued', 'sent', 'failed']).nullable(),
});
export type EscalationView = z.infer<typeof escalationView>;

export const studentEscalations = z.object({
  studentId: z.string(),
  escalations: z.array(escalationView),
  /** Whether the signed-in user may file an escalation for this student. */
  mayFile: z.boolean(),
  /** Whether they may resolve any of them (the committee's chairperson, administrators). */
  mayResolve: z.boolean(),
});
export type StudentEscalations = z.infer<typeof studentEscalations>;

export const escalationList = z.object({
  status: z.enum(escalationStatusFilters),
  escalations: z.array(escalationView),
  /** More escalations matched than `limit`. */
  truncated: z.boolean(),
});
export type EscalationList = z.infer<typeof escalationList>;
