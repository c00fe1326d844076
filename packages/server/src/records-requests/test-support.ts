import type { Database } from '../db/database.ts';
import { todayInNewYork } from '../clock.ts';
import { districtOf } from '../iep/test-support.ts';
import { requestSource } from './present.ts';

/**
 * An open request to inspect and review, from the student's first guardian, received today,
 * with its `records-request` case event: set up directly in the database for access rows.
 * Not used by the product.
 */
export async function insertRecordsRequest(db: Database['db'], studentId: string): Promise<string> {
  const districtId = await districtOf(db, studentId);
  const today = todayInNewYork();
  const guardian = await db
    .selectFrom('student_guardians')
    .where('student_id', '=', studentId)
    .select(['guardian_id', 'student_id'])
    .executeTakeFirstOrThrow();
  const recorder = '00000000-0000-4000-8000-0000000000aa';
  return db.transaction().execute(async (tx) => {
    const event = await tx
      .insertInto('case_events')
      .values({
        district_id: districtId,
        student_id: studentId,
        type: 'records-request',
        occurred_on: today,
        details: '{}',
        source: requestSource,
        source_id: null,
        recorded_by: recorder,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const row = await tx
      .insertInto('records_requests')
      .values({
        district_id: districtId,
        student_id: studentId,
        requester_kind: 'parent',
        guardian_id: guardian.guardian_id,
        representative_name: null,
        authorization_recorded_on: null,
        received_on: today,
        channel: 'paper',
        inspect: true,
        explanations: false,
        copies: false,
        request_event_id: event.id,
        recorded_by: recorder,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await tx
      .updateTable('case_events')
      .set({ source_id: row.id })
      .where('id', '=', event.id)
      .execute();
    return row.id;
  });
}
