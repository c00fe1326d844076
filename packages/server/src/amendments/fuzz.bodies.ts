import type { FuzzBodies } from '../testing/fuzz-bodies.ts';

const guardianId = '00000000-0000-4000-8000-000000000000';
const ask = {
  recordType: 'evaluation',
  information: 'The reading score on page 3 of the psychological evaluation.',
  reason: 'inaccurate',
  changeRequested: 'Report the score from the retest.',
};
const staffAsk = {
  ...ask,
  requester: 'parent',
  guardianId,
  receivedOn: '2026-01-05',
  channel: 'paper',
};
const decision = {
  decision: 'refused',
  decidedOn: '2026-01-20',
  refusalReason: 'The report is accurate as written.',
};
const outcome = {
  outcome: 'amended',
  heldOn: '2026-02-10',
  heardBy: 'Assistant Superintendent',
  decidedOn: '2026-02-12',
  summary: 'The retest score is the one measured.',
  amendmentMade: 'The score was corrected.',
};
const statement = {
  statement: 'I disagree with the decision: the retest showed a higher score.',
  receivedOn: '2026-02-20',
  channel: 'paper',
};

/** Valid bodies of the `amendments` module's write routes (API) and forms (pages), for the fuzz tests to mutate. */
export const amendmentsFuzz: FuzzBodies = {
  bodies: {
    'POST /api/students/:id/amendments': staffAsk,
    'POST /api/students/:id/amendments/:requestId/decision': decision,
    'POST /api/students/:id/amendments/:requestId/hearing-request': { requestedOn: '2026-01-25' },
    'POST /api/students/:id/amendments/:requestId/hearing-outcome': outcome,
    'POST /api/students/:id/amendments/:requestId/withdrawn': { withdrawnOn: '2026-01-25' },
    'POST /api/students/:id/amendments/:requestId/statements': statement,
  },
  forms: {
    'POST /students/:id/amendments': staffAsk,
    'POST /students/:id/amendments/:requestId/decision': decision,
    'POST /students/:id/amendments/:requestId/hearing-request': { requestedOn: '2026-01-25' },
    'POST /students/:id/amendments/:requestId/hearing-outcome': outcome,
    'POST /students/:id/amendments/:requestId/withdrawn': { withdrawnOn: '2026-01-25' },
    'POST /students/:id/amendments/:requestId/statements': statement,
  },
};
