import type { MatrixRow, StudentTarget } from '../testing/access-matrix.ts';
import { change, view } from '../testing/access-matrix.ts';

/** A fresh consent request (state `requested`) for the target student, in the student's district. */
async function freshConsent({
  database,
  fixture,
  studentId,
}: StudentTarget): Promise<Record<string, string>> {
  const { db } = database;
  const student = await db
    .selectFrom('students')
    .where('id', '=', studentId)
    .select('district_id')
    .executeTakeFirstOrThrow();
  // Who recorded it does not matter here (the column names an account, without a key).
  const account = { id: fixture.accounts.chairperson.accountId };
  const consent = await db
    .insertInto('consents')
    .values({
      district_id: student.district_id,
      student_id: studentId,
      type: 'initial-evaluation',
      requested_on: '2025-09-02',
      request_method: 'mail',
      created_by: account.id,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('consent_states')
    .values({
      district_id: student.district_id,
      consent_id: consent.id,
      seq: 0,
      state: 'requested',
      on_date: '2025-09-02',
      recorded_by: account.id,
    })
    .execute();
  return { consentId: consent.id };
}

const request = {
  type: 'disclosure',
  requestedOn: '2025-09-02',
  method: 'mail',
  recipientKind: 'transition-agency',
  recipientName: 'County vocational rehabilitation office',
  informationDisclosed: 'Most recent IEP and evaluation reports',
};
const response = { state: 'granted', on: '2025-09-10', written: true, version: 1 };
const effort = {
  kind: 'call',
  on: '2025-09-05',
  madeBy: 'CSE chairperson',
  result: 'Left a message',
};
const notification = { notifiedOn: '2025-09-03', method: 'mail' };

/** The `consent` module's rows of the access matrix (testing/access-matrix.ts). */
export const consentRows: MatrixRow[] = [
  { kind: 'student', method: 'GET', url: '/api/students/:id/consents', expect: view },
  {
    kind: 'student',
    method: 'POST',
    url: '/api/students/:id/consents',
    expect: change(201),
    body: () => request,
  },
  {
    kind: 'student',
    method: 'POST',
    url: '/api/students/:id/consents/public-benefits-notifications',
    expect: change(201),
    body: () => notification,
  },
  {
    kind: 'student',
    method: 'GET',
    url: '/api/students/:id/consents/:consentId',
    expect: view,
    params: freshConsent,
  },
  {
    kind: 'student',
    method: 'POST',
    url: '/api/students/:id/consents/:consentId/responses',
    expect: change(200),
    params: freshConsent,
    body: () => response,
  },
  {
    kind: 'student',
    method: 'POST',
    url: '/api/students/:id/consents/:consentId/efforts',
    expect: change(201),
    params: freshConsent,
    body: () => effort,
  },
  // Pages
  { kind: 'student', method: 'GET', url: '/students/:id/consents', expect: view, anonymous: 303 },
  {
    kind: 'student',
    method: 'POST',
    url: '/students/:id/consents',
    expect: change(303),
    anonymous: 303,
    form: true,
    body: () => request,
  },
  {
    kind: 'student',
    method: 'POST',
    url: '/students/:id/consents/public-benefits-notifications',
    expect: change(303),
    anonymous: 303,
    form: true,
    body: () => notification,
  },
  {
    kind: 'student',
    method: 'GET',
    url: '/students/:id/consents/:consentId',
    expect: view,
    anonymous: 303,
    params: freshConsent,
  },
  {
    kind: 'student',
    method: 'POST',
    url: '/students/:id/consents/:consentId/responses',
    expect: change(303),
    anonymous: 303,
    form: true,
    params: freshConsent,
    body: () => ({ ...response, written: 'true' }),
  },
  {
    kind: 'student',
    method: 'POST',
    url: '/students/:id/consents/:consentId/efforts',
    expect: change(303),
    anonymous: 303,
    form: true,
    params: freshConsent,
    body: () => effort,
  },
];
