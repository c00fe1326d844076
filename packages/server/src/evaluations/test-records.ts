import type { Database } from '../db/database.ts';

/**
 * Records inserted directly for tests and the access matrix (bypassing row-level security, as
 * the fixture does): a granted consent, an evaluation with its components, an IEE request.
 * Each takes the student's own district from the students table.
 */
async function districtOf(database: Database, studentId: string): Promise<string> {
  const row = await database.db
    .selectFrom('students')
    .where('id', '=', studentId)
    .select('district_id')
    .executeTakeFirstOrThrow();
  return row.district_id;
}

async function anyAccount(database: Database, districtId: string): Promise<string> {
  const row = await database.db
    .selectFrom('accounts')
    .where('district_id', '=', districtId)
    .select('id')
    .executeTakeFirst();
  // The other district of the fixture may have no account: any id will do for created_by.
  return row?.id ?? '00000000-0000-4000-8000-000000000001';
}

/** A consent of this type, requested and then in `state` (granted by default). */
export async function insertConsent(
  database: Database,
  studentId: string,
  type: 'initial-evaluation' | 'reevaluation',
  state: 'granted' | 'refused' | 'no-response' = 'granted',
): Promise<void> {
  const districtId = await districtOf(database, studentId);
  const by = await anyAccount(database, districtId);
  const consent = await database.db
    .insertInto('consents')
    .values({
      district_id: districtId,
      student_id: studentId,
      type,
      requested_on: '2026-09-01',
      request_method: 'mail',
      created_by: by,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await database.db
    .insertInto('consent_states')
    .values([
      {
        district_id: districtId,
        consent_id: consent.id,
        seq: 1,
        state: 'requested',
        on_date: '2026-09-01',
        recorded_by: by,
      },
      {
        district_id: districtId,
        consent_id: consent.id,
        seq: 2,
        state,
        on_date: '2026-09-03',
        written: state === 'granted',
        recorded_by: by,
      },
    ])
    .execute();
}

/**
 * An initial evaluation with one psychological evaluation component: `reported` gives the
 * component its report; `completed` also records the evaluation as complete.
 */
export async function insertEvaluation(
  database: Database,
  studentId: string,
  options: { reported?: boolean; completed?: boolean } = {},
): Promise<{ evaluationId: string; componentId: string }> {
  const districtId = await districtOf(database, studentId);
  const by = await anyAccount(database, districtId);
  const evaluation = await database.db
    .insertInto('evaluations')
    .values({
      district_id: districtId,
      student_id: studentId,
      kind: 'initial',
      requested_on: null,
      completed_on: options.completed ? '2026-10-01' : null,
      eligible: null,
      classification: null,
      eligibility_decided_on: null,
      eligibility_meeting_id: null,
      created_by: by,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const component = await database.db
    .insertInto('evaluation_components')
    .values({
      district_id: districtId,
      evaluation_id: evaluation.id,
      component: 'psychological-evaluation',
      evaluator: 'School psychologist',
      status: options.completed || options.reported ? 'completed' : 'planned',
      appointment_on: null,
      report_on: options.completed || options.reported ? '2026-09-30' : null,
      summary: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { evaluationId: evaluation.id, componentId: component.id };
}

/** A parent's IEE request about an evaluation, not yet answered. */
export async function insertIeeRequest(
  database: Database,
  studentId: string,
  evaluationId: string,
): Promise<string> {
  const districtId = await districtOf(database, studentId);
  const row = await database.db
    .insertInto('iee_requests')
    .values({
      district_id: districtId,
      student_id: studentId,
      evaluation_id: evaluationId,
      received_on: '2026-10-05',
      disagreement: null,
      response: null,
      responded_on: null,
      created_by: await anyAccount(database, districtId),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}
