import { sql } from 'kysely';
import type { Call } from '../http/call.ts';
import type { StudentGrant, StudentRecords } from '../access/student-records.ts';
import { withStudentRecords } from '../access/student-records.ts';
import { NotFoundError } from '../errors.ts';
import type { IepDistribution } from './schemas.ts';
import {
  loadAssignments,
  loadIepInEffect,
  loadRequests,
  loadReviews,
  loadServices,
  presentAssignment,
  presentRequest,
  presentReview,
} from './present.ts';
import { givesAccess, isCurrent, reviewableAssignments, reviewingTeachers } from './reviewers.ts';

/**
 * An IEP's implementers, reviews and review requests (PREK, Accessibility and Storage), with
 * what the reader may do: anyone who may see the student reads them; the forms offered follow
 * the reader's abilities and their own assignment. Logged as a read of both.
 */
export async function getIepDistribution(
  call: Call,
  input: { studentId: string; iepId: string },
): Promise<IepDistribution> {
  return withStudentRecords(call, async (records) => {
    const grant = await records.grant(
      input.studentId,
      'implementer-assignment',
      'read',
      'view-implementers',
    );
    const view = await readIepDistribution(records, grant, input.studentId, input.iepId);
    await records.log(
      [input.studentId],
      ['implementer-assignment', 'iep-review'],
      'read',
      'view-implementers',
    );
    return view;
  });
}

export async function readIepDistribution(
  records: StudentRecords,
  grant: StudentGrant,
  studentId: string,
  iepId: string,
): Promise<IepDistribution> {
  const { actor, asOf, tx } = records;
  const { current, everFinal } = await loadIepInEffect(records, studentId, iepId);
  // Distribution concerns IEPs that were final: a draft-only IEP is the committee's work.
  if (!everFinal) throw new NotFoundError('IEP');
  const [services, assignments, reviews, requests] = await Promise.all([
    loadServices(tx, current ? [current.id] : []),
    loadAssignments(tx, [iepId]),
    loadReviews(tx, [iepId]),
    loadRequests(tx, [iepId]),
  ]);
  const mine = (assignmentId: string) =>
    assignments.find((a) => a.id === assignmentId && a.staff_id === actor.staffId);
  const ownParaAssignment = assignments.find(
    (a) => a.staff_id === actor.staffId && a.role === 'paraprofessional' && givesAccess(a, asOf),
  );
  const teachers = reviewingTeachers(assignments, asOf);
  const manageImplementers = grant.abilities.manageImplementers;
  const candidates = manageImplementers
    ? await tx
        .selectFrom('staff as st')
        .innerJoin('accounts as a', 'a.id', 'st.account_id')
        .where('a.disabled_at', 'is', null)
        // Someone who holds a role that implements an IEP (rules: distribution/implementers).
        .where(sql<boolean>`st.roles && ARRAY['teacher', 'provider', 'seit', 'paraprofessional']`)
        .select(['st.id', 'st.full_name', 'st.roles'])
        .orderBy('st.full_name')
        .execute()
    : [];
  return {
    studentId,
    iepId,
    versionId: current?.id ?? null,
    versionNumber: current?.number ?? null,
    implementationDate: current?.projected_implementation_date ?? null,
    services: services.map(({ key, program, service }) => ({ key, program, service })),
    assignments: assignments.map(presentAssignment),
    reviews: reviews.map(presentReview),
    requests: requests.map(presentRequest),
    may: {
      manageImplementers,
      reviewAssignmentIds: current
        ? reviewableAssignments(grant, actor, assignments, asOf).map((a) => a.id)
        : [],
      confirmReviewIds: reviews
        .filter((r) => {
          const own = mine(r.assignment_id);
          return r.confirmed_at === null && own !== undefined && isCurrent(own);
        })
        .map((r) => r.id),
      requestForAssignmentId:
        current &&
        ownParaAssignment &&
        teachers.length > 0 &&
        !requests.some((q) => q.assignment_id === ownParaAssignment.id && q.closed_at === null)
          ? ownParaAssignment.id
          : null,
    },
    candidates: candidates.map((c) => ({ staffId: c.id, name: c.full_name, roles: c.roles })),
    teachers,
  };
}
