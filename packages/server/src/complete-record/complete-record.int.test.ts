import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { FastifyInstance } from 'fastify';
import { completeRecordOutline, createTranslator } from '@continuum/web';
import { RECORDS_CITATIONS } from '@continuum/rules/records/index.ts';
import { buildApp } from '../http/app.ts';
import type { Database } from '../db/database.ts';
import { todayInNewYork } from '../clock.ts';
import { schoolDaysAgo } from '../services/test-support.ts';
import { openTestDatabase } from '../testing/test-database.ts';
import { testConfig } from '../testing/test-config.ts';
import type { Fixture } from '../testing/fixtures.ts';
import { createFixture } from '../testing/fixtures.ts';
import type { TestSession } from '../testing/sign-in.ts';
import { signInAsRole } from '../testing/sign-in.ts';
import { referralBodies } from '../referrals/access.rows.ts';
import { insertConsent, insertEvaluation } from '../evaluations/test-records.ts';
import { insertMeeting } from '../meetings/test-records.ts';
import {
  insertAssignment,
  insertReview,
  insertStaff,
  studentWithIep,
} from '../distribution/test-support.ts';
import {
  insertServedIep,
  insertSession,
  storeTestCalendar,
  testService,
} from '../services/test-support.ts';
import { insertEscalation } from '../escalations/test-support.ts';
import { insertGroupChild } from '../services/group-test-support.ts';
import type { GroupView } from '../services/schemas.ts';
import { insertAmendmentRequest } from '../amendments/test-support.ts';
import type { DisclosureView } from '../disclosures/schemas.ts';
import type { AmendmentView } from '../amendments/schemas.ts';
import { recordTypePlacement } from './sections.ts';
import { completeRecordDocument } from './render-complete-record.ts';
import type { CompleteRecord, FeeSchedules, RecordCopyView } from './schemas.ts';
import type { RecordsRequestView } from '../records-requests/schemas.ts';

/**
 * A child's complete record (34 CFR 300.613) through the API and the pages: every section holds
 * what its module holds for the child, another child's records never appear (not in the JSON,
 * the page or the copy), every record type read is logged, and the fee for copies follows the
 * rules (300.617).
 */
const today = todayInNewYork();

let database: Database;
let app: FastifyInstance;
let fixture: Fixture;
let parent: TestSession;
let officer: TestSession;
let admin: TestSession;
let childId: string;
let sibling: { studentId: string; name: string; number: string; referralId: string };
/** A child of another family who shared a group session with the child (34 CFR 300.615). */
let groupmate: { studentId: string; number: string; sessionIds: string[]; groupId: string };
const planted: Record<string, string> = {};

const inject = (s: TestSession, method: 'GET' | 'POST', url: string, payload?: object) =>
  app.inject({ method, url, headers: s.headers, ...(payload && { payload }) });
const ok = async <T>(
  s: TestSession,
  method: 'GET' | 'POST',
  url: string,
  status: number,
  payload?: object,
) => {
  const response = await inject(s, method, url, payload);
  assert.equal(response.statusCode, status, response.body);
  return response.json<T>();
};

before(async () => {
  database = await openTestDatabase();
  fixture = await createFixture(database);
  await storeTestCalendar(database.db, fixture.districtId);
  app = await buildApp({ database, config: testConfig() });
  parent = await signInAsRole(app, fixture, 'parent');
  officer = await signInAsRole(app, fixture, 'privacy-officer');
  admin = await signInAsRole(app, fixture, 'district-admin');
  childId = fixture.students.own;
  const { db } = database;

  // The child's case, one record of each kind.
  planted.referral = (
    await ok<{ referral: { id: string } }>(
      admin,
      'POST',
      `/api/students/${childId}/referrals`,
      201,
      {
        ...referralBodies.create,
        reason: 'CHILD-REFERRAL-MARKER',
      },
    )
  ).referral.id;
  await insertConsent(database, childId, 'initial-evaluation');
  planted.evaluation = (await insertEvaluation(database, childId, { reported: true })).evaluationId;
  planted.meeting = (await insertMeeting(database, childId, { held: true })).meetingId;
  // The IEP takes effect some school days ago, so a group session can be logged on a past one.
  const takesEffectOn = schoolDaysAgo(10);
  const service = testService(takesEffectOn);
  const iep = await insertServedIep(db, childId, takesEffectOn, [service]);
  planted.iep = iep.iepId;
  const provider = await insertStaff(db, fixture.districtId, {
    roles: ['provider'],
    name: 'Pat Provider',
  });
  const assignmentId = await insertAssignment(db, {
    studentId: childId,
    iepId: iep.iepId,
    staffId: provider.staffId,
    role: 'related-service-provider',
  });
  planted.assignment = assignmentId;
  planted.review = await insertReview(db, {
    studentId: childId,
    iepId: iep.iepId,
    versionId: iep.versionId,
    assignmentId,
    reviewedBy: fixture.accounts['program-leader'].staffId!,
  });
  planted.session = await insertSession(db, {
    studentId: childId,
    serviceId: iep.serviceIds[0]!,
    providerStaffId: provider.staffId,
    date: today,
  });
  planted.escalation = (await insertEscalation(database, childId)).escalationId;
  // A group session with a child of another family: the child's record says "with 1 other
  // child" and nothing else of them (34 CFR 300.615). Logged through the product's use case.
  const groupNumber = 'GRPX7731';
  const mate = await insertGroupChild(db, fixture, {
    studentNumber: groupNumber,
    takesEffectOn,
    implementers: [],
  });
  const group = await ok<GroupView>(admin, 'POST', '/api/group-sessions', 201, {
    date: schoolDaysAgo(1),
    status: 'delivered',
    minutes: 30,
    location: 'Speech room',
    providerStaffId: provider.staffId,
    note: `Turn-taking with First${groupNumber}: GROUP-NOTE-MARKER.`,
    members: [
      { studentId: childId, serviceId: iep.serviceIds[0]! },
      { studentId: mate.studentId, serviceId: mate.serviceId },
    ],
  });
  planted.groupSession = group.members.find((m) => m.studentId === childId)!.sessionId;
  groupmate = {
    studentId: mate.studentId,
    number: groupNumber,
    sessionIds: group.members.filter((m) => m.studentId !== childId).map((m) => m.sessionId),
    groupId: group.id,
  };
  // A request to amend the evaluation, kept after a hearing, and the parent's statement on it
  // (34 CFR 300.618-300.620); then a disclosure of the evaluation, which carries the statement.
  planted.amendment = await insertAmendmentRequest(db, childId, 'hearing-kept');
  planted.statement = (
    await ok<AmendmentView>(
      parent,
      'POST',
      `/api/students/${childId}/amendments/${planted.amendment}/statements`,
      201,
      { statement: 'CHILD-STATEMENT-MARKER: the reading score was measured on a bad day.' },
    )
  ).statements[0]!.id;
  const disclosure = await ok<DisclosureView>(
    officer,
    'POST',
    `/api/students/${childId}/disclosures`,
    201,
    {
      disclosedOn: today,
      partyKind: 'participating-agency-official',
      partyName: 'CHILD-DISCLOSURE-PARTY BOCES',
      purpose: 'To provide the related services in the IEP.',
      recordTypes: ['evaluation'],
      description: 'The evaluation report.',
      forPartB: true,
    },
  );
  planted.disclosure = disclosure.id;
  assert.deepEqual(disclosure.statementIds, [planted.statement]);
  // The parent is told the information is no longer needed (34 CFR 300.624).
  await ok(officer, 'POST', `/api/students/${childId}/destruction/informed`, 201, {
    guardianId: fixture.guardians.own,
    how: 'mail',
    informedOn: today,
  });
  await ok(admin, 'POST', `/api/students/${childId}/notices/safeguards-deliveries`, 201, {
    guardianId: fixture.guardians.own,
    trigger: 'parent-request',
    requestedOn: today,
    deliveredOn: today,
    channel: 'in-person',
  });
  planted.request = (
    await ok<RecordsRequestView>(parent, 'POST', `/api/students/${childId}/records-requests`, 201, {
      inspect: true,
      explanations: true,
      copies: true,
    })
  ).id;

  // A sibling: the same parent, their own case. None of it may appear in the child's record.
  const other = await studentWithIep(
    db,
    { districtId: fixture.districtId, siteId: fixture.siteA },
    today,
  );
  await db
    .insertInto('student_guardians')
    .values({
      district_id: fixture.districtId,
      student_id: other.studentId,
      guardian_id: fixture.guardians.own,
      relationship: 'mother',
    })
    .execute();
  const number = await db
    .selectFrom('students')
    .where('id', '=', other.studentId)
    .select('student_number')
    .executeTakeFirstOrThrow();
  const siblingReferral = await ok<{ referral: { id: string } }>(
    admin,
    'POST',
    `/api/students/${other.studentId}/referrals`,
    201,
    { ...referralBodies.create, reason: 'SIBLING-REFERRAL-MARKER' },
  );
  await insertEscalation(database, other.studentId);
  sibling = {
    studentId: other.studentId,
    name: other.name,
    number: number.student_number,
    referralId: siblingReferral.referral.id,
  };
  // The sibling's record is read too, so the access log holds rows about them.
  await ok(parent, 'GET', `/api/students/${other.studentId}/complete-record`, 200);
});
after(async () => {
  await app?.close();
  await database?.close();
});

/** Whatever identifies the sibling: none of it may appear in the child's record. */
const siblingMarks = () => [
  sibling.studentId,
  sibling.name.split(' ')[0]!,
  sibling.number,
  sibling.referralId,
  'SIBLING-REFERRAL-MARKER',
];
/** Whatever identifies the group session's other child, and the group's own note and id. */
const groupmateMarks = () => [
  groupmate.studentId,
  `First${groupmate.number}`,
  `Last${groupmate.number}`,
  groupmate.number,
  ...groupmate.sessionIds,
  groupmate.groupId,
  'GROUP-NOTE-MARKER',
];

describe('the complete record', () => {
  test('every record type is a section holding what its module holds for the child, or is excluded with a reason', async () => {
    const record = await ok<CompleteRecord>(
      parent,
      'GET',
      `/api/students/${childId}/complete-record`,
      200,
    );
    const s = record.sections;
    for (const [type, placement] of Object.entries(recordTypePlacement)) {
      if ('excluded' in placement) {
        assert.ok(placement.excluded.length > 20, `${type} says why it is excluded`);
        continue;
      }
      const section: unknown = s[placement.section];
      const filled = Array.isArray(section)
        ? section.length > 0
        : Object.values(section as object).some((v) =>
            Array.isArray(v) ? v.length > 0 : v !== null,
          );
      assert.ok(filled, `section ${placement.section} (${type}) holds the child's records`);
    }
    assert.equal(s.profile.id, childId);
    assert.ok(s.guardians.some((g) => g.id === fixture.guardians.own));
    assert.ok(s.enrollments.length > 0);
    assert.ok(s.caseTimeline.events.some((e) => e.type === 'records-request'));
    assert.ok(
      s.referrals.some((r) => r.id === planted.referral && r.reason === 'CHILD-REFERRAL-MARKER'),
    );
    assert.ok(s.consents.items.some((c) => c.type === 'initial-evaluation'));
    const evaluation = s.evaluations.items.find((e) => e.id === planted.evaluation);
    assert.ok(
      evaluation && evaluation.components.length > 0,
      'evaluations come with their components',
    );
    assert.ok(s.meetings.some((m) => m.id === planted.meeting && m.members.length > 0));
    const iep = s.ieps.find((i) => i.iep.id === planted.iep);
    assert.ok(
      iep && iep.versions.every((v) => v.content.services.length > 0),
      'every version with its content',
    );
    assert.ok(s.notices.safeguardsDeliveries.length > 0);
    assert.ok(s.documents.some((d) => d.kind === 'iep'));
    assert.ok(s.implementers.assignments.some((a) => a.id === planted.assignment));
    assert.ok(s.implementers.reviews.some((r) => r.id === planted.review));
    assert.ok(s.serviceSessions.some((x) => x.id === planted.session && !x.canVoid));
    assert.ok(s.escalations.some((e) => e.id === planted.escalation));
    assert.ok(s.recordsRequests.some((r) => r.id === planted.request));
    const amendment = s.amendments.find((a) => a.id === planted.amendment);
    assert.ok(amendment, 'the amendment request');
    assert.equal(amendment.status, 'hearing-kept');
    assert.ok(amendment.hearingSummary && amendment.decisionReason, 'its decision and hearing');
    assert.deepEqual(
      amendment.statements.map((st) => st.id),
      [planted.statement],
    );
    assert.ok(!('actions' in amendment), 'the record offers no steps');
    const disclosure = s.disclosures.find((d) => d.id === planted.disclosure);
    assert.ok(disclosure && disclosure.partyName === 'CHILD-DISCLOSURE-PARTY BOCES');
    assert.deepEqual(disclosure.statementIds, [planted.statement]);
    assert.equal(s.destruction.informedOn, today);
    assert.equal(s.destruction.informedHow, 'mail');
    assert.equal(s.destruction.requestedOn, null);
    // 34 CFR 300.620(b): the statement is kept with the record it is attached to.
    assert.deepEqual(
      record.statements.map((st) => [st.id, st.recordType, st.section]),
      [[planted.statement, 'evaluation', 'evaluations']],
    );
    const grouped = s.serviceSessions.find((x) => x.id === planted.groupSession);
    assert.deepEqual(grouped?.group, { otherChildren: 1, groupId: null });
    assert.ok(s.accessLog.every((e) => e.outcome === 'allowed'));
    assert.ok(s.accessLog.some((e) => e.purpose === 'request-records-inspection'));
    assert.equal(record.mayHandle, false, 'a parent records no copies');
  });

  test("another child's records never appear: not in the JSON, the page or the copy", async () => {
    const json = await inject(parent, 'GET', `/api/students/${childId}/complete-record`);
    const page = await inject(parent, 'GET', `/students/${childId}/complete-record`);
    assert.equal(page.statusCode, 200);
    assert.ok(page.body.includes('CHILD-REFERRAL-MARKER'), 'the page shows the child');
    const record = json.json<CompleteRecord>();
    // The copy's text is the document definition the PDF is rendered from.
    const i18n = createTranslator('en');
    const definition = completeRecordDocument(record, completeRecordOutline(i18n, record), {
      title: 'Complete record',
      stamp: 'stamp',
      pageOf: () => '',
      none: 'None.',
      statements: 'Statements',
    });
    const copyText = JSON.stringify(definition.content);
    assert.ok(copyText.includes('CHILD-REFERRAL-MARKER'), 'the copy shows the child');
    for (const marker of [
      'CHILD-DISCLOSURE-PARTY',
      'CHILD-STATEMENT-MARKER',
      'The reading score on page 3.',
      'with 1 other child',
    ]) {
      assert.ok(page.body.includes(marker), `the page shows ${marker}`);
      assert.ok(copyText.includes(marker), `the copy shows ${marker}`);
    }
    // 34 CFR 300.620(b): the statement shows with the evaluations it is attached to.
    const evaluationsSection = page.body.slice(
      page.body.indexOf('id="section-evaluations"'),
      page.body.indexOf('id="section-meetings"'),
    );
    assert.ok(evaluationsSection.includes('CHILD-STATEMENT-MARKER'), 'with the evaluations');
    for (const mark of [...siblingMarks(), ...groupmateMarks()]) {
      assert.ok(!json.body.includes(mark), `the JSON leaves out ${mark}`);
      assert.ok(!page.body.includes(mark), `the page leaves out ${mark}`);
      assert.ok(!copyText.includes(mark), `the copy leaves out ${mark}`);
    }
    const pdf = await inject(parent, 'GET', `/students/${childId}/complete-record/copy.pdf`);
    assert.equal(pdf.statusCode, 200);
    assert.equal(pdf.headers['content-type'], 'application/pdf');
    assert.equal(pdf.rawPayload.subarray(0, 5).toString(), '%PDF-');
  });

  test('each record type read is logged once with the purpose, and the copy as a download', async () => {
    const before = await database.db
      .selectFrom('access_log')
      .select((eb) => eb.fn.max('seq').as('max'))
      .executeTakeFirstOrThrow();
    await ok(officer, 'GET', `/api/students/${childId}/complete-record`, 200);
    const rows = await database.db
      .selectFrom('access_log')
      .where('seq', '>', Number(before.max))
      .where('purpose', '=', 'assemble-complete-record')
      .select(['record_type', 'action', 'student_id'])
      .execute();
    const assembled = Object.entries(recordTypePlacement)
      .filter(([, p]) => 'section' in p)
      .map(([t]) => t);
    assert.deepEqual([...new Set(rows.map((r) => r.record_type))].sort(), [...assembled].sort());
    assert.ok(rows.every((r) => r.student_id === childId && r.action === 'read'));
    const perType = (t: string) => rows.filter((r) => r.record_type === t).length;
    for (const t of assembled)
      if (t !== 'evaluation' && t !== 'meeting') assert.equal(perType(t), 1, `${t} is logged once`);

    const mark = await database.db
      .selectFrom('access_log')
      .select((eb) => eb.fn.max('seq').as('max'))
      .executeTakeFirstOrThrow();
    const pdf = await inject(parent, 'GET', `/students/${childId}/complete-record/copy.pdf`);
    assert.equal(pdf.statusCode, 200);
    const downloads = await database.db
      .selectFrom('access_log')
      .where('seq', '>', Number(mark.max))
      .where('action', '=', 'download')
      .select('record_type')
      .execute();
    assert.deepEqual(downloads.map((d) => d.record_type).sort(), [...assembled].sort());
  });

  test('who assembles it: the parent, the privacy officer and administrators; others related 403', async () => {
    for (const role of ['chairperson', 'teacher'] as const) {
      const s = await signInAsRole(app, fixture, role);
      const response = await inject(s, 'GET', `/api/students/${childId}/complete-record`);
      assert.equal(response.statusCode, 403, role);
    }
    const record = await ok<CompleteRecord>(
      officer,
      'GET',
      `/api/students/${childId}/complete-record`,
      200,
    );
    assert.equal(record.mayHandle, true);
  });
});

describe('copies and their fee (34 CFR 300.617)', () => {
  test('copies are free until the district sets a fee', async () => {
    const copy = await ok<RecordCopyView>(
      officer,
      'POST',
      `/api/students/${childId}/records-requests/${planted.request}/copies`,
      201,
      { madeOn: today, pages: 4, feePreventsAccess: false },
    );
    assert.equal(copy.feeCents, 0);
    assert.equal(copy.feeWaived, false);
  });

  test('a fee to search for or retrieve records is refused with the citation, and nothing is saved', async () => {
    for (const extra of [{ searchCents: 500 }, { retrievalCents: 1 }]) {
      const response = await inject(admin, 'POST', '/api/records/fee-schedule', {
        effectiveFrom: '2020-01-01',
        copyPerPageCents: 10,
        ...extra,
      });
      assert.equal(response.statusCode, 422, response.body);
      const body = response.json<{ error: { citation: string; fields: { path: string }[] } }>();
      assert.equal(body.error.citation, RECORDS_CITATIONS.fees);
      assert.deepEqual(
        body.error.fields.map((f) => f.path),
        Object.keys(extra),
      );
    }
    const fees = await ok<FeeSchedules>(officer, 'GET', '/api/records/fee-schedule', 200);
    assert.equal(fees.history.length, 0);
    const parentResponse = await inject(parent, 'POST', '/api/records/fee-schedule', {
      effectiveFrom: '2020-01-01',
      copyPerPageCents: 10,
    });
    assert.equal(parentResponse.statusCode, 403);
  });

  test('the per-page fee in force that day is charged, waived when the parent cannot pay, and shown on the request', async () => {
    await ok(officer, 'POST', '/api/records/fee-schedule', 201, {
      effectiveFrom: '2020-01-01',
      copyPerPageCents: 15,
      searchCents: 0,
    });
    const conflict = await inject(admin, 'POST', '/api/records/fee-schedule', {
      effectiveFrom: '2020-01-01',
      copyPerPageCents: 20,
    });
    assert.equal(conflict.statusCode, 409);
    const charged = await ok<RecordCopyView>(
      officer,
      'POST',
      `/api/students/${childId}/records-requests/${planted.request}/copies`,
      201,
      { madeOn: today, pages: 10, feePreventsAccess: false },
    );
    assert.equal(charged.feeCents, 150);
    assert.equal(charged.perPageCents, 15);
    const waived = await ok<RecordCopyView>(
      officer,
      'POST',
      `/api/students/${childId}/records-requests/${planted.request}/copies`,
      201,
      { madeOn: today, pages: 10, feePreventsAccess: true },
    );
    assert.equal(waived.feeCents, 0);
    assert.equal(waived.feeWaived, true);
    assert.match(waived.why, /Waived/);
    const list = await ok<{ requests: (RecordsRequestView & { copiesMade: RecordCopyView[] })[] }>(
      parent,
      'GET',
      `/api/students/${childId}/records-requests`,
      200,
    );
    const request = list.requests.find((r) => r.id === planted.request)!;
    assert.deepEqual(
      request.copiesMade.map((c) => c.feeCents),
      [0, 150, 0],
    );
    const refused = await inject(
      parent,
      'POST',
      `/api/students/${childId}/records-requests/${planted.request}/copies`,
      {
        madeOn: today,
        pages: 1,
        feePreventsAccess: false,
      },
    );
    assert.equal(refused.statusCode, 403);
  });

  test('providing the records records the explanations given, and by whom', async () => {
    const provided = await ok<RecordsRequestView>(
      officer,
      'POST',
      `/api/students/${childId}/records-requests/${planted.request}/provided`,
      200,
      { providedOn: today, how: 'Inspected at the office and explained.', explanationsGiven: true },
    );
    assert.equal(provided.explanationsGivenOn, today);
    assert.ok(
      provided.explanationsGivenBy && provided.explanationsGivenBy !== 'a district account',
    );
  });
});
