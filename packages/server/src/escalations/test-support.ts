import { ESCALATION_KINDS } from '@continuum/rules/escalations/index.ts';
import type { Database } from '../db/database.ts';
import { completeIepContent, districtOf, insertIep } from '../iep/test-support.ts';
import { testService } from '../services/test-support.ts';

/**
 * Records the escalation tests and access rows set up directly in the database (database.db
 * bypasses row-level security, so every row names the student's own district). Not used by
 * the product.
 */

const SETUP_ACCOUNT = '00000000-0000-4000-8000-0000000000aa';

/** A related service of an IEP (program related-service: the related services route). */
export const speechTherapy = testService('2026-12-01', { endDate: '2027-11-19' });

/** Every route of the district set, to addresses of its own. */
export async function setAllRoutes(db: Database['db'], districtId: string): Promise<void> {
  await db
    .insertInto('escalation_routes')
    .values(
      ESCALATION_KINDS.map((kind) => ({
        district_id: districtId,
        kind,
        contact_name: `Office for ${kind}`,
        email: `${kind}@district.test`,
      })),
    )
    .onConflict((oc) => oc.columns(['district_id', 'kind']).doNothing())
    .execute();
}

/** Gives the student's current site an address (the escalation must name it). */
export async function addressSites(db: Database['db'], studentId: string): Promise<void> {
  await db
    .updateTable('sites')
    .set({ address: '1 School Lane, Albany, NY 12207' })
    .where('address', '=', '')
    .where(
      'id',
      'in',
      db.selectFrom('enrollments').select('site_id').where('student_id', '=', studentId),
    )
    .execute();
}

/**
 * A student ready for an escalation about a related service: their district's routes set,
 * their site addressed, and a final IEP with speech therapy (reused when they have one). Returns
 * the service's id.
 */
export async function readyForEscalation(
  database: Database,
  studentId: string,
): Promise<{ serviceId: string }> {
  const { db } = database;
  await setAllRoutes(db, await districtOf(db, studentId));
  await addressSites(db, studentId);
  const existing = await db
    .selectFrom('iep_services as sv')
    .innerJoin('iep_versions as v', 'v.id', 'sv.iep_version_id')
    .where('sv.student_id', '=', studentId)
    .where('v.status', '=', 'final')
    .where('sv.program', '=', 'related-service')
    .select('sv.id')
    .executeTakeFirst();
  if (existing) return { serviceId: existing.id };
  const { versionId } = await insertIep(db, studentId, {
    status: 'final',
    content: completeIepContent({ services: [speechTherapy] }),
  });
  const created = await db
    .selectFrom('iep_services')
    .where('iep_version_id', '=', versionId)
    .select('id')
    .executeTakeFirstOrThrow();
  return { serviceId: created.id };
}

/** An open escalation of the student, filed by an account of no one in the fixture. */
export async function insertEscalation(
  database: Database,
  studentId: string,
): Promise<{ escalationId: string }> {
  const { db } = database;
  const row = await db
    .insertInto('escalations')
    .values({
      district_id: await districtOf(db, studentId),
      student_id: studentId,
      kind: 'iep-not-received',
      problem: 'iep-not-received',
      to_address: 'iep-not-received@district.test',
      child_name: 'Test Child',
      date_of_birth: '2022-03-04',
      site_name: 'School A',
      site_address: '1 School Lane, Albany, NY 12207',
      filed_by: SETUP_ACCOUNT,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { escalationId: row.id };
}
