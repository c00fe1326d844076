import type { FuzzBodies } from '../testing/fuzz-bodies.ts';

/** Valid bodies of the `complete-record` module's write routes (API) and forms (pages), for the fuzz tests to mutate. */
export const completeRecordFuzz: FuzzBodies = {
  bodies: {
    'POST /api/students/:id/records-requests/:requestId/copies': {
      madeOn: '2026-01-20',
      pages: 12,
      feePreventsAccess: true,
    },
    'POST /api/records/fee-schedule': {
      effectiveFrom: '2026-07-01',
      copyPerPageCents: 25,
      searchCents: 0,
      retrievalCents: 0,
    },
  },
  forms: {
    'POST /students/:id/records-requests/:requestId/copies': {
      madeOn: '2026-01-20',
      pages: '12',
      feePreventsAccess: 'true',
    },
    'POST /records/fees': { effectiveFrom: '2026-07-01', copyPerPageCents: '25' },
  },
};
