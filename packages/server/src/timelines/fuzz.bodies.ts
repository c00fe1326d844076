import type { FuzzBodies } from '../testing/fuzz-bodies.ts';

const calendar = {
  name: 'Fuzz calendar',
  schoolYears: [
    {
      id: '2026-27',
      firstDay: '2026-09-10',
      lastDay: '2027-06-25',
      nonInstructionalDays: ['2026-11-26'],
    },
  ],
  holidays: ['2026-11-26', '2027-01-01'],
};

/**
 * Valid bodies of the `timelines` module's write routes (API) and forms (pages), for the fuzz
 * tests to mutate: the school calendar (and its draft), manual case events and their voiding.
 */
export const timelinesFuzz: FuzzBodies = {
  bodies: {
    'PUT /api/calendar': { version: 1, calendar },
    'POST /api/students/:id/case-events': {
      type: 'esy-review-period',
      on: '2026-01-05',
      details: { weeks: 8 },
    },
    'POST /api/students/:id/case-events/:eventId/void': { reason: 'recorded in error' },
  },
  forms: {
    'POST /calendar': { version: '1', calendar: JSON.stringify(calendar) },
    'POST /calendar/draft': {
      firstDay: '2026-09-10',
      lastDay: '2027-06-25',
      recess1From: '2026-12-24',
      recess1To: '2027-01-01',
      name: 'Draft',
      merge: 'true',
    },
    'POST /students/:id/case-events': { type: 'records-request', on: '2026-01-05' },
    'POST /students/:id/case-events/:eventId/void': { reason: 'recorded in error' },
  },
};
