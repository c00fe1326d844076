import { z } from 'zod';
import { staffRoles } from '../db/schema.ts';
import { recordTypeTables } from './record-types.ts';
import type { RecordType } from '../access/access-log.ts';

/** Output shapes of the lists the law requires (34 CFR 300.616 and 300.623). */

const role = z.enum(staffRoles);
const committee = z.enum(['cse', 'cpse']);

export const reach = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('district'), role }),
  z.object({ kind: z.literal('sites-led'), role, sites: z.array(z.string()) }),
  z.object({ kind: z.literal('committee'), role, committee, site: z.string().nullable() }),
  z.object({ kind: z.literal('implemented'), role }),
  z.object({ kind: z.literal('designee'), site: z.string() }),
]);

export const employeeEntry = z.object({
  fullName: z.string(),
  title: z.string(),
  roles: z.array(role),
  reach: z.array(reach),
});

export const recordTypeEntry = z.object({
  type: z.enum(Object.keys(recordTypeTables) as [RecordType, ...RecordType[]]),
  tables: z.array(z.string()),
});
