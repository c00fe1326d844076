import type { Call } from '../http/call.ts';
import { inDistrict } from '../db/tenant.ts';
import type { Tx } from '../db/tenant.ts';
import { mayAdministerDirectory, mayReadDirectory } from '../access/policy.ts';
import { ConflictError, ForbiddenError, NotFoundError } from '../errors.ts';
import type { Site } from './schemas.ts';
import type { z } from 'zod';
import type { siteBody, updateSiteBody } from './schemas.ts';

/**
 * The district's sites: its schools, pre-K centers, approved preschool programs, BOCES and
 * non-public schools. Any staff member may read them; district administrators change them.
 */

const columns = ['id', 'name', 'kind', 'address', 'version'] as const;

export async function listSites(call: Call): Promise<{ items: Site[] }> {
  if (!mayReadDirectory(call.actor)) throw new ForbiddenError();
  const items = await inDistrict(call.ctx.database.db, call.actor.districtId, (tx) =>
    tx.selectFrom('sites').select(columns).orderBy('name').execute(),
  );
  return { items };
}

export async function createSite(call: Call, input: z.infer<typeof siteBody>): Promise<Site> {
  requireAdministrator(call);
  return inDistrict(call.ctx.database.db, call.actor.districtId, (tx) =>
    tx
      .insertInto('sites')
      .values({
        district_id: call.actor.districtId,
        name: input.name,
        kind: input.kind,
        address: input.address ?? '',
      })
      .returning(columns)
      .executeTakeFirstOrThrow(),
  );
}

export async function updateSite(
  call: Call,
  input: z.infer<typeof updateSiteBody> & { siteId: string },
): Promise<Site> {
  requireAdministrator(call);
  return inDistrict(call.ctx.database.db, call.actor.districtId, async (tx) => {
    const { siteId, version, ...changes } = input;
    const updated = await tx
      .updateTable('sites')
      .set((eb) => ({ ...changes, version: eb('version', '+', 1), updated_at: new Date() }))
      .where('id', '=', siteId)
      .where('version', '=', version)
      .returning(columns)
      .executeTakeFirst();
    if (updated) return updated;
    const current = await findSite(tx, siteId);
    throw new ConflictError(
      'Someone else changed this site since you opened it. Review it and try again.',
      current,
    );
  });
}

async function findSite(tx: Tx, siteId: string): Promise<Site> {
  const site = await tx
    .selectFrom('sites')
    .where('id', '=', siteId)
    .select(columns)
    .executeTakeFirst();
  if (!site) throw new NotFoundError('site');
  return site;
}

export function requireAdministrator(call: Call): void {
  if (!mayAdministerDirectory(call.actor))
    throw new ForbiddenError('Only district administrators change the directory.');
}
