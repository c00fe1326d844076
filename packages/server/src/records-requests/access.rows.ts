import type { MatrixRow, StudentTarget } from '../testing/access-matrix.ts';
import { recordRights } from '../testing/record-rights-rows.ts';
import { todayInNewYork } from '../clock.ts';
import { insertRecordsRequest } from './test-support.ts';

/**
 * The `records-requests` module's rows of the access matrix (testing/access-matrix.ts). Reading
 * a child's requests: the parent, the privacy officer, district administrators and the
 * committee's chairperson; anyone else related to the child 403. Asking: the parent for their
 * own child; recording a request received another way, providing and withdrawing: the privacy
 * officer and district administrators. The district's open list: those two roles.
 */
const read = recordRights({
  officer: 200,
  parent: [200, 404, 404, 404],
  chairperson: [200, 200, 404, 404],
});
const ask = (ok: number) => recordRights({ officer: ok, parent: [ok, 404, 404, 404] });
const close = (ok: number) => recordRights({ officer: ok, parent: [403, 404, 404, 404] });

/** A parent sends what they ask for; staff also say who asked, when and how. */
const whoAsks = (t: StudentTarget) =>
  Promise.resolve({
    parent: t.role === 'parent' ? 'yes' : '',
    guardianId: t.fixture.guardians[t.relation],
  });
/** Who asked, when and how: what staff send and a parent does not. */
const whoAndHow = (p: Record<string, string>) =>
  p.parent
    ? {}
    : {
        requester: 'parent',
        guardianId: p.guardianId,
        receivedOn: todayInNewYork(),
        channel: 'paper',
      };
const askBody = (_v: unknown, p: Record<string, string>) => ({
  inspect: true,
  explanations: false,
  copies: true,
  ...whoAndHow(p),
});
/** The same as a form: checkboxes send `true`, and only when ticked. */
const askForm = (_v: unknown, p: Record<string, string>) => ({
  inspect: 'true',
  copies: 'true',
  ...whoAndHow(p),
});
const open = async (t: StudentTarget) => ({
  requestId: await insertRecordsRequest(t.database.db, t.studentId),
});
const officers = { default: 403, 'privacy-officer': 200, 'district-admin': 200 };

export const recordsRequestsRows: MatrixRow[] = [
  { kind: 'student', method: 'GET', url: '/api/students/:id/records-requests', expect: read },
  {
    kind: 'student',
    method: 'POST',
    url: '/api/students/:id/records-requests',
    expect: ask(201),
    params: whoAsks,
    body: askBody,
  },
  {
    kind: 'student',
    method: 'POST',
    url: '/api/students/:id/records-requests/:requestId/provided',
    expect: close(200),
    params: open,
    body: () => ({ providedOn: todayInNewYork(), how: 'Inspected at the office.' }),
  },
  {
    kind: 'student',
    method: 'POST',
    url: '/api/students/:id/records-requests/:requestId/withdrawn',
    expect: close(200),
    params: open,
    body: () => ({ withdrawnOn: todayInNewYork() }),
  },
  {
    kind: 'student',
    method: 'GET',
    url: '/students/:id/records-requests',
    expect: read,
    anonymous: 303,
  },
  {
    kind: 'student',
    method: 'POST',
    url: '/students/:id/records-requests',
    expect: ask(303),
    anonymous: 303,
    form: true,
    params: whoAsks,
    body: askForm,
  },
  {
    kind: 'student',
    method: 'POST',
    url: '/students/:id/records-requests/:requestId/provided',
    expect: close(303),
    anonymous: 303,
    form: true,
    params: open,
    body: () => ({ providedOn: todayInNewYork(), how: 'Copies mailed.' }),
  },
  {
    kind: 'student',
    method: 'POST',
    url: '/students/:id/records-requests/:requestId/withdrawn',
    expect: close(303),
    anonymous: 303,
    form: true,
    params: open,
    body: () => ({ withdrawnOn: todayInNewYork() }),
  },
  { kind: 'other', method: 'GET', url: '/records-requests', anonymous: 303, signedIn: officers },
  {
    kind: 'other',
    method: 'GET',
    url: '/api/records-requests',
    anonymous: 401,
    signedIn: officers,
  },
];
