import type { FuzzBodies } from '../testing/fuzz-bodies.ts';

const uuid = '00000000-0000-4000-8000-000000000000';
const session = {
  serviceId: uuid,
  date: '2026-11-16',
  status: 'missed',
  minutes: 0,
  groupSize: 1,
  location: 'Speech room',
  missedReason: 'other',
  note: 'Fire drill.',
};

const otherChild = '00000000-0000-4000-8000-000000000001';
const group = {
  date: '2026-11-16',
  status: 'delivered',
  minutes: 30,
  location: 'Speech room',
  note: 'Turn-taking game.',
  members: [
    { studentId: uuid, serviceId: uuid, note: 'Named the pictures.' },
    { studentId: otherChild, serviceId: otherChild },
  ],
};

/** Valid bodies of the `services` module's write routes (API) and forms (pages), for the fuzz tests to mutate. */
export const servicesFuzz: FuzzBodies = {
  bodies: {
    'POST /api/students/:id/service-sessions': session,
    'POST /api/students/:id/service-sessions/week': {
      sessions: [
        { ...session, status: 'delivered', minutes: 30, missedReason: null, note: '' },
        { ...session, status: 'make-up', minutes: 30, missedReason: null, makesUpSessionId: uuid },
      ],
    },
    'POST /api/students/:id/service-sessions/:sessionId/void': { reason: 'Logged twice.' },
    'POST /api/group-sessions': group,
    'POST /api/students/:id/group-sessions/:groupId/void': { reason: 'Logged twice.' },
    'PUT /api/delivery/settings': {
      notStartedSchoolDays: 5,
      providerGapSchoolDays: 10,
      underDeliveryPercent: 80,
      underDeliveryWeeks: 4,
      readinessWindowSchoolDays: 10,
    },
  },
  forms: {
    'POST /students/:id/services': {
      serviceId: uuid,
      date: '2026-11-16',
      status: 'missed:student-absent',
      minutes: '',
      groupSize: '1',
      location: '',
      note: '',
    },
    'POST /students/:id/services/week': {
      week: '2026-11-16',
      'cell.0.serviceId': uuid,
      'cell.0.date': '2026-11-16',
      'cell.0.status': 'delivered',
      'cell.0.minutes': '30',
      'cell.0.groupSize': '2',
      'cell.0.note': '',
      'cell.1.serviceId': uuid,
      'cell.1.date': '2026-11-17',
      'cell.1.status': 'missed:other',
      'cell.1.minutes': '30',
      'cell.1.groupSize': '1',
      'cell.1.note': 'Assembly.',
    },
    'POST /students/:id/services/sessions/:sessionId/void': { reason: 'Logged twice.' },
    'POST /group-sessions': {
      date: '2026-11-16',
      status: 'make-up',
      minutes: '30',
      location: '',
      note: '',
      'member.0.studentId': uuid,
      'member.0.serviceId': uuid,
      'member.0.note': 'Named the pictures.',
      'member.1.studentId': otherChild,
      'member.1.serviceId': otherChild,
      'member.1.note': '',
    },
    'POST /students/:id/group-sessions/:groupId/void': { reason: 'Logged twice.' },
    'POST /delivery/settings': {
      notStartedSchoolDays: '5',
      providerGapSchoolDays: '10',
      underDeliveryPercent: '80',
      underDeliveryWeeks: '4',
      readinessWindowSchoolDays: '10',
    },
  },
};
