import type { AmendmentState } from '@continuum/rules/records/index.ts';
import type { MatrixRow, PerStudent, StudentTarget } from '../testing/access-matrix.ts';
import { recordRights } from '../testing/record-rights-rows.ts';
import { todayInNewYork } from '../clock.ts';
import { insertAmendmentRequest } from './test-support.ts';

/**
 * The `amendments` module's rows of the access matrix (testing/access-matrix.ts). Reading a
 * child's requests: the parent, the privacy officer, district administrators and the
 * committee's chairperson; anyone else related to the child 403, unrelated 404. The parent's
 * steps (asking, the hearing request, withdrawing, the statement): the parent for their own
 * child, or the privacy officer and administrators recording them. The district's steps
 * (deciding, the hearing's outcome): those two only.
 */
const read = recordRights({
  officer: 200,
  parent: [200, 404, 404, 404],
  chairperson: [200, 200, 404, 404],
});
const parentStep = (ok: number) => recordRights({ officer: ok, parent: [ok, 404, 404, 404] });
const districtStep = (ok: number) => recordRights({ officer: ok, parent: [403, 404, 404, 404] });

const today = () => todayInNewYork();
/** Whether the sender is the parent (who sends no who, when or how). */
const whoAsks = (t: StudentTarget) =>
  Promise.resolve({
    parent: t.role === 'parent' ? 'yes' : '',
    guardianId: t.fixture.guardians[t.relation],
  });
const content = {
  recordType: 'evaluation',
  information: 'The reading score on page 3.',
  reason: 'inaccurate',
  changeRequested: 'Report the score from the retest.',
};
const askBody = (_v: unknown, p: Record<string, string>) => ({
  ...content,
  ...(p.parent
    ? {}
    : { requester: 'parent', guardianId: p.guardianId, receivedOn: today(), channel: 'paper' }),
});
/** A request in `state`, and whether the sender is the parent. */
const inState = (state: AmendmentState) => async (t: StudentTarget) => ({
  requestId: await insertAmendmentRequest(t.database.db, t.studentId, state),
  parent: t.role === 'parent' ? 'yes' : '',
});
const dated = (field: string) => (_v: unknown, p: Record<string, string>) =>
  p.parent ? {} : { [field]: today() };
const decision = () => ({
  decision: 'refused',
  decidedOn: today(),
  refusalReason: 'The report is accurate as written.',
});
const outcome = () => ({
  outcome: 'kept',
  heldOn: today(),
  heardBy: 'Assistant Superintendent',
  decidedOn: today(),
  summary: 'The score was reported as measured.',
});
const statement = (_v: unknown, p: Record<string, string>) => ({
  statement: 'I disagree: the retest showed a higher score.',
  ...(p.parent ? {} : { receivedOn: today(), channel: 'paper' }),
});

/** The same route as API (JSON) and page (form, 303 after a post). */
function both(
  path: string,
  expect: (ok: number) => PerStudent,
  ok: number,
  params: (t: StudentTarget) => Promise<Record<string, string>>,
  body: (v: unknown, p: Record<string, string>) => object,
): MatrixRow[] {
  return [
    { kind: 'student', method: 'POST', url: `/api${path}`, expect: expect(ok), params, body },
    {
      kind: 'student',
      method: 'POST',
      url: path,
      expect: expect(303),
      anonymous: 303,
      form: true,
      params,
      body,
    },
  ];
}

const step = '/students/:id/amendments/:requestId';
export const amendmentsRows: MatrixRow[] = [
  { kind: 'student', method: 'GET', url: '/api/students/:id/amendments', expect: read },
  { kind: 'student', method: 'GET', url: '/students/:id/amendments', expect: read, anonymous: 303 },
  ...both('/students/:id/amendments', parentStep, 201, whoAsks, askBody),
  ...both(`${step}/decision`, districtStep, 200, inState('requested'), decision),
  ...both(`${step}/hearing-request`, parentStep, 200, inState('refused'), dated('requestedOn')),
  ...both(`${step}/hearing-outcome`, districtStep, 200, inState('hearing-requested'), outcome),
  ...both(`${step}/withdrawn`, parentStep, 200, inState('requested'), dated('withdrawnOn')),
  ...both(`${step}/statements`, parentStep, 201, inState('hearing-kept'), statement),
];
