import type { FuzzBodies } from '../testing/fuzz-bodies.ts';

const uuid = '00000000-0000-4000-8000-000000000000';

/** Valid bodies of the `escalations` module's write routes (API) and forms (pages), for the fuzz tests to mutate. */
export const escalationsFuzz: FuzzBodies = {
  bodies: {
    'PUT /api/escalation-routes/:kind': {
      contactName: 'Related Services Office',
      email: 'related@district.example',
    },
    'POST /api/students/:id/escalations': {
      problem: 'services-not-started',
      serviceId: uuid,
      details: 'Speech therapy has not started since the IEP began.',
    },
    'POST /api/students/:id/escalations/:escalationId/resolve': {
      resolution: 'Services started with a new provider.',
    },
  },
  forms: {
    'POST /escalations/routes/:kind': {
      contactName: 'SEIT Office',
      email: 'seit@district.example',
    },
    'POST /students/:id/escalations': {
      problem: 'provider-stopped',
      serviceId: uuid,
      details: 'The SEIT stopped coming two weeks ago.',
    },
    'POST /students/:id/escalations/:escalationId/resolve': {
      resolution: 'A new SEIT was assigned.',
    },
  },
};
