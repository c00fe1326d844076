import type { FuzzBodies } from '../testing/fuzz-bodies.ts';

const someone = '00000000-0000-4000-8000-00000000f0a1';
const api = 'POST /api/students/:id/ieps/:iepId';
const pages = 'POST /students/:id/ieps/:iepId';

/** Valid bodies of the `distribution` module's write routes (API) and forms (pages), for the fuzz tests to mutate. */
export const distributionFuzz: FuzzBodies = {
  bodies: {
    [`${api}/implementers`]: {
      staffId: someone,
      role: 'related-service-provider',
      services: ['related-service:speech-language therapy'],
      startsOn: '2026-11-30',
      responsibility: 'Delivers the speech-language therapy sessions.',
    },
    [`${api}/implementers/:assignmentId/end`]: { reason: 'Moved to another class.' },
    [`${api}/reviews`]: {
      assignmentId: someone,
      reviewedOn: '2026-11-20',
      responsibilities: 'The reading goals and the testing accommodations.',
    },
    [`${api}/reviews/:reviewId/confirm`]: {},
    [`${api}/review-requests`]: { teacherStaffId: someone, note: 'Before the reading block.' },
    'POST /api/notifications/:id/read': {},
    'POST /api/sites/:id/review-designees': { staffId: someone },
    'POST /api/sites/:id/review-designees/:designeeId/end': {},
  },
  forms: {
    [`${pages}/implementers`]: {
      staffId: someone,
      role: 'classroom-teacher',
      services: 'special-class-12-1-1:',
      startsOn: '2026-11-30',
      responsibility: 'Teaches the 12:1:1 class.',
    },
    [`${pages}/implementers/:assignmentId/end`]: { reason: 'Moved to another class.' },
    [`${pages}/reviews`]: {
      assignmentId: someone,
      reviewedOn: '2026-11-20',
      responsibilities: 'The reading goals and the testing accommodations.',
    },
    [`${pages}/reviews/:reviewId/confirm`]: {},
    [`${pages}/review-requests`]: { teacherStaffId: someone, note: 'Before the reading block.' },
    'POST /notifications/:id/read': {},
    'POST /sites/:id/review-designees': { staffId: someone },
    'POST /sites/:id/review-designees/:designeeId/end': {},
  },
};
