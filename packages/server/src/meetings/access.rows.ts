import type { MatrixRow } from '../testing/access-matrix.ts';
import { change, view } from '../testing/access-matrix.ts';
import type { Database } from '../db/database.ts';
import { insertMeeting } from './test-records.ts';

/**
 * The `meetings` module's rows of the access matrix (testing/access-matrix.ts): reads for
 * anyone with a relationship, writes for the committee's chairperson and administrators.
 * `params` inserts a fresh meeting for each request.
 */
type Target = { database: Database; studentId: string };
const scheduled = async (t: Target) => {
  const { meetingId, memberIds } = await insertMeeting(t.database, t.studentId);
  return { meetingId, memberIds: memberIds.join(',') };
};
const heldSubcommittee = async (t: Target) => {
  const { meetingId } = await insertMeeting(t.database, t.studentId, {
    committee: 'subcommittee',
    held: true,
  });
  return { meetingId };
};
const heldBody = (p: Record<string, string>) => ({
  version: 1,
  heldOn: '2026-10-20',
  attendance: (p.memberIds ?? '').split(',').map((memberId) => ({ memberId, attended: true })),
  parentParticipation: 'in-person',
});

const apiRows: MatrixRow[] = [
  { kind: 'student', method: 'GET', url: '/api/students/:id/meetings', expect: view },
  {
    kind: 'student',
    method: 'GET',
    url: '/api/students/:id/meetings/:meetingId',
    expect: view,
    params: scheduled,
  },
  {
    kind: 'student',
    method: 'POST',
    url: '/api/students/:id/meetings',
    expect: change(201),
    body: () => ({
      committee: 'cse',
      purpose: 'initial',
      scheduledOn: '2026-10-20',
      scheduledTime: '09:30',
      place: 'Room 101',
      members: [{ fullName: 'Chair Person', role: 'chairperson' }],
    }),
  },
  {
    kind: 'student',
    method: 'POST',
    url: '/api/students/:id/meetings/:meetingId/members',
    expect: change(201),
    params: scheduled,
    body: () => ({ fullName: 'Speech Therapist', role: 'special-education-provider' }),
  },
  {
    kind: 'student',
    method: 'POST',
    url: '/api/students/:id/meetings/:meetingId/held',
    expect: change(200),
    params: scheduled,
    body: (_, p) => heldBody(p),
  },
  {
    kind: 'student',
    method: 'POST',
    url: '/api/students/:id/meetings/:meetingId/review-requests',
    expect: change(201),
    params: heldSubcommittee,
    body: () => ({ receivedOn: '2026-10-21' }),
  },
];

/** The pages: the same grants; a form post that succeeds redirects (303). */
const pageRows: MatrixRow[] = [
  { kind: 'student', method: 'GET', url: '/students/:id/meetings', expect: view, anonymous: 303 },
  {
    kind: 'student',
    method: 'GET',
    url: '/students/:id/meetings/:meetingId',
    expect: view,
    anonymous: 303,
    params: scheduled,
  },
  {
    kind: 'student',
    method: 'POST',
    url: '/students/:id/meetings',
    expect: change(303),
    anonymous: 303,
    form: true,
    body: () => ({
      committee: 'cse',
      purpose: 'annual-review',
      scheduledOn: '2026-10-20',
      scheduledTime: '09:30',
      place: 'Room 101',
      memberName0: 'Chair Person',
      memberRole0: 'chairperson',
    }),
  },
  {
    kind: 'student',
    method: 'POST',
    url: '/students/:id/meetings/:meetingId/members',
    expect: change(303),
    anonymous: 303,
    form: true,
    params: scheduled,
    body: () => ({ fullName: 'Speech Therapist', role: 'special-education-provider' }),
  },
  {
    kind: 'student',
    method: 'POST',
    url: '/students/:id/meetings/:meetingId/held',
    expect: change(303),
    anonymous: 303,
    form: true,
    params: scheduled,
    // A form sends one `attended` per ticked box; URLSearchParams here carries one, so the
    // members are excused but for the first: a written excusal stands in where allowed.
    body: (_, p) => {
      const ids = (p.memberIds ?? '').split(',');
      return {
        version: '1',
        heldOn: '2026-10-20',
        parentParticipation: 'phone',
        attended: ids[0] ?? '',
        ...Object.fromEntries(ids.slice(1).map((id) => [`excusal-${id}`, 'Excused in writing.'])),
      };
    },
  },
  {
    kind: 'student',
    method: 'POST',
    url: '/students/:id/meetings/:meetingId/review-requests',
    expect: change(303),
    anonymous: 303,
    form: true,
    params: heldSubcommittee,
    body: () => ({ receivedOn: '2026-10-21' }),
  },
];

export const meetingsRows: MatrixRow[] = [...apiRows, ...pageRows];
