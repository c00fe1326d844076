import type { AmendmentState } from '@continuum/rules/records/index.ts';
import type { Database } from '../db/database.ts';
import { todayInNewYork } from '../clock.ts';
import { districtOf } from '../iep/test-support.ts';

/** The facts each state holds (0011's CHECKs), all dated today. */
const factsOf = (state: AmendmentState, today: string, recorder: string) => {
  const decided = { decided_on: today, decided_by: recorder };
  const refused = { ...decided, decision_reason: 'The evaluation report is accurate as written.' };
  const requested = { ...refused, hearing_requested_on: today };
  const heard = {
    ...requested,
    hearing_held_on: today,
    heard_by: 'Assistant Superintendent (no interest in the outcome)',
    hearing_decided_on: today,
    hearing_summary: 'The score was reported as measured.',
  };
  switch (state) {
    case 'requested':
      return {};
    case 'amended':
      return { ...decided, amendment_made: 'The date was corrected.' };
    case 'refused':
      return refused;
    case 'hearing-requested':
      return requested;
    case 'hearing-amended':
      return { ...heard, amendment_made: 'The score was corrected.' };
    case 'hearing-kept':
      return heard;
    case 'withdrawn':
      return { withdrawn_on: today };
  }
};

/**
 * A request to amend the child's evaluation, from the student's first guardian, received today
 * and in `state`: set up directly in the database for access rows and tests. Not used by the
 * product.
 */
export async function insertAmendmentRequest(
  db: Database['db'],
  studentId: string,
  state: AmendmentState = 'requested',
): Promise<string> {
  const districtId = await districtOf(db, studentId);
  const today = todayInNewYork();
  const guardian = await db
    .selectFrom('student_guardians')
    .where('student_id', '=', studentId)
    .select('guardian_id')
    .executeTakeFirstOrThrow();
  const recorder = '00000000-0000-4000-8000-0000000000aa';
  const row = await db
    .insertInto('amendment_requests')
    .values({
      district_id: districtId,
      student_id: studentId,
      requester_kind: 'parent',
      guardian_id: guardian.guardian_id,
      received_on: today,
      channel: 'paper',
      record_type: 'evaluation',
      information: 'The reading score on page 3.',
      reason: 'inaccurate',
      change_requested: 'Report the score from the retest.',
      status: state,
      status_on: today,
      recorded_by: recorder,
      ...factsOf(state, today, recorder),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}
