import type { AccessAction, Purpose } from '../access/access-log.ts';
import type { StudentGrant, StudentRecords } from '../access/student-records.ts';
import { withStudentRecords } from '../access/student-records.ts';
import type { Call } from '../http/call.ts';
import { readStudent } from '../students/get-student.ts';
import { readWholeAccessLog } from '../students/access-log-page.ts';
import { loadReferrals } from '../referrals/present.ts';
import { readConsentList } from '../consent/list-consents.ts';
import { readEvaluationList } from '../evaluations/list-evaluations.ts';
import { readEvaluation } from '../evaluations/get-evaluation.ts';
import { readMeetingList } from '../meetings/list-meetings.ts';
import { readMeeting } from '../meetings/get-meeting.ts';
import { grantIepRead } from '../iep/access.ts';
import { loadVersions, presentVersion, readIep, studentFacts } from '../iep/present.ts';
import { readNoticeList } from '../notices/list-notices.ts';
import { readDocumentList } from '../documents/list-documents.ts';
import { readCaseTimeline } from '../timelines/get-case-timeline.ts';
import {
  loadAssignments,
  loadRequests,
  loadReviews,
  presentAssignment,
  presentRequest,
  presentReview,
} from '../distribution/present.ts';
import { loadSessions } from '../services/load.ts';
import { presentSession } from '../services/present.ts';
import { readStudentEscalations } from '../escalations/list-student-escalations.ts';
import { requestRows, studentName, toRequestView } from '../records-requests/present.ts';
import { handlesRecordRights, mayActForParent } from '../records-requests/access.ts';
import { disclosureRows, toDisclosureView } from '../disclosures/present.ts';
import {
  amendmentRows,
  statementRows,
  toAmendmentView,
  toStatementView,
} from '../amendments/present.ts';
import { amendmentView } from '../amendments/schemas.ts';
import { destructionCaseOf } from '../destruction/present.ts';
import { loadCopies } from './present.ts';
import { assembledRecordTypes, recordTypePlacement } from './sections.ts';
import type { CompleteRecord, CompleteRecordSections } from './schemas.ts';

/**
 * A child's complete record (PSN, Access Rights, 34 CFR 300.613: the right "to inspect and
 * review any education records relating to your child"): every record type the product holds
 * (sections.ts), each read by its own module's reader and presenter, in one transaction, for
 * the parent or for the privacy officer or a district administrator who provides it. Each
 * record type read is written to the access log with the purpose (one row per type; the
 * modules' detail readers of evaluations and meetings add one row per evaluation or meeting).
 */
export async function assembleCompleteRecord(
  call: Call,
  input: { studentId: string },
): Promise<CompleteRecord> {
  return withStudentRecords(call, (records) =>
    readCompleteRecord(records, input.studentId, 'assemble-complete-record', 'read'),
  );
}

const refusal =
  "A child's complete record is assembled by the parent, the privacy officer and district administrators.";

/**
 * Reads the whole record inside an open records scope. `action` `download`: a copy leaves the
 * product (the reads are logged as reads and the copy as a download of every type).
 */
export async function readCompleteRecord(
  records: StudentRecords,
  studentId: string,
  purpose: Purpose,
  action: AccessAction,
): Promise<CompleteRecord> {
  // Who assembles it: the parent, for their own child (PSN, Access Rights, 34 CFR 300.613:
  // "inspect and review any education records relating to your child"), and the privacy officer
  // and district administrators, who assemble it to provide it (the people who handle the
  // requests). Anyone else related to the child is refused (403, logged); everyone else finds
  // no such child (404).
  const grant = await records.grantIf(
    studentId,
    'student-profile',
    'read',
    purpose,
    mayActForParent,
    refusal,
  );
  // The record of access first, so it shows what happened before this assembly.
  const accessLog = await readWholeAccessLog(records.tx, { studentId, allowedOnly: true });
  const { statements, ...sections } = await readSections(records, grant, purpose);
  // The types whose modules leave logging to their caller (the others logged their own read).
  await records.log(
    [studentId],
    [
      'enrollment',
      'access-log',
      'referral',
      'iep',
      'implementer-assignment',
      'iep-review',
      'service-session',
      'records-request',
      'disclosure',
      'amendment',
      'records-destruction',
    ],
    'read',
    purpose,
  );
  if (action !== 'read') await records.log([studentId], assembledRecordTypes, action, purpose);
  const { profile } = sections;
  return {
    studentId,
    studentName: studentName({
      preferred_name: profile.preferredName,
      legal_first_name: profile.legalFirstName,
      legal_last_name: profile.legalLastName,
    }),
    asOf: records.asOf,
    sections: { ...sections, accessLog },
    statements,
    mayHandle: handlesRecordRights(grant),
  };
}

/** Each section by its module's reader; the access log is read before (see above). */
async function readSections(
  records: StudentRecords,
  grant: StudentGrant,
  purpose: Purpose,
): Promise<Omit<CompleteRecordSections, 'accessLog'> & Pick<CompleteRecord, 'statements'>> {
  const { tx } = records;
  const { studentId } = grant;
  // The profile is the student's record less their guardians and enrollments, which are
  // sections of their own (the response's schema leaves the rest out).
  const student = await readStudent(records, studentId, purpose);
  const { guardians, enrollments } = student;
  const timeline = await readCaseTimeline(records, studentId, purpose);
  const consents = await readConsentList(records, studentId, purpose);
  const evaluationList = await readEvaluationList(records, studentId, purpose);
  const evaluations = [];
  for (const e of evaluationList.items)
    evaluations.push(await readEvaluation(records, studentId, e.id, purpose));
  const meetingList = await readMeetingList(records, studentId, purpose);
  const meetings = [];
  for (const m of meetingList.items)
    meetings.push(await readMeeting(records, studentId, m.id, purpose));
  const ieps = await readIeps(records, studentId, purpose);
  const iepIds = ieps.map((i) => i.iep.id);
  const [assignments, reviews, reviewRequests] = await Promise.all([
    loadAssignments(tx, iepIds),
    loadReviews(tx, iepIds),
    loadRequests(tx, iepIds),
  ]);
  const notices = await readNoticeList(records, studentId, purpose);
  const documents = await readDocumentList(records, studentId, purpose);
  // Read-only: the complete record voids nothing and opens no group's log. presentSession shows
  // a group session through the services module's redacted presenter (present-group.ts
  // `presentGroupForChild`, no `openable`): "with N other children", never who, nor the group's
  // id (Records on More Than One Child, 34 CFR 300.615).
  const readOnly = { administers: false, assignments: [] };
  const sessions = await loadSessions(tx, [studentId], { voided: true });
  const escalations = await readStudentEscalations(records, studentId, purpose);
  const requests = (
    await requestRows(tx)
      .where('r.student_id', '=', studentId)
      .orderBy('r.received_on', 'desc')
      .orderBy('r.recorded_at', 'desc')
      .execute()
  ).map(toRequestView);
  const copies = await loadCopies(
    tx,
    requests.map((r) => r.id),
  );
  // The record of access's disclosures, as disclosures/get-record-of-access.ts reads them.
  const disclosures = await disclosureRows(tx)
    .where('d.student_id', '=', studentId)
    .orderBy('d.disclosed_on', 'desc')
    .orderBy('d.recorded_at', 'desc')
    .execute();
  // Amendment requests and the statements, as amendments/list-student-amendments.ts reads them
  // (once: each statement is also shown with the record it is attached to, below); read-only,
  // so no steps are offered.
  const amendments = await amendmentRows(tx)
    .where('r.student_id', '=', studentId)
    .orderBy('r.received_on', 'desc')
    .orderBy('r.recorded_at', 'desc')
    .execute();
  const statementList = await statementRows(tx).where('st.student_id', '=', studentId).execute();
  const noSteps = { parent: false, handler: false };
  const destruction = await destructionCaseOf(records, grant, studentId);
  return {
    profile: student,
    guardians,
    enrollments,
    caseTimeline: { events: timeline.events, deadlines: timeline.deadlines },
    referrals: await loadReferrals(records, studentId),
    consents: { items: consents.items, publicBenefits: consents.publicBenefits },
    evaluations: { items: evaluations, ieeRequests: evaluationList.ieeRequests },
    meetings,
    ieps,
    notices: { notices: notices.notices, safeguardsDeliveries: notices.safeguardsDeliveries },
    documents,
    implementers: {
      assignments: assignments.map(presentAssignment),
      reviews: reviews.map(presentReview),
      reviewRequests: reviewRequests.map(presentRequest),
    },
    serviceSessions: sessions.map((s) => presentSession(s, readOnly)),
    escalations: escalations.escalations,
    recordsRequests: requests.map((r) => ({ ...r, copiesMade: copies.get(r.id) ?? [] })),
    disclosures: disclosures.map(toDisclosureView),
    // The steps are the reader's on the amendments page; the record offers none.
    amendments: amendments.map((r) =>
      amendmentView
        .omit({ actions: true })
        .parse(toAmendmentView(r, statementList, noSteps, records.asOf)),
    ),
    destruction: {
      informedOn: destruction.informedOn,
      informedHow: destruction.informedHow,
      informedGuardianName: destruction.informedGuardianName,
      noticeEmailStatus: destruction.noticeEmailStatus,
      requestedOn: destruction.requestedOn,
      requestChannel: destruction.requestChannel,
      requester: destruction.requester,
      requesterName: destruction.requesterName,
    },
    // 34 CFR 300.620(b): each statement is kept with the record it is attached to.
    statements: statementList.map((row) => {
      const statement = toStatementView(row);
      const placement = recordTypePlacement[statement.recordType];
      return { ...statement, section: 'section' in placement ? placement.section : 'amendments' };
    }),
  };
}

/**
 * Every IEP with every version the reader may see, content included (the iep module decides
 * which: drafts are the committee's). An IEP with no version the reader may see is left out.
 */
async function readIeps(records: StudentRecords, studentId: string, purpose: Purpose) {
  const grant = await grantIepRead(records, studentId, purpose);
  const { level } = await studentFacts(records, studentId);
  const ids = await records.tx
    .selectFrom('ieps')
    .where('student_id', '=', studentId)
    .select('id')
    .orderBy('created_at', 'desc')
    .orderBy('id')
    .execute();
  const ieps: CompleteRecordSections['ieps'] = [];
  for (const { id } of ids) {
    const detail = await readIep(records, studentId, id, grant);
    const shown = new Set(detail.versions.map((v) => v.id));
    const versions = (await loadVersions(records, id))
      .filter((row) => shown.has(row.id))
      .map((row) => presentVersion(row, level));
    if (versions.length === 0) continue;
    ieps.push({
      iep: {
        id: detail.id,
        committee: detail.committee,
        createdAt: detail.createdAt,
        events: detail.events,
      },
      versions,
    });
  }
  return ieps;
}
