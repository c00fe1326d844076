import type { FuzzBodies } from '../testing/fuzz-bodies.ts';

const uuid = '00000000-0000-4000-8000-000000000000';

/** Valid bodies of the `notices` module's write routes (API) and forms (pages), for the fuzz tests to mutate. */
export const noticesFuzz: FuzzBodies = {
  bodies: {
    'POST /api/students/:id/notices': {
      proposal: 'proposes',
      subjects: ['evaluation', 'identification'],
      sourceKind: 'meeting',
      sourceId: uuid,
      content: {
        action: 'The CSE proposes an initial evaluation.',
        reasons: 'A referral was received.',
        evaluationBasis: 'Reading benchmark report.',
        optionsConsidered: 'None.',
        otherFactors: 'None.',
      },
    },
    'PATCH /api/students/:id/notices/:noticeId': {
      version: 1,
      proposal: 'refuses',
      subjects: ['educational-placement'],
      content: { reasons: 'Changed reasons.' },
    },
    'POST /api/students/:id/notices/:noticeId/send': {
      version: 1,
      guardianId: uuid,
      channel: 'mail',
      sentOn: '2026-10-05',
    },
    'POST /api/students/:id/notices/meeting-notices': { meetingId: uuid },
    'POST /api/students/:id/notices/safeguards-deliveries': {
      guardianId: uuid,
      trigger: 'parent-request',
      requestedOn: '2026-10-01',
      deliveredOn: '2026-10-02',
      channel: 'mail',
    },
  },
  forms: {
    'POST /students/:id/notices': {
      proposal: 'proposes',
      subjects: 'evaluation',
      source: '',
    },
    'POST /students/:id/notices/meeting-notices': { meetingId: uuid },
    'POST /students/:id/notices/safeguards-deliveries': {
      guardianId: uuid,
      trigger: 'parent-request',
      requestedOn: '2026-10-01',
      deliveredOn: '2026-10-02',
      channel: 'mail',
    },
    'POST /students/:id/notices/:noticeId': {
      version: '1',
      proposal: 'refuses',
      subjects: 'educational-placement',
      action: 'The CSE refuses a change of placement.',
      reasons: 'Changed reasons.',
    },
    'POST /students/:id/notices/:noticeId/send': {
      version: '1',
      guardianId: uuid,
      channel: 'mail',
      sentOn: '2026-10-05',
    },
  },
};
