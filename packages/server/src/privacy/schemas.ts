import { z } from 'zod';
import { openAmendments } from '../amendments/schemas.ts';
import { recentDisclosures } from '../disclosures/schemas.ts';
import { openRecordsRequests } from '../records-requests/schemas.ts';

export const privacyWorkspace = z.object({
  asOf: z.string(),
  openRequests: openRecordsRequests.shape.items,
  openAmendments: openAmendments.shape.items,
  recentDisclosures: recentDisclosures.shape.items,
  /** Children informed or asking for destruction, and destructions done (34 CFR 300.624). */
  destructionPending: z.number().int(),
  destructionDone: z.number().int(),
  /** How many employees the current listing names (34 CFR 300.623). */
  employeesListed: z.number().int(),
});
export type PrivacyWorkspace = z.infer<typeof privacyWorkspace>;

export const accessLogCheck = z.object({
  rows: z.number().int(),
  intact: z.boolean(),
  /** The first row whose hash or link does not match; null when the chain is whole. */
  brokenAt: z.object({ seq: z.number().int(), reason: z.string() }).nullable(),
});
export type AccessLogCheck = z.infer<typeof accessLogCheck>;
