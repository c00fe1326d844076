import type { Tx } from '../db/tenant.ts';
import type { RecordsRequestView } from './schemas.ts';

/** Records requests (`r`) with the name of the parent who asked or authorized, and of who gave the explanations. */
export function requestRows(tx: Tx) {
  return tx
    .selectFrom('records_requests as r')
    .leftJoin('guardians as g', (j) =>
      j.onRef('g.district_id', '=', 'r.district_id').onRef('g.id', '=', 'r.guardian_id'),
    )
    .leftJoin('staff as xs', (j) =>
      j
        .onRef('xs.district_id', '=', 'r.district_id')
        .onRef('xs.account_id', '=', 'r.explanations_given_by'),
    )
    .selectAll('r')
    .select(['g.full_name as guardian_name', 'xs.full_name as explanations_given_by_name']);
}
type RequestRow = Awaited<ReturnType<ReturnType<typeof requestRows>['executeTakeFirstOrThrow']>>;

export function toRequestView(r: RequestRow): RecordsRequestView {
  return {
    id: r.id,
    studentId: r.student_id,
    requester: r.requester_kind,
    guardianId: r.guardian_id,
    guardianName: r.guardian_name,
    representativeName: r.representative_name,
    authorizationRecordedOn: r.authorization_recorded_on,
    receivedOn: r.received_on,
    channel: r.channel,
    inspect: r.inspect,
    explanations: r.explanations,
    copies: r.copies,
    status: r.status,
    providedOn: r.provided_on,
    providedHow: r.provided_how,
    withdrawnOn: r.withdrawn_on,
    explanationsGivenOn: r.explanations_given_on,
    explanationsGivenBy:
      r.explanations_given_on === null
        ? null
        : (r.explanations_given_by_name ?? 'a district account'),
  };
}

/** The source of the case events a request records (case_events.source). */
export const requestSource = 'records-request';

/** The name a student goes by, for headings and lists. */
export const studentName = (s: {
  preferred_name: string | null;
  legal_first_name: string;
  legal_last_name: string;
}) => `${s.preferred_name ?? s.legal_first_name} ${s.legal_last_name}`;

/** The child's name as the pages show it (the caller logs the read with its page's). */
export async function readStudentName(tx: Tx, studentId: string): Promise<string> {
  const student = await tx
    .selectFrom('students')
    .where('id', '=', studentId)
    .select(['preferred_name', 'legal_first_name', 'legal_last_name'])
    .executeTakeFirstOrThrow();
  return studentName(student);
}

/** The child's parents by name, for the district to record a request from one of them. */
export function readGuardianNames(
  tx: Tx,
  studentId: string,
): Promise<{ id: string; name: string }[]> {
  return tx
    .selectFrom('student_guardians as sg')
    .innerJoin('guardians as g', (j) =>
      j.onRef('g.district_id', '=', 'sg.district_id').onRef('g.id', '=', 'sg.guardian_id'),
    )
    .where('sg.student_id', '=', studentId)
    .select(['g.id', 'g.full_name as name'])
    .orderBy('g.full_name')
    .execute();
}
