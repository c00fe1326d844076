import type { distribution } from '@continuum/rules';
import { iep as iepRules } from '@continuum/rules';
import type { Tx } from '../db/tenant.ts';
import type { StudentRecords } from '../access/student-records.ts';
import { NotFoundError } from '../errors.ts';
import type { AssignmentView, ReviewRequestView, ReviewView } from './schemas.ts';

/**
 * Reading distribution rows: the version in effect of an IEP and its services, the IEP's
 * assignments, reviews and review requests. The caller has the grant and logs the read.
 */

export const iso = (value: Date | string | null): string | null =>
  value === null ? null : value instanceof Date ? value.toISOString() : value;

/**
 * The IEP (of this student) with its version in effect, the final one (null for a draft-only
 * IEP, or one that gave way to a later IEP), and whether it was ever final.
 */
export async function loadIepInEffect(records: StudentRecords, studentId: string, iepId: string) {
  const iep = await records.tx
    .selectFrom('ieps')
    .where('id', '=', iepId)
    .where('student_id', '=', studentId)
    .select(['id', 'committee'])
    .executeTakeFirst();
  if (!iep) throw new NotFoundError('IEP');
  const versions = await records.tx
    .selectFrom('iep_versions')
    .where('iep_id', '=', iepId)
    .where('status', '!=', 'draft')
    .select(['id', 'number', 'status', 'projected_implementation_date'])
    .orderBy('number', 'desc')
    .execute();
  const current = versions.find((v) => v.status === 'final') ?? null;
  return { iep, current, everFinal: versions.length > 0 };
}

/** The services of these versions, in their order, with their keys (rules: iep/service-key). */
export async function loadServices(tx: Tx, versionIds: readonly string[]) {
  if (versionIds.length === 0) return [];
  const rows = await tx
    .selectFrom('iep_services')
    .where('iep_version_id', 'in', versionIds)
    .select(['iep_version_id', 'position', 'program', 'service'])
    .orderBy('iep_version_id')
    .orderBy('position')
    .execute();
  return rows.map((r) => ({
    versionId: r.iep_version_id,
    key: serviceKeyOf(r),
    program: r.program,
    service: r.service,
  }));
}

/** A stored service's key; the program was checked against the catalog when the IEP was saved. */
export const serviceKeyOf = (s: { program: string; service: string }) =>
  iepRules.serviceKey(s as Parameters<typeof iepRules.serviceKey>[0]);

/** The assignments of these IEPs, with the names the pages show and each account's state. */
export async function loadAssignments(tx: Tx, iepIds: readonly string[]) {
  if (iepIds.length === 0) return [];
  return tx
    .selectFrom('implementer_assignments as a')
    .innerJoin('staff as st', (j) =>
      j.onRef('st.district_id', '=', 'a.district_id').onRef('st.id', '=', 'a.staff_id'),
    )
    .innerJoin('accounts as acc', 'acc.id', 'st.account_id')
    .leftJoin('staff as ab', (j) =>
      j.onRef('ab.district_id', '=', 'a.district_id').onRef('ab.account_id', '=', 'a.assigned_by'),
    )
    .leftJoin('staff as eb', (j) =>
      j.onRef('eb.district_id', '=', 'a.district_id').onRef('eb.account_id', '=', 'a.ended_by'),
    )
    .where('a.iep_id', 'in', iepIds)
    .select([
      'a.id',
      'a.iep_id',
      'a.student_id',
      'a.staff_id',
      'a.role',
      'a.whole_iep',
      'a.services',
      'a.starts_on',
      'a.responsibility',
      'a.assigned_at',
      'a.ended_at',
      'a.end_reason',
      'st.full_name as staff_name',
      'acc.password_hash',
      'acc.disabled_at',
      'ab.full_name as assigned_by_name',
      'eb.full_name as ended_by_name',
    ])
    .orderBy('a.assigned_at')
    .orderBy('a.id')
    .execute();
}
export type AssignmentRow = Awaited<ReturnType<typeof loadAssignments>>[number];

export function accountState(row: AssignmentRow): distribution.AccountState {
  if (row.disabled_at !== null) return 'disabled';
  return row.password_hash === null ? 'not-set-up' : 'active';
}

export function presentAssignment(row: AssignmentRow): AssignmentView {
  return {
    id: row.id,
    staffId: row.staff_id,
    staffName: row.staff_name,
    role: row.role,
    services: row.whole_iep ? [] : row.services,
    startsOn: row.starts_on,
    responsibility: row.responsibility,
    assignedAt: iso(row.assigned_at)!,
    assignedBy: row.assigned_by_name ?? null,
    endedAt: iso(row.ended_at),
    endedBy: row.ended_by_name ?? null,
    endReason: row.end_reason,
  };
}

/** The reviews of these IEPs, newest first, with the reviewer's name and the version's number. */
export async function loadReviews(tx: Tx, iepIds: readonly string[]) {
  if (iepIds.length === 0) return [];
  return tx
    .selectFrom('iep_reviews as r')
    .innerJoin('staff as st', (j) =>
      j.onRef('st.district_id', '=', 'r.district_id').onRef('st.id', '=', 'r.reviewed_by'),
    )
    .innerJoin('iep_versions as v', (j) =>
      j.onRef('v.district_id', '=', 'r.district_id').onRef('v.id', '=', 'r.iep_version_id'),
    )
    .where('r.iep_id', 'in', iepIds)
    .select([
      'r.id',
      'r.iep_id',
      'r.assignment_id',
      'r.kind',
      'r.iep_version_id',
      'v.number as version_number',
      'r.reviewed_on',
      'r.responsibilities',
      'r.recorded_at',
      'r.confirmed_at',
      'st.full_name as reviewer_name',
    ])
    .orderBy('r.reviewed_on', 'desc')
    .orderBy('r.recorded_at', 'desc')
    .execute();
}
export type ReviewRow = Awaited<ReturnType<typeof loadReviews>>[number];

export function presentReview(row: ReviewRow): ReviewView {
  return {
    id: row.id,
    assignmentId: row.assignment_id,
    kind: row.kind,
    versionId: row.iep_version_id,
    versionNumber: row.version_number,
    reviewedOn: row.reviewed_on,
    reviewedBy: row.reviewer_name,
    responsibilities: row.responsibilities,
    recordedAt: iso(row.recorded_at)!,
    confirmedAt: iso(row.confirmed_at),
  };
}

/** The review requests of these IEPs, newest first. */
export async function loadRequests(tx: Tx, iepIds: readonly string[]) {
  if (iepIds.length === 0) return [];
  return tx
    .selectFrom('review_requests as q')
    .innerJoin('staff as st', (j) =>
      j.onRef('st.district_id', '=', 'q.district_id').onRef('st.id', '=', 'q.teacher_staff_id'),
    )
    .where('q.iep_id', 'in', iepIds)
    .select([
      'q.id',
      'q.iep_id',
      'q.assignment_id',
      'q.teacher_staff_id',
      'q.note',
      'q.requested_at',
      'q.review_id',
      'q.closed_at',
      'st.full_name as teacher_name',
    ])
    .orderBy('q.requested_at', 'desc')
    .execute();
}
export type RequestRow = Awaited<ReturnType<typeof loadRequests>>[number];

export function presentRequest(row: RequestRow): ReviewRequestView {
  return {
    id: row.id,
    assignmentId: row.assignment_id,
    teacherStaffId: row.teacher_staff_id,
    teacherName: row.teacher_name,
    note: row.note,
    requestedAt: iso(row.requested_at)!,
    reviewId: row.review_id,
    closedAt: iso(row.closed_at),
  };
}

/** How an assignment's review of the version in effect stands (rules: distribution/readiness). */
export function reviewState(
  reviews: readonly ReviewRow[],
  assignmentId: string,
  versionId: string,
): 'none' | 'unconfirmed' | 'confirmed' {
  const mine = reviews.filter(
    (r) => r.assignment_id === assignmentId && r.iep_version_id === versionId,
  );
  if (mine.some((r) => r.confirmed_at !== null)) return 'confirmed';
  return mine.length > 0 ? 'unconfirmed' : 'none';
}
