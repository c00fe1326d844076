import type { MatrixRow, StudentTarget } from '../testing/access-matrix.ts';
import { change, view } from '../testing/access-matrix.ts';
import { insertMeeting } from '../meetings/test-records.ts';

/**
 * The `notices` module's rows of the access matrix (testing/access-matrix.ts): reads for
 * anyone with a relationship (parents read their notices), writes for the committee's
 * chairperson and administrators. `params` inserts a fresh complete draft for each request.
 */
const complete = {
  action: 'a',
  reasons: 'b',
  evaluationBasis: 'c',
  safeguardsStatement: 'd',
  safeguardsNoticeAccess: 'e',
  helpResources: 'f',
  optionsConsidered: 'g',
  otherFactors: 'h',
};

async function draftNotice(t: StudentTarget): Promise<Record<string, string>> {
  const { db } = t.database;
  const student = await db
    .selectFrom('students')
    .select('district_id')
    .where('id', '=', t.studentId)
    .executeTakeFirstOrThrow();
  const guardianId = t.fixture.guardians[t.relation];
  await db
    .updateTable('guardians')
    .set({ address: '1 Main Street' })
    .where('id', '=', guardianId)
    .execute();
  const notice = await db
    .insertInto('notices')
    .values({
      district_id: student.district_id,
      student_id: t.studentId,
      kind: 'prior-written-notice',
      proposal: 'proposes',
      subjects: ['evaluation'],
      content: JSON.stringify(complete),
      created_by: t.fixture.accounts['district-admin'].accountId,
      updated_by: t.fixture.accounts['district-admin'].accountId,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { noticeId: notice.id, guardianId };
}

export const noticesRows: MatrixRow[] = [
  { kind: 'student', method: 'GET', url: '/api/students/:id/notices', expect: view },
  {
    kind: 'student',
    method: 'GET',
    url: '/api/students/:id/notices/:noticeId',
    expect: view,
    params: draftNotice,
  },
  {
    kind: 'student',
    method: 'POST',
    url: '/api/students/:id/notices',
    expect: change(201),
    body: () => ({ proposal: 'refuses', subjects: ['educational-placement'], content: complete }),
  },
  {
    kind: 'student',
    method: 'PATCH',
    url: '/api/students/:id/notices/:noticeId',
    expect: change(200),
    params: draftNotice,
    body: () => ({ version: 1, content: { reasons: 'changed' } }),
  },
  {
    kind: 'student',
    method: 'POST',
    url: '/api/students/:id/notices/:noticeId/send',
    expect: change(200),
    params: draftNotice,
    body: (_v, p) => ({
      version: 1,
      guardianId: p.guardianId,
      channel: 'mail',
      sentOn: '2026-10-05',
    }),
  },
  {
    kind: 'student',
    method: 'POST',
    url: '/api/students/:id/notices/meeting-notices',
    expect: change(201),
    params: async (t) => ({ meetingId: (await insertMeeting(t.database, t.studentId)).meetingId }),
    body: (_v, p) => ({ meetingId: p.meetingId }),
  },
  {
    kind: 'student',
    method: 'POST',
    url: '/api/students/:id/notices/safeguards-deliveries',
    expect: change(201),
    params: draftNotice,
    body: (_v, p) => ({
      guardianId: p.guardianId,
      trigger: 'annual',
      deliveredOn: '2026-10-02',
      channel: 'mail',
    }),
  },
  // Pages
  { kind: 'student', method: 'GET', url: '/students/:id/notices', expect: view, anonymous: 303 },
  {
    kind: 'student',
    method: 'POST',
    url: '/students/:id/notices',
    expect: change(303),
    anonymous: 303,
    form: true,
    body: () => ({ proposal: 'refuses', subjects: 'educational-placement', source: '' }),
  },
  {
    kind: 'student',
    method: 'POST',
    url: '/students/:id/notices/meeting-notices',
    expect: change(303),
    anonymous: 303,
    form: true,
    params: async (t) => ({ meetingId: (await insertMeeting(t.database, t.studentId)).meetingId }),
    body: (_v, p) => ({ meetingId: p.meetingId }),
  },
  {
    kind: 'student',
    method: 'POST',
    url: '/students/:id/notices/safeguards-deliveries',
    expect: change(303),
    anonymous: 303,
    form: true,
    params: draftNotice,
    body: (_v, p) => ({
      guardianId: p.guardianId,
      trigger: 'parent-request',
      requestedOn: '2026-10-01',
      deliveredOn: '2026-10-02',
      channel: 'mail',
    }),
  },
  {
    kind: 'student',
    method: 'GET',
    url: '/students/:id/notices/:noticeId',
    expect: view,
    anonymous: 303,
    params: draftNotice,
  },
  {
    kind: 'student',
    method: 'POST',
    url: '/students/:id/notices/:noticeId',
    expect: change(303),
    anonymous: 303,
    form: true,
    params: draftNotice,
    body: () => ({
      version: '1',
      proposal: 'proposes',
      subjects: 'evaluation',
      reasons: 'changed',
    }),
  },
  {
    kind: 'student',
    method: 'POST',
    url: '/students/:id/notices/:noticeId/send',
    expect: change(303),
    anonymous: 303,
    form: true,
    params: draftNotice,
    body: (_v, p) => ({
      version: '1',
      guardianId: p.guardianId,
      channel: 'mail',
      sentOn: '2026-10-05',
    }),
  },
];
