import { ESCALATION_KINDS } from '@continuum/rules/escalations/index.ts';
import type { EscalationKind } from '@continuum/rules/escalations/index.ts';
import type { Call } from '../http/call.ts';
import type { Tx } from '../db/tenant.ts';
import { inDistrict } from '../db/tenant.ts';
import { ForbiddenError } from '../errors.ts';
import { mayChangeRoutes, mayReadRoutes } from './access.ts';
import type { EscalationRouteList, EscalationRouteView, PutRouteInput } from './schemas.ts';

/**
 * The district's escalation routes (PREK, Contact Information: one address for an IEP not
 * received, one for related services, one for SEIT): any staff member reads them, so a school
 * knows where its concerns go; district administrators set them. They hold no student data.
 */
export async function listEscalationRoutes(call: Call): Promise<EscalationRouteList> {
  if (!mayReadRoutes(call.actor))
    throw new ForbiddenError('The district’s escalation routes are for staff.');
  const routes = await inDistrict(call.ctx.database.db, call.actor.districtId, readRoutes);
  return { routes, mayChange: mayChangeRoutes(call.actor) };
}

/** Sets where one kind of escalation goes (a contact's name and e-mail address). */
export async function setEscalationRoute(
  call: Call,
  input: PutRouteInput & { kind: EscalationKind },
): Promise<EscalationRouteView> {
  if (!mayChangeRoutes(call.actor))
    throw new ForbiddenError('Only district administrators set where escalations go.');
  const { districtId, accountId } = call.actor;
  const row = await inDistrict(call.ctx.database.db, districtId, (tx) =>
    tx
      .insertInto('escalation_routes')
      .values({
        district_id: districtId,
        kind: input.kind,
        contact_name: input.contactName,
        email: input.email,
        updated_by: accountId,
      })
      .onConflict((oc) =>
        oc.columns(['district_id', 'kind']).doUpdateSet({
          contact_name: input.contactName,
          email: input.email,
          updated_by: accountId,
          updated_at: new Date(),
        }),
      )
      .returningAll()
      .executeTakeFirstOrThrow(),
  );
  return toRouteView(row);
}

/** Every kind's route, set or not, in the kinds' order (the tenant transaction names the district). */
export async function readRoutes(tx: Tx): Promise<EscalationRouteView[]> {
  const rows = await tx.selectFrom('escalation_routes').selectAll().execute();
  const set = new Map(rows.map((r) => [r.kind, toRouteView(r)]));
  return ESCALATION_KINDS.map((kind) => set.get(kind) ?? unset(kind));
}

function toRouteView(row: {
  kind: EscalationKind;
  contact_name: string;
  email: string;
  updated_at: Date;
}): EscalationRouteView {
  return {
    kind: row.kind,
    contactName: row.contact_name,
    email: row.email,
    updatedAt: new Date(row.updated_at).toISOString(),
  };
}

const unset = (kind: EscalationKind): EscalationRouteView => ({
  kind,
  contactName: null,
  email: null,
  updatedAt: null,
});
