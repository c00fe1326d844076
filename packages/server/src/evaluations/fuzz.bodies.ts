import type { FuzzBodies } from '../testing/fuzz-bodies.ts';

const someId = '00000000-0000-4000-8000-000000000e01';

/** Valid bodies of the `evaluations` module's write routes (API) and forms (pages), for the fuzz tests to mutate. */
export const evaluationsFuzz: FuzzBodies = {
  bodies: {
    'POST /api/students/:id/evaluations': {
      kind: 'initial',
      components: [{ component: 'review-of-existing-data', evaluator: 'Dr. Park' }],
    },
    'POST /api/students/:id/evaluations/:evaluationId/components': {
      component: 'test-given-to-all-children',
    },
    'PATCH /api/students/:id/evaluations/:evaluationId/components/:componentId': {
      version: 1,
      status: 'completed',
      reportOn: '2026-10-01',
      summary: 'Findings.',
    },
    'POST /api/students/:id/evaluations/:evaluationId/complete': {
      version: 1,
      completedOn: '2026-10-02',
    },
    'POST /api/students/:id/evaluations/:evaluationId/eligibility': {
      version: 1,
      eligible: true,
      classification: 'autism',
      decidedOn: '2026-10-10',
      meetingId: someId,
    },
    'POST /api/students/:id/iee-requests': {
      evaluationId: someId,
      receivedOn: '2026-10-05',
      disagreement: 'Disagrees.',
    },
    'POST /api/students/:id/iee-requests/:ieeRequestId/response': {
      version: 1,
      response: 'iee-at-public-expense',
      respondedOn: '2026-10-06',
    },
  },
  forms: {
    'POST /students/:id/evaluations': {
      kind: 'reevaluation',
      requestedOn: '2026-09-15',
      components: 'review-of-existing-data',
    },
    'POST /students/:id/evaluations/:evaluationId/components': {
      component: 'educational',
      evaluator: 'Dr. Park',
    },
    'POST /students/:id/evaluations/:evaluationId/components/:componentId': {
      version: '1',
      evaluator: 'Dr. Park',
      status: 'completed',
      appointmentOn: '2026-09-20',
      reportOn: '2026-10-01',
      summary: 'Findings.',
    },
    'POST /students/:id/evaluations/:evaluationId/complete': {
      version: '1',
      completedOn: '2026-10-02',
    },
    'POST /students/:id/evaluations/:evaluationId/eligibility': {
      version: '1',
      eligible: 'true',
      classification: 'autism',
      decidedOn: '2026-10-10',
      meetingId: someId,
    },
    'POST /students/:id/evaluations/:evaluationId/iee-requests': {
      receivedOn: '2026-10-05',
      disagreement: 'Disagrees.',
    },
    'POST /students/:id/iee-requests/:ieeRequestId/response': {
      version: '1',
      response: 'due-process-complaint-filed',
      respondedOn: '2026-10-06',
    },
  },
};
