import type { MatrixRow } from '../testing/access-matrix.ts';
import { change, view } from '../testing/access-matrix.ts';
import { insertEvaluation, insertIeeRequest } from './test-records.ts';

/**
 * The `evaluations` module's rows of the access matrix (testing/access-matrix.ts): reads for
 * anyone with a relationship, writes for the committee's chairperson and administrators.
 * `params` inserts a fresh evaluation (or IEE request) for each request.
 */
const evaluation = async (t: {
  database: Parameters<typeof insertEvaluation>[0];
  studentId: string;
}) => {
  const { evaluationId, componentId } = await insertEvaluation(t.database, t.studentId);
  return { evaluationId, componentId };
};
const reported = async (t: {
  database: Parameters<typeof insertEvaluation>[0];
  studentId: string;
}) => {
  const { evaluationId } = await insertEvaluation(t.database, t.studentId, { reported: true });
  return { evaluationId };
};
const completed = async (t: {
  database: Parameters<typeof insertEvaluation>[0];
  studentId: string;
}) => {
  const { evaluationId } = await insertEvaluation(t.database, t.studentId, { completed: true });
  return { evaluationId };
};
const ieeRequest = async (t: {
  database: Parameters<typeof insertEvaluation>[0];
  studentId: string;
}) => {
  const { evaluationId } = await insertEvaluation(t.database, t.studentId, { completed: true });
  return {
    evaluationId,
    ieeRequestId: await insertIeeRequest(t.database, t.studentId, evaluationId),
  };
};

const apiRows: MatrixRow[] = [
  { kind: 'student', method: 'GET', url: '/api/students/:id/evaluations', expect: view },
  {
    kind: 'student',
    method: 'GET',
    url: '/api/students/:id/evaluations/:evaluationId',
    expect: view,
    params: evaluation,
  },
  {
    kind: 'student',
    method: 'POST',
    url: '/api/students/:id/evaluations',
    expect: change(201),
    body: () => ({ kind: 'initial', components: [{ component: 'review-of-existing-data' }] }),
  },
  {
    kind: 'student',
    method: 'POST',
    url: '/api/students/:id/evaluations/:evaluationId/components',
    expect: change(201),
    params: evaluation,
    body: () => ({ component: 'test-given-to-all-children' }),
  },
  {
    kind: 'student',
    method: 'PATCH',
    url: '/api/students/:id/evaluations/:evaluationId/components/:componentId',
    expect: change(200),
    params: evaluation,
    body: () => ({ version: 1, evaluator: 'Dr. Rivera' }),
  },
  {
    kind: 'student',
    method: 'POST',
    url: '/api/students/:id/evaluations/:evaluationId/complete',
    expect: change(200),
    params: reported,
    body: () => ({ version: 1, completedOn: '2026-10-01' }),
  },
  {
    kind: 'student',
    method: 'POST',
    url: '/api/students/:id/evaluations/:evaluationId/eligibility',
    expect: change(200),
    params: completed,
    body: () => ({ version: 1, eligible: false, decidedOn: '2026-10-10' }),
  },
  {
    kind: 'student',
    method: 'POST',
    url: '/api/students/:id/iee-requests',
    expect: change(201),
    params: completed,
    body: (_, p) => ({ evaluationId: p.evaluationId, receivedOn: '2026-10-05' }),
  },
  {
    kind: 'student',
    method: 'POST',
    url: '/api/students/:id/iee-requests/:ieeRequestId/response',
    expect: change(200),
    params: ieeRequest,
    body: () => ({ version: 1, response: 'iee-at-public-expense', respondedOn: '2026-10-06' }),
  },
];

/** The pages: the same grants; a form post that succeeds redirects (303). */
const pageRows: MatrixRow[] = [
  {
    kind: 'student',
    method: 'GET',
    url: '/students/:id/evaluations',
    expect: view,
    anonymous: 303,
  },
  {
    kind: 'student',
    method: 'GET',
    url: '/students/:id/evaluations/:evaluationId',
    expect: view,
    anonymous: 303,
    params: evaluation,
  },
  {
    kind: 'student',
    method: 'POST',
    url: '/students/:id/evaluations',
    expect: change(303),
    anonymous: 303,
    form: true,
    body: () => ({ kind: 'initial', components: 'review-of-existing-data' }),
  },
  {
    kind: 'student',
    method: 'POST',
    url: '/students/:id/evaluations/:evaluationId/components',
    expect: change(303),
    anonymous: 303,
    form: true,
    params: evaluation,
    body: () => ({ component: 'test-given-to-all-children' }),
  },
  {
    kind: 'student',
    method: 'POST',
    url: '/students/:id/evaluations/:evaluationId/components/:componentId',
    expect: change(303),
    anonymous: 303,
    form: true,
    params: evaluation,
    body: () => ({ version: '1', evaluator: 'Dr. Rivera', status: 'planned' }),
  },
  {
    kind: 'student',
    method: 'POST',
    url: '/students/:id/evaluations/:evaluationId/complete',
    expect: change(303),
    anonymous: 303,
    form: true,
    params: reported,
    body: () => ({ version: '1', completedOn: '2026-10-01' }),
  },
  {
    kind: 'student',
    method: 'POST',
    url: '/students/:id/evaluations/:evaluationId/eligibility',
    expect: change(303),
    anonymous: 303,
    form: true,
    params: completed,
    body: () => ({ version: '1', eligible: 'false', decidedOn: '2026-10-10' }),
  },
  {
    kind: 'student',
    method: 'POST',
    url: '/students/:id/evaluations/:evaluationId/iee-requests',
    expect: change(303),
    anonymous: 303,
    form: true,
    params: completed,
    body: () => ({ receivedOn: '2026-10-05' }),
  },
  {
    kind: 'student',
    method: 'POST',
    url: '/students/:id/iee-requests/:ieeRequestId/response',
    expect: change(303),
    anonymous: 303,
    form: true,
    params: ieeRequest,
    body: () => ({ version: '1', response: 'iee-at-public-expense', respondedOn: '2026-10-06' }),
  },
];

export const evaluationsRows: MatrixRow[] = [...apiRows, ...pageRows];
