import { ESCALATION_KINDS, PREK_CONTACTS } from '@continuum/rules/escalations/index.ts';
import type { Tx } from '../db/tenant.ts';

/**
 * The demo district's escalation routes: the guidance's own addresses (PREK, Contact
 * Information). A route the district already set is kept, so seeding twice changes nothing.
 */
export async function insertDemoEscalationRoutes(tx: Tx, districtId: string): Promise<void> {
  await tx
    .insertInto('escalation_routes')
    .values(
      ESCALATION_KINDS.map((kind) => ({
        district_id: districtId,
        kind,
        contact_name: PREK_CONTACTS[kind].contactName,
        email: PREK_CONTACTS[kind].email,
      })),
    )
    .onConflict((oc) => oc.columns(['district_id', 'kind']).doNothing())
    .execute();
}
