import type { MatrixRow, PerStudent, StudentTarget } from '../testing/access-matrix.ts';
import { change, N, view } from '../testing/access-matrix.ts';
import { iepFormValues } from '@continuum/web';
import { completeIepContent, iepTestDates, insertIep } from './test-support.ts';

/**
 * The `iep` module's rows of the access matrix (testing/access-matrix.ts). Reads of a final
 * IEP: anyone with a relationship to the student. Drafts: the committee (chairperson and
 * members) and district administrators; anyone else who may see the student gets 403. Writes:
 * the chairperson of the student's committee and district administrators (change).
 */

const C = [200, 200, 404, 404] as const;
/** A draft version: the committee's work in progress. */
const draftView: PerStudent = {
  'district-admin': [200, 200, 200, 404],
  chairperson: C,
  'committee-member': C,
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

/** A fresh final IEP of the target student (in the student's own district). */
const finalIep = async ({ database, studentId }: StudentTarget) => {
  const { iepId, versionId } = await insertIep(database.db, studentId, { status: 'final' });
  return { iepId, versionId };
};
/** A fresh complete draft, linked to a held meeting: ready to save or finalize. */
const draftIep = async ({ database, studentId }: StudentTarget) => {
  const { iepId, versionId, meetingId } = await insertIep(database.db, studentId, {
    status: 'draft',
  });
  return { iepId, versionId, meetingId };
};
/** A final IEP that is not the student's first (services need no initial-services consent). */
const laterFinalIep = async (target: StudentTarget) => {
  await insertIep(target.database.db, target.studentId, {
    status: 'final',
    createdAt: '2020-01-01T00:00:00Z',
  });
  return finalIep(target);
};

const { projectedImplementationDate, annualReviewDate, reevaluationDate } = iepTestDates;
const saveBody = (_v: unknown, params: Record<string, string>) => ({
  lockVersion: 1,
  meetingId: params.meetingId,
  dates: { projectedImplementationDate, annualReviewDate, reevaluationDate },
  content: completeIepContent(),
});

const api = '/api/students/:id/ieps';

export const iepRows: MatrixRow[] = [
  { kind: 'student', method: 'GET', url: api, expect: view },
  { kind: 'student', method: 'POST', url: api, expect: change(201), body: () => ({}) },
  { kind: 'student', method: 'GET', url: `${api}/:iepId`, expect: view, params: finalIep },
  {
    kind: 'student',
    method: 'GET',
    url: `${api}/:iepId/versions/:versionId`,
    expect: view,
    params: finalIep,
  },
  {
    kind: 'student',
    method: 'GET',
    url: `${api}/:iepId/versions/:versionId`,
    expect: draftView,
    params: draftIep,
  },
  {
    kind: 'student',
    method: 'PUT',
    url: `${api}/:iepId/draft`,
    expect: change(200),
    params: draftIep,
    body: saveBody,
  },
  {
    kind: 'student',
    method: 'POST',
    url: `${api}/:iepId/finalize`,
    expect: change(200),
    params: draftIep,
    body: () => ({ lockVersion: 1 }),
  },
  {
    kind: 'student',
    method: 'POST',
    url: `${api}/:iepId/amendments`,
    expect: change(201),
    params: finalIep,
    body: () => ({}),
  },
  {
    kind: 'student',
    method: 'POST',
    url: `${api}/:iepId/services-arranged`,
    expect: change(200),
    params: laterFinalIep,
    body: () => ({ on: '2026-11-16' }),
  },
  {
    kind: 'student',
    method: 'POST',
    url: `${api}/:iepId/placement-offered`,
    expect: change(200),
    params: finalIep,
    body: () => ({ on: '2026-11-17' }),
  },
];

/** The editor's form for a complete draft, as a browser sends it. */
const draftForm = (_v: unknown, params: Record<string, string>) =>
  iepFormValues({
    id: params.versionId!,
    iepId: params.iepId!,
    number: 1,
    status: 'draft',
    amendsVersionId: null,
    meetingId: params.meetingId!,
    meetingDate: iepTestDates.meetingDate,
    projectedImplementationDate,
    annualReviewDate,
    reevaluationDate,
    lockVersion: 1,
    savedBy: '',
    savedAt: '',
    finalizedAt: null,
    documentId: null,
    supersededAt: null,
    settingBand: null,
    content: completeIepContent(),
  });

const pages = '/students/:id/ieps';
const page = { kind: 'student', anonymous: 303 } as const;

iepRows.push(
  { ...page, method: 'GET', url: pages, expect: view },
  { ...page, method: 'POST', url: pages, expect: change(303), form: true, body: () => ({}) },
  { ...page, method: 'GET', url: `${pages}/:iepId`, expect: view, params: finalIep },
  {
    ...page,
    method: 'GET',
    url: `${pages}/:iepId/versions/:versionId`,
    expect: view,
    params: finalIep,
  },
  {
    ...page,
    method: 'GET',
    url: `${pages}/:iepId/versions/:versionId`,
    expect: draftView,
    params: draftIep,
  },
  { ...page, method: 'GET', url: `${pages}/:iepId/draft`, expect: change(200), params: draftIep },
  {
    ...page,
    method: 'POST',
    url: `${pages}/:iepId/draft`,
    expect: change(303),
    form: true,
    params: draftIep,
    body: draftForm,
  },
  {
    ...page,
    method: 'POST',
    url: `${pages}/:iepId/finalize`,
    expect: change(303),
    form: true,
    params: draftIep,
    body: draftForm,
  },
  {
    ...page,
    method: 'POST',
    url: `${pages}/:iepId/amendments`,
    expect: change(303),
    form: true,
    params: finalIep,
    body: () => ({}),
  },
  {
    ...page,
    method: 'POST',
    url: `${pages}/:iepId/services-arranged`,
    expect: change(303),
    form: true,
    params: laterFinalIep,
    body: () => ({ on: '2026-11-16' }),
  },
  {
    ...page,
    method: 'POST',
    url: `${pages}/:iepId/placement-offered`,
    expect: change(303),
    form: true,
    params: finalIep,
    body: () => ({ on: '2026-11-17' }),
  },
);
