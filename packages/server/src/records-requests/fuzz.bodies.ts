import type { FuzzBodies } from '../testing/fuzz-bodies.ts';

const guardianId = '00000000-0000-4000-8000-000000000000';

/** Valid bodies of the `records-requests` module's write routes (API) and forms (pages), for the fuzz tests to mutate. */
export const recordsRequestsFuzz: FuzzBodies = {
  bodies: {
    'POST /api/students/:id/records-requests': {
      inspect: true,
      explanations: true,
      copies: false,
      requester: 'representative',
      guardianId,
      representativeName: 'Legal Aid Advocate',
      authorizationRecordedOn: '2026-01-02',
      receivedOn: '2026-01-05',
      channel: 'paper',
    },
    'POST /api/students/:id/records-requests/:requestId/provided': {
      providedOn: '2026-01-20',
      how: 'Inspected at the district office with the privacy officer.',
      explanationsGiven: true,
    },
    'POST /api/students/:id/records-requests/:requestId/withdrawn': { withdrawnOn: '2026-01-20' },
  },
  forms: {
    'POST /students/:id/records-requests': {
      requester: 'parent',
      guardianId,
      receivedOn: '2026-01-05',
      channel: 'in-person',
      inspect: 'true',
      copies: 'true',
    },
    'POST /students/:id/records-requests/:requestId/provided': {
      providedOn: '2026-01-20',
      how: 'Copies mailed to the parent.',
      explanationsGiven: 'true',
    },
    'POST /students/:id/records-requests/:requestId/withdrawn': { withdrawnOn: '2026-01-20' },
  },
};
