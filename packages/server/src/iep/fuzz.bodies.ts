import type { FuzzBodies } from '../testing/fuzz-bodies.ts';
import { completeIepContent, iepTestDates } from './test-support.ts';

const { projectedImplementationDate, annualReviewDate, reevaluationDate } = iepTestDates;

/** Valid bodies of the `iep` module's write routes (API) and forms (pages), for the fuzz tests to mutate. */
export const iepFuzz: FuzzBodies = {
  bodies: {
    'POST /api/students/:id/ieps': {},
    'PUT /api/students/:id/ieps/:iepId/draft': {
      lockVersion: 1,
      meetingId: null,
      dates: { projectedImplementationDate, annualReviewDate, reevaluationDate },
      content: completeIepContent(),
    },
    'POST /api/students/:id/ieps/:iepId/finalize': { lockVersion: 1 },
    'POST /api/students/:id/ieps/:iepId/amendments': {},
    'POST /api/students/:id/ieps/:iepId/services-arranged': { on: '2026-11-16' },
    'POST /api/students/:id/ieps/:iepId/placement-offered': { on: '2026-11-16' },
  },
  forms: {
    'POST /students/:id/ieps': {},
    'POST /students/:id/ieps/:iepId/draft': {
      lockVersion: '1',
      projectedImplementationDate,
      annualReviewDate,
      reevaluationDate,
      classification: 'learning-disability',
      'presentLevels.academic': 'Reads two grades below level.',
      'goal.0.goal': 'Will decode multisyllabic words.',
      'goal.0.criteria': '80% accuracy',
      'service.0.program': 'resource-room',
      'service.0.frequency': '5',
      'service.0.period': 'week',
      'service.0.durationMinutes': '45',
      'service.0.location': 'Room 2',
      'service.0.groupSize': '5',
      'service.0.startDate': '2026-12-01',
      'service.0.endDate': '2027-11-19',
      generalEducationPercent: '85',
      'equipment.needed': 'no',
      'promotion.ela': 'standard',
    },
    'POST /students/:id/ieps/:iepId/finalize': { lockVersion: '1' },
    'POST /students/:id/ieps/:iepId/amendments': {},
    'POST /students/:id/ieps/:iepId/services-arranged': { on: '2026-11-16' },
    'POST /students/:id/ieps/:iepId/placement-offered': { on: '2026-11-16' },
  },
};
