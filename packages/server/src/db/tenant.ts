import type { Kysely, Transaction } from 'kysely';
import { sql } from 'kysely';
import type { DB } from './schema.ts';

export type Tx = Transaction<DB>;

/**
 * Runs `work` in one transaction scoped to a district: as the plain role continuum_app, so
 * row-level security on district_id applies even where the connection is a superuser (PGlite
 * always is), with app.district_id set for this transaction only.
 */
export async function inDistrict<T>(
  db: Kysely<DB>,
  districtId: string,
  work: (tx: Tx) => Promise<T>,
): Promise<T> {
  return db.transaction().execute(async (tx) => {
    // Both settings last until the transaction ends (is_local = true); `role` is SET LOCAL ROLE.
    await sql`select set_config('app.district_id', ${districtId}, true), set_config('role', 'continuum_app', true)`.execute(
      tx,
    );
    return work(tx);
  });
}
