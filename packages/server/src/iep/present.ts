import { programs } from '@continuum/rules';
import type { StudentRecords } from '../access/student-records.ts';
import { NotFoundError } from '../errors.ts';
import type { IepVersionStatus } from '../db/tables/iep.ts';
import type { IepDetail, IepVersionView } from './schemas.ts';
import { iepContent } from './schemas.ts';
import type { IepGrant } from './access.ts';

/** Reading IEP rows into the API's shapes. The caller has the grant and logs the read. */

const iso = (value: Date | string | null) =>
  value === null ? null : value instanceof Date ? value.toISOString() : value;

/** The version rows of one IEP (alias v), with the name of who saved each. */
function versionQuery(records: StudentRecords) {
  return records.tx
    .selectFrom('iep_versions as v')
    .leftJoin('staff as st', (j) =>
      j.onRef('st.district_id', '=', 'v.district_id').onRef('st.account_id', '=', 'v.saved_by'),
    )
    .selectAll('v')
    .select('st.full_name as saved_by_name');
}

type VersionRow = Awaited<ReturnType<ReturnType<typeof versionQuery>['execute']>>[number];

export function presentVersion(row: VersionRow, level: 'preschool' | 'school-age'): IepVersionView {
  // Stored content was validated when saved; parsing again keeps the type honest.
  const content = iepContent.parse(row.content);
  const percent = content.generalEducationPercent;
  return {
    id: row.id,
    iepId: row.iep_id,
    number: row.number,
    status: row.status,
    amendsVersionId: row.amends_version_id,
    meetingId: row.meeting_id,
    meetingDate: row.meeting_date,
    projectedImplementationDate: row.projected_implementation_date,
    annualReviewDate: row.annual_review_date,
    reevaluationDate: row.reevaluation_date,
    lockVersion: row.lock_version,
    savedBy: row.saved_by_name ?? 'a district account',
    savedAt: iso(row.saved_at)!,
    finalizedAt: iso(row.finalized_at),
    documentId: row.document_id,
    supersededAt: iso(row.superseded_at),
    settingBand: level === 'school-age' && percent !== null ? programs.settingBand(percent) : null,
    content,
  };
}

/** The student's level, which decides the committee, the setting band and the areas required. */
export async function studentFacts(records: StudentRecords, studentId: string) {
  const student = await records.tx
    .selectFrom('students')
    .where('id', '=', studentId)
    .select(['level', 'date_of_birth', 'grade', 'classification'])
    .executeTakeFirstOrThrow();
  return student;
}

export async function loadIep(records: StudentRecords, studentId: string, iepId: string) {
  const iep = await records.tx
    .selectFrom('ieps')
    .where('id', '=', iepId)
    .where('student_id', '=', studentId)
    .selectAll()
    .executeTakeFirst();
  if (!iep) throw new NotFoundError('IEP');
  return iep;
}

export async function loadVersions(records: StudentRecords, iepId: string) {
  return versionQuery(records).where('v.iep_id', '=', iepId).orderBy('v.number', 'desc').execute();
}

export async function loadVersion(records: StudentRecords, iepId: string, versionId: string) {
  const row = await versionQuery(records)
    .where('v.iep_id', '=', iepId)
    .where('v.id', '=', versionId)
    .executeTakeFirst();
  if (!row) throw new NotFoundError('IEP version');
  return row;
}

export async function loadDraft(records: StudentRecords, iepId: string) {
  return versionQuery(records)
    .where('v.iep_id', '=', iepId)
    .where('v.status', '=', 'draft')
    .executeTakeFirst();
}

const visible = (status: IepVersionStatus, grant: IepGrant) =>
  status !== 'draft' || grant.canReadDrafts;

/** One IEP with the versions the reader may see, and the steps recorded on it. */
export async function readIep(
  records: StudentRecords,
  studentId: string,
  iepId: string,
  grant: IepGrant,
): Promise<IepDetail> {
  const iep = await loadIep(records, studentId, iepId);
  const { level } = await studentFacts(records, studentId);
  const rows = (await loadVersions(records, iepId)).filter((r) => visible(r.status, grant));
  const versions = rows.map((r) => presentVersion(r, level));
  const events = rows.length
    ? await records.tx
        .selectFrom('case_events')
        .where('student_id', '=', studentId)
        .where('source', '=', 'iep-version')
        .where(
          'source_id',
          'in',
          rows.map((r) => r.id),
        )
        .where('voided_at', 'is', null)
        .select(['type', 'occurred_on', 'source_id'])
        .orderBy('occurred_on')
        .execute()
    : [];
  const summary = ({ content: _content, ...rest }: IepVersionView) => rest;
  return {
    id: iep.id,
    studentId,
    committee: iep.committee,
    createdAt: iso(iep.created_at)!,
    versions: versions.map(summary),
    current: versions.find((v) => v.status === 'final') ?? null,
    draft: versions.find((v) => v.status === 'draft') ?? null,
    events: events.map((e) => ({ type: e.type, on: e.occurred_on, versionId: e.source_id })),
    canReadDrafts: grant.canReadDrafts,
    canManage: grant.canManage,
  };
}
