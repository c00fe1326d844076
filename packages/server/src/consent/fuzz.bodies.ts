import type { FuzzBodies } from '../testing/fuzz-bodies.ts';

const request = {
  type: 'disclosure',
  requestedOn: '2025-09-02',
  method: 'mail',
  recipientKind: 'other-district-officials',
  recipientName: 'Officials of the district where the private school is located',
  informationDisclosed: 'Current IEP',
};
const response = { state: 'granted', on: '2025-09-10', written: true, version: 1 };
const effort = {
  kind: 'visit',
  on: '2025-09-05',
  madeBy: 'School social worker',
  result: 'No one home',
};
const notification = { notifiedOn: '2025-09-03', method: 'email' };

/** Valid bodies of the `consent` module's write routes (API) and forms (pages), for the fuzz tests to mutate. */
export const consentFuzz: FuzzBodies = {
  bodies: {
    'POST /api/students/:id/consents': request,
    'POST /api/students/:id/consents/public-benefits-notifications': notification,
    'POST /api/students/:id/consents/:consentId/responses': response,
    'POST /api/students/:id/consents/:consentId/efforts': effort,
  },
  forms: {
    'POST /students/:id/consents': request,
    'POST /students/:id/consents/public-benefits-notifications': notification,
    'POST /students/:id/consents/:consentId/responses': {
      state: 'granted',
      on: '2025-09-10',
      written: 'true',
      version: '1',
    },
    'POST /students/:id/consents/:consentId/efforts': effort,
  },
};
