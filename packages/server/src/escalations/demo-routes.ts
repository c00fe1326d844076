import { ESCALATION_KINDS, PREK_CONTACTS } from '@continuum/rules/escalations/index.ts';
import type { Tx } from '../db/tenant.ts';
import { DEMO_EMAIL_DOMAIN } from '../demo/generate-demo-staff.ts';

/**
 * The demo district's escalation routes: the guidance's offices (PREK, Contact Information),
 * at the demo's own domain (`relatedservices@demo.continuum.test`), so that a demo with a mail
 * server configured never writes to a real New York City office about a synthetic child. A
 * route the district already set is kept, so seeding twice changes nothing.
 */
export async function insertDemoEscalationRoutes(tx: Tx, districtId: string): Promise<void> {
  await tx
    .insertInto('escalation_routes')
    .values(
      ESCALATION_KINDS.map((kind) => ({
        district_id: districtId,
        kind,
        contact_name: PREK_CONTACTS[kind].contactName,
        email: PREK_CONTACTS[kind].email.replace(/@.*$/, `@${DEMO_EMAIL_DOMAIN}`),
      })),
    )
    .onConflict((oc) => oc.columns(['district_id', 'kind']).doNothing())
    .execute();
}
