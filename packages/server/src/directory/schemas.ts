import { z } from 'zod';
import { uuid } from '../students/schemas.ts';
import { staffRoles } from '../db/schema.ts';

/** Input and output shapes of the directory: sites, staff and their accounts. */

export const siteKinds = [
  'district-school',
  'pre-k-center',
  'approved-preschool',
  'boces',
  'non-public-school',
] as const;

const text = (what: string, max = 200) =>
  z
    .string()
    .trim()
    .min(1, { error: `${what} is required` })
    .max(max);

export const siteBody = z.strictObject({
  name: text('name'),
  kind: z.enum(siteKinds),
  address: z.string().trim().max(400).optional(),
});
export const updateSiteBody = siteBody.partial().extend({ version: z.number().int().positive() });
export const site = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.enum(siteKinds),
  address: z.string(),
  version: z.number(),
});
export type Site = z.infer<typeof site>;

export const committeeMembership = z.strictObject({
  committee: z.enum(['cse', 'cpse']),
  /** null: the committee of the whole district. */
  siteId: uuid.nullable(),
});

export const staffBody = z.strictObject({
  email: z.email({ error: 'must be an e-mail address' }).max(254),
  fullName: text('full name'),
  title: z.string().trim().max(120).optional(),
  roles: z.array(z.enum(staffRoles)).min(1, { error: 'choose at least one role' }),
  siteIds: z.array(uuid).max(50).optional(),
  committees: z.array(committeeMembership).max(20).optional(),
  /** The first password, which the person changes after signing in. */
  initialPassword: z.string().max(256).optional(),
});
export type StaffInput = z.infer<typeof staffBody>;

export const updateStaffBody = staffBody
  .omit({ email: true, initialPassword: true })
  .partial()
  .extend({ version: z.number().int().positive() });
export type UpdateStaffInput = z.infer<typeof updateStaffBody>;

export const staffMember = z.object({
  id: z.string(),
  accountId: z.string(),
  email: z.string(),
  fullName: z.string(),
  title: z.string(),
  roles: z.array(z.enum(staffRoles)),
  siteIds: z.array(z.string()),
  committees: z.array(
    z.object({ committee: z.enum(['cse', 'cpse']), siteId: z.string().nullable() }),
  ),
  disabled: z.boolean(),
  secondFactor: z.boolean(),
  version: z.number(),
});
export type StaffMember = z.infer<typeof staffMember>;

export const idParams = z.strictObject({ id: uuid });
