import type { FixtureRole } from '../testing/fixtures.ts';
import type { Four, MatrixRow, PerStudent, StudentTarget } from '../testing/access-matrix.ts';
import { N, change, view } from '../testing/access-matrix.ts';
import { insertEscalation, readyForEscalation } from './test-support.ts';

/**
 * The `escalations` module's rows of the access matrix (testing/access-matrix.ts): the
 * district's routes (staff read them, district administrators set them); filing (the program
 * leader of the student's site, the teachers, providers and SEITs implementing the IEP, the
 * committee's chairperson and administrators); reading (anyone with a relationship); resolving
 * (the chairperson and administrators; the filer too, who is no one here). `params` sets the
 * district's routes and gives each student a final IEP with a related service, or inserts a
 * fresh open escalation. The list rows come last: by then every student of the district has
 * escalations, and each role must find exactly the students it may view.
 */

/** Filing: those who see the problem at the school, and those who answer for the case. */
const file = (ok: number): PerStudent => {
  const mine: Four = [ok, 404, 404, 404];
  return {
    'district-admin': [ok, ok, ok, 404],
    chairperson: [ok, ok, 404, 404],
    'committee-member': [403, 403, 404, 404],
    'program-leader': [ok, ok, 404, 404],
    teacher: mine,
    provider: mine,
    seit: mine,
    paraprofessional: [403, 404, 404, 404],
    'privacy-officer': [403, 403, 403, 404],
    'hearing-officer': N,
    auditor: N,
    parent: [403, 404, 404, 404],
  };
};

const staffRead: Partial<Record<FixtureRole, number>> & { default: number } = {
  default: 200,
  parent: 403,
};
const adminWrites = (ok: number) => ({ default: 403, 'district-admin': ok });

const ready = async (t: StudentTarget) => readyForEscalation(t.database, t.studentId);
const escalation = async (t: StudentTarget) => insertEscalation(t.database, t.studentId);
const route = { contactName: 'Related Services Office', email: 'related@district.test' };

export const escalationsRows: MatrixRow[] = [
  // The district's routes
  {
    kind: 'other',
    method: 'GET',
    url: '/api/escalation-routes',
    anonymous: 401,
    signedIn: staffRead,
  },
  {
    kind: 'other',
    method: 'PUT',
    url: '/api/escalation-routes/:kind',
    path: () => '/api/escalation-routes/related-services',
    anonymous: 401,
    signedIn: adminWrites(200),
    body: () => route,
  },
  { kind: 'other', method: 'GET', url: '/escalations/routes', anonymous: 303, signedIn: staffRead },
  {
    kind: 'other',
    method: 'POST',
    url: '/escalations/routes/:kind',
    path: () => '/escalations/routes/seit-services',
    anonymous: 303,
    form: true,
    signedIn: adminWrites(303),
    body: () => ({ contactName: 'SEIT Office', email: 'seit@district.test' }),
  },
  // A student's escalations
  {
    kind: 'student',
    method: 'POST',
    url: '/api/students/:id/escalations',
    expect: file(201),
    params: async (t) => ready(t),
    body: (_v, p) => ({ problem: 'services-not-started', serviceId: p.serviceId, details: 'x' }),
  },
  {
    kind: 'student',
    method: 'POST',
    url: '/students/:id/escalations',
    expect: file(303),
    anonymous: 303,
    form: true,
    params: async (t) => ready(t),
    body: (_v, p) => ({ problem: 'provider-stopped', serviceId: p.serviceId, details: '' }),
  },
  {
    kind: 'student',
    method: 'GET',
    url: '/students/:id/escalations/new',
    expect: file(200),
    anonymous: 303,
  },
  { kind: 'student', method: 'GET', url: '/api/students/:id/escalations', expect: view },
  {
    kind: 'student',
    method: 'GET',
    url: '/students/:id/escalations',
    expect: view,
    anonymous: 303,
  },
  {
    kind: 'student',
    method: 'POST',
    url: '/api/students/:id/escalations/:escalationId/resolve',
    expect: change(200),
    params: escalation,
    body: () => ({ resolution: 'The IEP arrived.' }),
  },
  {
    kind: 'student',
    method: 'POST',
    url: '/students/:id/escalations/:escalationId/resolve',
    expect: change(303),
    anonymous: 303,
    form: true,
    params: escalation,
    body: () => ({ resolution: 'Services started.' }),
  },
  // Lists of open escalations (the filing rows left some open for every student of the
  // district): exactly the students each role may view
  { kind: 'list', method: 'GET', url: '/api/escalations', anonymous: 401 },
  { kind: 'list', method: 'GET', url: '/escalations', anonymous: 303 },
];
