import type { MatrixRow, StudentTarget } from '../testing/access-matrix.ts';
import { recordRights } from '../testing/record-rights-rows.ts';
import { todayInNewYork } from '../clock.ts';

/**
 * The `destruction` module's rows of the access matrix (testing/access-matrix.ts). Reading a
 * child's destruction case: the parent, the privacy officer and district administrators;
 * anyone else related to the child 403. Informing the parent: the privacy officer and
 * administrators. Asking: the parent for their own child; recording a request received another
 * way: the privacy officer and administrators. Running it: the privacy officer alone; the
 * fixture's children were never informed, so the rules refuse it (422) once access is granted
 * (the marker test and destruction-workflow.int.test.ts run real destructions). The queue:
 * the privacy officer and administrators.
 */
const read = recordRights({ officer: 200, parent: [200, 404, 404, 404] });
const inform = (ok: number) => recordRights({ officer: ok, parent: [403, 404, 404, 404] });
const ask = (ok: number) => recordRights({ officer: ok, parent: [ok, 404, 404, 404] });
const run = (refused: number) =>
  recordRights({ officer: refused, admin: 403, parent: [403, 404, 404, 404] });

/** Each request starts from no destruction case, so informing or asking never meets a 409. */
const fresh = async (t: StudentTarget) => {
  await t.database.db
    .deleteFrom('destruction_cases')
    .where('student_id', '=', t.studentId)
    .execute();
  const student = await t.database.db
    .selectFrom('students')
    .where('id', '=', t.studentId)
    .select('student_number')
    .executeTakeFirstOrThrow();
  return {
    parent: t.role === 'parent' ? 'yes' : '',
    guardianId: t.fixture.guardians[t.relation],
    studentNumber: student.student_number,
  };
};
const informBody = (_v: unknown, p: Record<string, string>) => ({
  guardianId: p.guardianId,
  how: 'mail',
  informedOn: todayInNewYork(),
});
/** A parent confirms; staff also say who asked, when and how. */
const askBody = (_v: unknown, p: Record<string, string>) => ({
  confirm: true,
  ...(p.parent
    ? {}
    : {
        requester: 'parent',
        guardianId: p.guardianId,
        receivedOn: todayInNewYork(),
        channel: 'paper',
      }),
});
const askForm = (v: unknown, p: Record<string, string>) => ({ ...askBody(v, p), confirm: 'true' });
const runBody = (_v: unknown, p: Record<string, string>) => ({
  confirmStudentNumber: p.studentNumber,
});
const officers = { default: 403, 'privacy-officer': 200, 'district-admin': 200 };

export const destructionRows: MatrixRow[] = [
  { kind: 'student', method: 'GET', url: '/api/students/:id/destruction', expect: read },
  {
    kind: 'student',
    method: 'POST',
    url: '/api/students/:id/destruction/informed',
    expect: inform(201),
    params: fresh,
    body: informBody,
  },
  {
    kind: 'student',
    method: 'POST',
    url: '/api/students/:id/destruction/request',
    expect: ask(201),
    params: fresh,
    body: askBody,
  },
  {
    kind: 'student',
    method: 'POST',
    url: '/api/students/:id/destruction/run',
    expect: run(422),
    params: fresh,
    body: runBody,
  },
  {
    kind: 'student',
    method: 'GET',
    url: '/students/:id/destruction',
    expect: read,
    anonymous: 303,
  },
  {
    kind: 'student',
    method: 'POST',
    url: '/students/:id/destruction/informed',
    expect: inform(303),
    anonymous: 303,
    form: true,
    params: fresh,
    body: informBody,
  },
  {
    kind: 'student',
    method: 'POST',
    url: '/students/:id/destruction/request',
    expect: ask(303),
    anonymous: 303,
    form: true,
    params: fresh,
    body: askForm,
  },
  {
    kind: 'student',
    method: 'POST',
    url: '/students/:id/destruction/run',
    expect: run(422),
    anonymous: 303,
    form: true,
    params: fresh,
    body: runBody,
  },
  { kind: 'other', method: 'GET', url: '/destruction', anonymous: 303, signedIn: officers },
  { kind: 'other', method: 'GET', url: '/api/destruction', anonymous: 401, signedIn: officers },
];
