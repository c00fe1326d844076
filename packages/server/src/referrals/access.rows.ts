import type { MatrixRow, StudentTarget } from '../testing/access-matrix.ts';
import { change, view } from '../testing/access-matrix.ts';

type Stage = 'awaiting-designee' | 'open' | 'met';

/**
 * A fresh referral for the target student, in the student's district: waiting for the designee,
 * open, or open with the administrator's meeting held (ready for a withdrawal agreement).
 */
const freshReferral =
  (stage: Stage) =>
  async ({ database, fixture, studentId }: StudentTarget): Promise<Record<string, string>> => {
    const { db } = database;
    const student = await db
      .selectFrom('students')
      .where('id', '=', studentId)
      .select('district_id')
      .executeTakeFirstOrThrow();
    const routed = stage === 'awaiting-designee';
    const referral = await db
      .insertInto('referrals')
      .values({
        district_id: student.district_id,
        student_id: studentId,
        referrer_kind: routed ? 'physician' : 'parent',
        referrer_name: 'Referring person',
        reason: 'Reading below grade level',
        submitted_on: '2025-09-02',
        status: routed ? 'awaiting-designee' : 'open',
        received_on: routed ? null : '2025-09-02',
        admin_meeting_requested_on: stage === 'met' ? '2025-09-04' : null,
        admin_meeting_held_on: stage === 'met' ? '2025-09-09' : null,
        // Who recorded it does not matter here (the column names an account, without a key).
        created_by: fixture.accounts.chairperson.accountId,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return { referralId: referral.id };
  };

/** The fixture students' native language is English (testing/fixtures.ts). */
export const referralBodies = {
  create: {
    referrerKind: 'district-staff',
    referrerName: 'Grade 4 teacher',
    reason: 'Reading two years below grade level despite tier 2 support',
    submittedOn: '2025-09-02',
    interventions: [
      {
        intervention: 'Small-group phonics',
        tier: 2,
        startsOn: '2025-02-03',
        endsOn: '2025-06-13',
        outcome: 'Limited progress',
      },
    ],
  },
  designee: {
    designeeName: 'Director of pupil services',
    decision: 'refer',
    decidedOn: '2025-09-05',
    version: 1,
  },
  intervention: { intervention: 'Reading tutoring', tier: 3, startsOn: '2025-03-03', version: 1 },
  meeting: { requestedOn: '2025-09-04', heldOn: '2025-09-09', version: 1 },
  withdrawal: {
    agreedOn: '2025-09-09',
    language: 'en',
    services: [{ service: 'Academic intervention services in reading', duration: '12 weeks' }],
    chairpersonCopyOn: '2025-09-10',
    referrerCopyOn: '2025-09-10',
    parentCopyOn: '2025-09-09',
    version: 1,
  },
};

/** The same actions as page forms (every value a string, lists as numbered fields). */
export const referralForms: Record<keyof typeof referralBodies, Record<string, string>> = {
  create: {
    referrerKind: 'district-staff',
    referrerName: 'Grade 4 teacher',
    reason: 'Reading two years below grade level',
    submittedOn: '2025-09-02',
    intervention: 'Small-group phonics',
    tier: '2',
    startsOn: '2025-02-03',
  },
  designee: {
    designeeName: 'Director of pupil services',
    decision: 'refer',
    decidedOn: '2025-09-05',
    version: '1',
  },
  intervention: {
    intervention: 'Reading tutoring',
    tier: '3',
    startsOn: '2025-03-03',
    version: '1',
  },
  meeting: { requestedOn: '2025-09-04', heldOn: '2025-09-09', version: '1' },
  withdrawal: {
    agreedOn: '2025-09-09',
    language: 'en',
    service1: 'Academic intervention services in reading',
    duration1: '12 weeks',
    chairpersonCopyOn: '2025-09-10',
    referrerCopyOn: '2025-09-10',
    parentCopyOn: '2025-09-09',
    version: '1',
  },
};

/** Only the first request of a pair can record a referral; the second is a conflict, so each gets a student with none open. */
async function closeOpenReferrals({
  database,
  studentId,
}: StudentTarget): Promise<Record<string, string>> {
  await database.db
    .updateTable('referrals')
    .set({ status: 'withdrawn' })
    .where('student_id', '=', studentId)
    .where('status', '=', 'open')
    .execute();
  await database.db
    .updateTable('referrals')
    .set({ status: 'declined-by-designee' })
    .where('student_id', '=', studentId)
    .where('status', '=', 'awaiting-designee')
    .execute();
  return {};
}

const api = (
  method: string,
  path: string,
  ok: number,
  body: object,
  params: (t: StudentTarget) => Promise<Record<string, string>>,
): MatrixRow => ({
  kind: 'student',
  method,
  url: `/api/students/:id/referrals${path}`,
  expect: change(ok),
  params,
  body: () => body,
});
const page = (
  path: string,
  body: Record<string, string>,
  params: (t: StudentTarget) => Promise<Record<string, string>>,
): MatrixRow => ({
  kind: 'student',
  method: 'POST',
  url: `/students/:id/referrals${path}`,
  expect: change(303),
  anonymous: 303,
  form: true,
  params,
  body: () => body,
});

/** The `referrals` module's rows of the access matrix (testing/access-matrix.ts). */
export const referralsRows: MatrixRow[] = [
  { kind: 'student', method: 'GET', url: '/api/students/:id/referrals', expect: view },
  api('POST', '', 201, referralBodies.create, closeOpenReferrals),
  {
    kind: 'student',
    method: 'GET',
    url: '/api/students/:id/referrals/:referralId',
    expect: view,
    params: freshReferral('open'),
  },
  api(
    'POST',
    '/:referralId/designee-decision',
    200,
    referralBodies.designee,
    freshReferral('awaiting-designee'),
  ),
  api(
    'POST',
    '/:referralId/interventions',
    201,
    referralBodies.intervention,
    freshReferral('open'),
  ),
  api('PUT', '/:referralId/admin-meeting', 200, referralBodies.meeting, freshReferral('open')),
  api('POST', '/:referralId/withdrawal', 201, referralBodies.withdrawal, freshReferral('met')),
  { kind: 'student', method: 'GET', url: '/students/:id/referrals', expect: view, anonymous: 303 },
  page('', referralForms.create, closeOpenReferrals),
  {
    kind: 'student',
    method: 'GET',
    url: '/students/:id/referrals/:referralId',
    expect: view,
    anonymous: 303,
    params: freshReferral('open'),
  },
  page(
    '/:referralId/designee-decision',
    referralForms.designee,
    freshReferral('awaiting-designee'),
  ),
  page('/:referralId/interventions', referralForms.intervention, freshReferral('open')),
  page('/:referralId/admin-meeting', referralForms.meeting, freshReferral('open')),
  page('/:referralId/withdrawal', referralForms.withdrawal, freshReferral('met')),
];
