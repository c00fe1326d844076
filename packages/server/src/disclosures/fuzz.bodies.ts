import type { FuzzBodies } from '../testing/fuzz-bodies.ts';

const consentId = '00000000-0000-4000-8000-000000000000';

/** Valid bodies of the `disclosures` module's write routes (API) and forms (pages), for the fuzz tests to mutate. */
export const disclosuresFuzz: FuzzBodies = {
  bodies: {
    'POST /api/students/:id/disclosures': {
      disclosedOn: '2026-01-05',
      partyKind: 'transition-agency',
      partyName: 'ACCES-VR',
      purpose: 'Transition planning for vocational rehabilitation services.',
      recordTypes: ['iep', 'evaluation'],
      description: 'The current IEP and the latest vocational assessment.',
      forPartB: false,
      consentId,
    },
  },
  forms: {
    'POST /students/:id/disclosures': {
      disclosedOn: '2026-01-05',
      partyKind: 'crime-report-authority',
      partyName: 'County Police Department',
      purpose: 'The district reported a crime.',
      recordTypes: 'iep',
      description: 'The IEP and the evaluation report.',
      ferpaAuthority: '34 CFR 99.31(a)(9)(i)',
    },
  },
};
