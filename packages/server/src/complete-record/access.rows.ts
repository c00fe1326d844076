import type { FixtureRole } from '../testing/fixtures.ts';
import type { MatrixRow, StudentTarget } from '../testing/access-matrix.ts';
import { recordRights } from '../testing/record-rights-rows.ts';
import { todayInNewYork } from '../clock.ts';
import { insertRecordsRequest } from '../records-requests/test-support.ts';

/**
 * The `complete-record` module's rows of the access matrix (testing/access-matrix.ts). The
 * complete record and its copy: the parent (own child), the privacy officer and district
 * administrators; anyone else related to the child 403, everyone else 404. Recording a copy
 * made for a request: the privacy officer and district administrators (the parent 403). The
 * fee schedule: read by staff, set by the privacy officer and administrators; a parent 403.
 */
const read = recordRights({ officer: 200, parent: [200, 404, 404, 404] });
const copy = (ok: number) => recordRights({ officer: ok, parent: [403, 404, 404, 404] });

const open = async (t: StudentTarget) => ({
  requestId: await insertRecordsRequest(t.database.db, t.studentId),
});
const copyBody = () => ({ madeOn: todayInNewYork(), pages: 3, feePreventsAccess: false });
const copyForm = () => ({ madeOn: todayInNewYork(), pages: '3' });

/** A distinct day per role and route, so no two saves collide on one day (409). */
const feeDay = (role: FixtureRole, offset: number) =>
  `2031-01-${String(offset + (role === 'privacy-officer' ? 1 : 2)).padStart(2, '0')}`;
const setters = { default: 403, 'privacy-officer': 201, 'district-admin': 201 };

export const completeRecordRows: MatrixRow[] = [
  { kind: 'student', method: 'GET', url: '/api/students/:id/complete-record', expect: read },
  {
    kind: 'student',
    method: 'GET',
    url: '/students/:id/complete-record',
    expect: read,
    anonymous: 303,
  },
  {
    kind: 'student',
    method: 'GET',
    url: '/students/:id/complete-record/copy.pdf',
    expect: read,
    anonymous: 303,
  },
  {
    kind: 'student',
    method: 'POST',
    url: '/api/students/:id/records-requests/:requestId/copies',
    expect: copy(201),
    params: open,
    body: copyBody,
  },
  {
    kind: 'student',
    method: 'POST',
    url: '/students/:id/records-requests/:requestId/copies',
    expect: copy(303),
    anonymous: 303,
    form: true,
    params: open,
    body: copyForm,
  },
  {
    kind: 'other',
    method: 'GET',
    url: '/api/records/fee-schedule',
    anonymous: 401,
    signedIn: { default: 200, parent: 403 },
  },
  {
    kind: 'other',
    method: 'GET',
    url: '/records/fees',
    anonymous: 303,
    signedIn: { default: 200, parent: 403 },
  },
  {
    kind: 'other',
    method: 'POST',
    url: '/api/records/fee-schedule',
    anonymous: 401,
    signedIn: setters,
    body: (role) => ({ effectiveFrom: feeDay(role, 0), copyPerPageCents: 10 }),
  },
  {
    kind: 'other',
    method: 'POST',
    url: '/records/fees',
    anonymous: 303,
    form: true,
    signedIn: { default: 403, 'privacy-officer': 303, 'district-admin': 303 },
    body: (role) => ({ effectiveFrom: feeDay(role, 10), copyPerPageCents: '10' }),
  },
];
