import type {
  MatrixContext,
  MatrixRow,
  PerStudent,
  StudentTarget,
} from '../testing/access-matrix.ts';
import { N, view } from '../testing/access-matrix.ts';
import type { FixtureRole } from '../testing/fixtures.ts';
import { todayInNewYork } from '../clock.ts';
import { districtOf, insertIep } from '../iep/test-support.ts';
import type { ImplementerRole } from '../db/tables/distribution.ts';
import { insertAssignment, insertReview, insertStaff } from './test-support.ts';

/**
 * The `distribution` module's rows of the access matrix (testing/access-matrix.ts). Anyone with
 * a relationship to the student reads the IEP's implementers and prints the IEP. Assigning and
 * ending: the program leader of the student's site, the committee's chairperson, district
 * administrators. Reviews with teachers and providers: the program leader (or designee). A
 * review is confirmed only by its implementer, a review requested only by a paraprofessional
 * implementing the IEP; anyone else who may see the student gets 403. Readiness: program
 * leaders, chairpersons, district administrators. Notifications: staff. Designees: the leader
 * of the site (district administrators read and end them).
 */

/** Refused (403) wherever the role sees the student, `ok` where `allowed` holds. */
const only = (ok: number, allowed: Partial<Record<FixtureRole, readonly number[]>>): PerStudent => {
  const refused: PerStudent = {
    'district-admin': [403, 403, 403, 404],
    chairperson: [403, 403, 404, 404],
    'committee-member': [403, 403, 404, 404],
    'program-leader': [403, 403, 404, 404],
    teacher: [403, 404, 404, 404],
    provider: [403, 404, 404, 404],
    seit: [403, 404, 404, 404],
    paraprofessional: [403, 404, 404, 404],
    'privacy-officer': [403, 403, 403, 404],
    'hearing-officer': N,
    auditor: N,
    parent: [403, 404, 404, 404],
  };
  for (const [role, relations] of Object.entries(allowed)) {
    const row = [...refused[role as FixtureRole]] as [number, number, number, number];
    for (const i of relations) row[i] = ok;
    refused[role as FixtureRole] = row;
  }
  return refused;
};
/** Assign and end implementers (abilities.manageImplementers). */
const manage = (ok: number) =>
  only(ok, { 'district-admin': [0, 1, 2], chairperson: [0, 1], 'program-leader': [0, 1] });
/** Review the IEP with a teacher or provider: the program leader of the site. */
const leaderReview = (ok: number) => only(ok, { 'program-leader': [0, 1] });
/** Confirm a review: the implementer reviewed with (the fixture's implementers, of their student). */
const ownReview = (ok: number) =>
  only(ok, { teacher: [0], provider: [0], seit: [0], paraprofessional: [0] });
/** Ask for a review: a paraprofessional implementing the IEP. */
const paraRequest = (ok: number) => only(ok, { paraprofessional: [0] });

const implementerRoleOf: Partial<Record<FixtureRole, ImplementerRole>> = {
  teacher: 'classroom-teacher',
  provider: 'related-service-provider',
  seit: 'seit',
  paraprofessional: 'paraprofessional',
};

/** A fresh final IEP of the target student (in the student's own district). */
const finalIep = async ({ database, studentId }: StudentTarget) => {
  const { iepId, versionId } = await insertIep(database.db, studentId, { status: 'final' });
  return { iepId, versionId };
};

/**
 * A final IEP with a teacher assigned to it: a new staff member, so no fixture account gains a
 * student through it.
 */
const withTeacher = async (target: StudentTarget) => {
  const ids = await finalIep(target);
  const { db } = target.database;
  const teacher = await insertStaff(db, await districtOf(db, target.studentId), {
    roles: ['teacher'],
  });
  const assignmentId = await insertAssignment(db, {
    studentId: target.studentId,
    iepId: ids.iepId,
    staffId: teacher.staffId,
    role: 'classroom-teacher',
  });
  return { ...ids, assignmentId, teacherStaffId: teacher.staffId };
};

/**
 * A review to confirm: with the role's own fixture account for its own student (an implementer
 * of the fixture already sees that student), else with a new teacher.
 */
const reviewToConfirm = async (target: StudentTarget) => {
  const ids = await withTeacher(target);
  const role = target.role && implementerRoleOf[target.role];
  const assignmentId =
    role && target.relation === 'own'
      ? await insertAssignment(target.database.db, {
          studentId: target.studentId,
          iepId: ids.iepId,
          staffId: target.fixture.accounts[target.role!].staffId!,
          role,
        })
      : ids.assignmentId;
  const reviewId = await insertReview(target.database.db, {
    ...ids,
    studentId: target.studentId,
    assignmentId,
    reviewedBy: ids.teacherStaffId,
  });
  return { ...ids, reviewId };
};

/** A teacher to ask, and the fixture's paraprofessional assigned to their own student's IEP. */
const paraToAsk = async (target: StudentTarget) => {
  const ids = await withTeacher(target);
  if (target.role === 'paraprofessional' && target.relation === 'own') {
    await insertAssignment(target.database.db, {
      studentId: target.studentId,
      iepId: ids.iepId,
      staffId: target.fixture.accounts.paraprofessional.staffId!,
      role: 'paraprofessional',
    });
  }
  return ids;
};

/** A new teacher at School A, to be named a designee. */
const newStaffAtA = async (_role: FixtureRole, { database, fixture }: MatrixContext) => ({
  staffId: (
    await insertStaff(database.db, fixture.districtId, {
      roles: ['teacher'],
      siteId: fixture.siteA,
    })
  ).staffId,
});

const assignBody = (_v: unknown, params: Record<string, string>) => ({
  staffId: params.teacherStaffId,
  role: 'classroom-teacher',
  services: [],
});
/** A new teacher to assign (in the student's district). */
const toAssign = async (target: StudentTarget) => {
  const ids = await finalIep(target);
  const { db } = target.database;
  const teacher = await insertStaff(db, await districtOf(db, target.studentId), {
    roles: ['teacher'],
  });
  return { ...ids, teacherStaffId: teacher.staffId };
};
const reviewBody = (_v: unknown, params: Record<string, string>) => ({
  assignmentId: params.assignmentId,
  reviewedOn: todayInNewYork(),
  responsibilities: 'The reading goals and the testing accommodations.',
});
const requestBody = (_v: unknown, params: Record<string, string>) => ({
  teacherStaffId: params.teacherStaffId,
  note: 'Before the reading block.',
});

const unknownId = '00000000-0000-4000-8000-00000000d157';
const readiness = { default: 403, 'program-leader': 200, chairperson: 200, 'district-admin': 200 };
const staffOnly = (ok: number) => ({ default: ok, parent: 403 });
/** A site's review designees: its program leader (School A's) and district administrators. */
const designees = (leader: number, admin: number) => ({
  default: 403,
  'program-leader': leader,
  'district-admin': admin,
});

const api = '/api/students/:id/ieps/:iepId';
const pages = '/students/:id/ieps/:iepId';
const page = { kind: 'student', anonymous: 303, form: true } as const;

export const distributionRows: MatrixRow[] = [
  { kind: 'student', method: 'GET', url: `${api}/implementers`, expect: view, params: finalIep },
  {
    kind: 'student',
    method: 'POST',
    url: `${api}/implementers`,
    expect: manage(201),
    params: toAssign,
    body: assignBody,
  },
  {
    kind: 'student',
    method: 'POST',
    url: `${api}/implementers/:assignmentId/end`,
    expect: manage(200),
    params: withTeacher,
    body: () => ({ reason: 'Moved to another class.' }),
  },
  {
    kind: 'student',
    method: 'POST',
    url: `${api}/reviews`,
    expect: leaderReview(201),
    params: withTeacher,
    body: reviewBody,
  },
  {
    kind: 'student',
    method: 'POST',
    url: `${api}/reviews/:reviewId/confirm`,
    expect: ownReview(200),
    params: reviewToConfirm,
    body: () => ({}),
  },
  {
    kind: 'student',
    method: 'POST',
    url: `${api}/review-requests`,
    expect: paraRequest(201),
    params: paraToAsk,
    body: requestBody,
  },
  {
    kind: 'student',
    method: 'GET',
    url: `${api}/versions/:versionId/print`,
    expect: view,
    params: finalIep,
  },
  {
    kind: 'other',
    method: 'GET',
    url: '/api/distribution/readiness',
    anonymous: 401,
    signedIn: readiness,
  },
  {
    kind: 'other',
    method: 'GET',
    url: '/api/notifications',
    anonymous: 401,
    signedIn: staffOnly(200),
  },
  {
    kind: 'other',
    method: 'POST',
    url: '/api/notifications/:id/read',
    path: () => `/api/notifications/${unknownId}/read`,
    anonymous: 401,
    signedIn: staffOnly(404),
    body: () => ({}),
  },
  {
    kind: 'other',
    method: 'GET',
    url: '/api/sites/:id/review-designees',
    path: (f) => `/api/sites/${f.siteA}/review-designees`,
    anonymous: 401,
    signedIn: designees(200, 200),
  },
  {
    kind: 'other',
    method: 'POST',
    url: '/api/sites/:id/review-designees',
    path: (f) => `/api/sites/${f.siteA}/review-designees`,
    anonymous: 401,
    signedIn: designees(201, 403),
    body: newStaffAtA,
  },
  {
    kind: 'other',
    method: 'POST',
    url: '/api/sites/:id/review-designees/:designeeId/end',
    path: (f) => `/api/sites/${f.siteA}/review-designees/${unknownId}/end`,
    anonymous: 401,
    signedIn: designees(404, 404),
    body: () => ({}),
  },
  // Pages: the IEP page's forms answer 303 back to the IEP; the printed copy is a PDF.
  {
    ...page,
    method: 'POST',
    url: `${pages}/implementers`,
    expect: manage(303),
    params: toAssign,
    body: (_v: unknown, params: Record<string, string>) => ({
      staffId: params.teacherStaffId!,
      role: 'classroom-teacher',
    }),
  },
  {
    ...page,
    method: 'POST',
    url: `${pages}/implementers/:assignmentId/end`,
    expect: manage(303),
    params: withTeacher,
    body: () => ({ reason: 'Moved to another class.' }),
  },
  {
    ...page,
    method: 'POST',
    url: `${pages}/reviews`,
    expect: leaderReview(303),
    params: withTeacher,
    body: reviewBody,
  },
  {
    ...page,
    method: 'POST',
    url: `${pages}/reviews/:reviewId/confirm`,
    expect: ownReview(303),
    params: reviewToConfirm,
    body: () => ({}),
  },
  {
    ...page,
    method: 'POST',
    url: `${pages}/review-requests`,
    expect: paraRequest(303),
    params: paraToAsk,
    body: requestBody,
  },
  {
    kind: 'student',
    anonymous: 303,
    method: 'GET',
    url: `${pages}/versions/:versionId/print`,
    expect: view,
    params: finalIep,
  },
  { kind: 'other', method: 'GET', url: '/distribution', anonymous: 303, signedIn: readiness },
  {
    kind: 'other',
    method: 'GET',
    url: '/notifications',
    anonymous: 303,
    signedIn: staffOnly(200),
  },
  {
    kind: 'other',
    method: 'POST',
    url: '/notifications/:id/read',
    path: () => `/notifications/${unknownId}/read`,
    form: true,
    anonymous: 303,
    signedIn: staffOnly(404),
    body: () => ({}),
  },
  {
    kind: 'other',
    method: 'GET',
    url: '/sites/:id/review-designees',
    path: (f) => `/sites/${f.siteA}/review-designees`,
    anonymous: 303,
    signedIn: designees(200, 200),
  },
  {
    kind: 'other',
    method: 'POST',
    url: '/sites/:id/review-designees',
    path: (f) => `/sites/${f.siteA}/review-designees`,
    form: true,
    anonymous: 303,
    signedIn: designees(303, 403),
    body: newStaffAtA,
  },
  {
    kind: 'other',
    method: 'POST',
    url: '/sites/:id/review-designees/:designeeId/end',
    path: (f) => `/sites/${f.siteA}/review-designees/${unknownId}/end`,
    form: true,
    anonymous: 303,
    signedIn: designees(404, 404),
    body: () => ({}),
  },
];
