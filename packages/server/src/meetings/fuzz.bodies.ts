import type { FuzzBodies } from '../testing/fuzz-bodies.ts';

const someId = '00000000-0000-4000-8000-000000000d01';

/** Valid bodies of the `meetings` module's write routes (API) and forms (pages), for the fuzz tests to mutate. */
export const meetingsFuzz: FuzzBodies = {
  bodies: {
    'POST /api/students/:id/meetings': {
      committee: 'subcommittee',
      purpose: 'annual-review',
      scheduledOn: '2026-10-20',
      scheduledTime: '14:00',
      place: 'Room 2',
      interpreterLanguage: 'es',
      members: [{ fullName: 'Chair Person', role: 'chairperson' }],
    },
    'POST /api/students/:id/meetings/:meetingId/members': {
      fullName: 'Speech Therapist',
      role: 'special-education-provider',
    },
    'POST /api/students/:id/meetings/:meetingId/held': {
      version: 1,
      heldOn: '2026-10-20',
      attendance: [{ memberId: someId, attended: false, excusal: 'Excused in writing.' }],
      parentParticipation: 'phone',
      reviewsNewPsychologicalEvaluation: true,
      recommendation: {
        programs: [{ program: 'special-class-12-1-1', outsideSchoolOfAttendance: true }],
        current: { program: 'resource-room' },
        notes: 'Notes.',
      },
    },
    'POST /api/students/:id/meetings/:meetingId/review-requests': { receivedOn: '2026-10-21' },
  },
  forms: {
    'POST /students/:id/meetings': {
      committee: 'cpse',
      purpose: 'initial',
      scheduledOn: '2026-10-20',
      scheduledTime: '09:30',
      place: 'Room 101',
      interpreterLanguage: 'es',
      memberName0: 'Chair Person',
      memberRole0: 'chairperson',
      memberName1: 'County Rep',
      memberRole1: 'county-representative',
    },
    'POST /students/:id/meetings/:meetingId/members': {
      fullName: 'Speech Therapist',
      role: 'special-education-provider',
    },
    'POST /students/:id/meetings/:meetingId/held': {
      version: '1',
      heldOn: '2026-10-20',
      attended: someId,
      parentParticipation: 'did-not-attend',
      parentEfforts: 'Two calls.',
      programs: 'special-class-15-1',
      outsideSchoolOfAttendance: 'true',
      currentProgram: 'resource-room',
      notes: 'Notes.',
    },
    'POST /students/:id/meetings/:meetingId/review-requests': { receivedOn: '2026-10-21' },
  },
};
