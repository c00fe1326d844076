import type { FuzzBodies } from '../testing/fuzz-bodies.ts';

const guardianId = '00000000-0000-4000-8000-000000000000';

/** Valid bodies of the `destruction` module's write routes (API) and forms (pages), for the fuzz tests to mutate. */
export const destructionFuzz: FuzzBodies = {
  bodies: {
    'POST /api/students/:id/destruction/informed': {
      guardianId,
      how: 'mail',
      informedOn: '2026-01-05',
    },
    'POST /api/students/:id/destruction/request': {
      confirm: true,
      requester: 'parent',
      guardianId,
      receivedOn: '2026-01-05',
      channel: 'paper',
    },
    'POST /api/students/:id/destruction/run': {
      confirmStudentNumber: 'A1',
      gradeLevelCompleted: '5',
      yearCompleted: 2026,
    },
  },
  forms: {
    'POST /students/:id/destruction/informed': {
      guardianId,
      how: 'in-person',
      informedOn: '2026-01-05',
    },
    'POST /students/:id/destruction/request': {
      confirm: 'true',
      requester: 'student',
      receivedOn: '2026-01-05',
      channel: 'in-person',
    },
    'POST /students/:id/destruction/run': {
      confirmStudentNumber: 'A1',
      gradeLevelCompleted: '5',
      yearCompleted: '2026',
    },
  },
};
