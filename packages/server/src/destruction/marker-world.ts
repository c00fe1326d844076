import type { Database } from '../db/database.ts';
import type { Fixture } from '../testing/fixtures.ts';
import { todayInNewYork } from '../clock.ts';
import { insertAssignment, insertReview } from '../distribution/test-support.ts';
import { insertEscalation, readyForEscalation } from '../escalations/test-support.ts';
import { grantConsent, insertIep } from '../iep/test-support.ts';
import { insertRecordsRequest } from '../records-requests/test-support.ts';
import { insertServedIep, insertSession, testService } from '../services/test-support.ts';
import { insertAmendmentRequest } from '../amendments/test-support.ts';

/**
 * The marker test's world (ADR 0004, "The marker test"): a child with a row in every table of
 * the field catalog, set up directly in the database (database.db bypasses row-level security,
 * so every row names the child's district). Not used by the product.
 *
 * Adding a table: add a row maker below that names the table in `tables` and inserts at least
 * one row of the child (the test fails when a catalog table has none).
 */

const SETUP = '00000000-0000-4000-8000-0000000000aa';

export interface MarkerWorld {
  database: Database;
  fixture: Fixture;
  districtId: string;
  childId: string;
  siblingId: string;
  /** Filled by the makers, for the makers after them. */
  ids: Record<string, string>;
}

export interface RowMaker {
  /** The catalog tables this maker gives the child rows in. */
  tables: readonly string[];
  add: (w: MarkerWorld) => Promise<void>;
}

const ins = <T>(w: MarkerWorld, run: (db: Database['db']) => Promise<T>) => run(w.database.db);

/** In order: later makers use the ids earlier ones keep. */
export const rowMakers: readonly RowMaker[] = [
  {
    // The fixture's child: the student, the parent account's guardian (linked only to this
    // child), the enrollment and implementer assignments of the district's staff.
    tables: ['students', 'guardians', 'student_guardians', 'accounts', 'enrollments'],
    add: async (w) => {
      await ins(w, (db) =>
        db
          .updateTable('guardians')
          .set({ email: 'parent@family.test', phone: '555-0100', address: '1 Home St' })
          .where('id', '=', w.fixture.guardians.own)
          .execute(),
      );
    },
  },
  {
    tables: ['sign_in_failures'],
    add: (w) =>
      ins(w, (db) =>
        db
          .insertInto('sign_in_failures')
          .values({ account_id: w.fixture.accounts.parent.accountId })
          .execute()
          .then(() => undefined),
      ),
  },
  {
    // A superseded and a final IEP (so iep_services rows exist), and a draft, each with its
    // meeting and the finals' documents.
    tables: ['meetings', 'ieps', 'iep_versions', 'iep_services', 'documents'],
    add: async (w) => {
      const db = w.database.db;
      await insertIep(db, w.childId, { status: 'final', createdAt: '2025-11-20T12:00:00Z' });
      const { serviceId } = await readyForEscalation(w.database, w.childId);
      const current = await db
        .selectFrom('iep_versions')
        .where('student_id', '=', w.childId)
        .where('status', '=', 'final')
        .select(['id', 'iep_id', 'meeting_id'])
        .executeTakeFirstOrThrow();
      w.ids.iepId = current.iep_id;
      w.ids.versionId = current.id;
      w.ids.meetingId = current.meeting_id!;
      w.ids.serviceId = serviceId;
      await insertIep(db, w.childId, { status: 'draft' });
    },
  },
  {
    tables: ['implementer_assignments', 'iep_reviews', 'review_requests', 'staff_notifications'],
    add: async (w) => {
      const db = w.database.db;
      const teacher = w.fixture.accounts.teacher.staffId!;
      const assignmentId = await insertAssignment(db, {
        studentId: w.childId,
        iepId: w.ids.iepId!,
        staffId: w.fixture.accounts.paraprofessional.staffId!,
        role: 'paraprofessional',
      });
      const reviewId = await insertReview(db, {
        studentId: w.childId,
        iepId: w.ids.iepId!,
        versionId: w.ids.versionId!,
        assignmentId,
        reviewedBy: teacher,
        kind: 'teacher-with-paraprofessional',
      });
      await db
        .insertInto('review_requests')
        .values({
          district_id: w.districtId,
          student_id: w.childId,
          iep_id: w.ids.iepId!,
          assignment_id: assignmentId,
          teacher_staff_id: teacher,
          note: 'Please review',
          review_id: reviewId,
          closed_at: new Date(),
        })
        .execute();
      const n = await db
        .insertInto('staff_notifications')
        .values({
          district_id: w.districtId,
          staff_id: teacher,
          student_id: w.childId,
          kind: 'review-requested',
          subject_id: reviewId,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      w.ids.notificationId = n.id;
    },
  },
  {
    tables: ['service_sessions'],
    add: async (w) => {
      const sessionId = await insertSession(w.database.db, {
        studentId: w.childId,
        serviceId: w.ids.serviceId!,
        providerStaffId: w.fixture.accounts.provider.staffId!,
        date: '2026-12-02',
      });
      await w.database.db
        .updateTable('service_sessions')
        .set({ voided_at: new Date(), voided_by: SETUP, void_reason: 'Wrong day' })
        .where('id', '=', sessionId)
        .execute();
    },
  },
  {
    tables: ['escalations'],
    add: async (w) => {
      w.ids.escalationId = (await insertEscalation(w.database, w.childId)).escalationId;
    },
  },
  {
    tables: ['notices', 'safeguards_deliveries', 'email_outbox'],
    add: async (w) => {
      const db = w.database.db;
      const document = await db
        .insertInto('documents')
        .values({
          district_id: w.districtId,
          student_id: w.childId,
          kind: 'prior-written-notice',
          title: 'Notice',
          language: 'en',
          media_type: 'text/plain',
          content: new TextEncoder().encode('A notice, as sent.'),
          source: 'notice',
          source_id: null,
          created_by: SETUP,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      const guardian = w.fixture.guardians.own;
      const [sent] = await db
        .insertInto('notices')
        .values([
          {
            district_id: w.districtId,
            student_id: w.childId,
            kind: 'prior-written-notice',
            proposal: 'proposes',
            content: JSON.stringify({ description: 'We propose' }),
            status: 'sent',
            guardian_id: guardian,
            native_language: 'en',
            language: 'en',
            translation_needed: false,
            channel: 'email',
            address_used: 'parent@family.test',
            sent_on: '2026-11-21',
            sent_by: SETUP,
            document_id: document.id,
            created_by: SETUP,
            updated_by: SETUP,
          },
          {
            district_id: w.districtId,
            student_id: w.childId,
            kind: 'meeting-notice',
            content: JSON.stringify({ place: 'Room 1' }),
            created_by: SETUP,
            updated_by: SETUP,
          },
        ])
        .returning('id')
        .execute();
      const delivery = await db
        .insertInto('safeguards_deliveries')
        .values({
          district_id: w.districtId,
          student_id: w.childId,
          guardian_id: guardian,
          trigger: 'annual',
          delivered_on: '2026-11-21',
          channel: 'mail',
          address_used: '1 Home St',
          native_language: 'en',
          language: 'en',
          translation_needed: false,
          recorded_by: SETUP,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await db
        .insertInto('email_outbox')
        .values([
          {
            district_id: w.districtId,
            student_id: w.childId,
            notice_id: sent!.id,
            document_id: document.id,
            to_address: 'parent@family.test',
            subject: 'Notice',
            body: 'Attached',
            status: 'sent',
            attempted_at: new Date(),
            result: 'message id',
            created_by: SETUP,
          },
          {
            district_id: w.districtId,
            student_id: w.childId,
            safeguards_delivery_id: delivery.id,
            escalation_id: w.ids.escalationId!,
            notification_id: w.ids.notificationId!,
            to_address: 'parent@family.test',
            subject: 'Safeguards',
            body: 'Your rights',
            created_by: SETUP,
          },
        ])
        .execute();
    },
  },
  {
    tables: ['consents', 'consent_states', 'consent_efforts', 'public_benefits_notifications'],
    add: async (w) => {
      const db = w.database.db;
      await grantConsent(db, w.childId, 'initial-services');
      const disclosure = await db
        .insertInto('consents')
        .values({
          district_id: w.districtId,
          student_id: w.childId,
          type: 'disclosure',
          requested_on: '2026-11-20',
          request_method: 'mail',
          description: 'Release records',
          recipient_kind: 'transition-agency',
          recipient_name: 'Agency',
          information_disclosed: 'The IEP',
          created_by: SETUP,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await db
        .insertInto('consent_efforts')
        .values({
          district_id: w.districtId,
          consent_id: disclosure.id,
          kind: 'call',
          on_date: '2026-11-20',
          made_by: 'A caller',
          result: 'No answer',
          recorded_by: SETUP,
        })
        .execute();
      await db
        .insertInto('consents')
        .values({
          district_id: w.districtId,
          student_id: w.childId,
          type: 'private-insurance',
          requested_on: '2026-11-20',
          request_method: 'mail',
          insurance_use: 'Speech therapy claims',
          created_by: SETUP,
        })
        .execute();
      await db
        .insertInto('public_benefits_notifications')
        .values({
          district_id: w.districtId,
          student_id: w.childId,
          notified_on: '2026-11-20',
          method: 'mail',
          recorded_by: SETUP,
        })
        .execute();
    },
  },
  {
    tables: ['referrals', 'referral_interventions', 'referral_withdrawals'],
    add: async (w) => {
      const db = w.database.db;
      const referral = await db
        .insertInto('referrals')
        .values({
          district_id: w.districtId,
          student_id: w.childId,
          referrer_kind: 'physician',
          referrer_name: 'Dr. Referrer',
          reason: 'Reading',
          submitted_on: '2026-09-10',
          status: 'withdrawn',
          designee_name: 'Designee',
          designee_decided_on: '2026-09-11',
          designee_decision: 'refer',
          designee_note: 'Refer',
          received_on: '2026-09-11',
          no_interventions_reason: 'None tried',
          admin_meeting_requested_on: '2026-09-12',
          admin_meeting_held_on: '2026-09-15',
          admin_meeting_outcome: 'withdraw-referral',
          created_by: SETUP,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await db
        .insertInto('referral_interventions')
        .values({
          district_id: w.districtId,
          referral_id: referral.id,
          intervention: 'Reading group',
          tier: 2,
          starts_on: '2026-09-01',
          outcome: 'Some progress',
          recorded_by: SETUP,
        })
        .execute();
      await db
        .insertInto('referral_withdrawals')
        .values({
          district_id: w.districtId,
          referral_id: referral.id,
          agreed_on: '2026-09-15',
          language: 'en',
          services: JSON.stringify([{ service: 'Tutoring', duration: '8 weeks' }]),
          chairperson_copy_on: '2026-09-15',
          referrer_copy_on: '2026-09-15',
          parent_copy_on: '2026-09-15',
          recorded_by: SETUP,
        })
        .execute();
    },
  },
  {
    tables: [
      'evaluations',
      'evaluation_components',
      'iee_requests',
      'meeting_members',
      'full_committee_review_requests',
    ],
    add: async (w) => {
      const db = w.database.db;
      const evaluation = await db
        .insertInto('evaluations')
        .values({
          district_id: w.districtId,
          student_id: w.childId,
          kind: 'initial',
          completed_on: '2026-11-01',
          eligible: true,
          classification: 'learning-disability',
          eligibility_decided_on: '2026-11-20',
          eligibility_meeting_id: w.ids.meetingId!,
          created_by: SETUP,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await db
        .insertInto('evaluation_components')
        .values({
          district_id: w.districtId,
          evaluation_id: evaluation.id,
          component: 'psychological',
          evaluator: 'Evaluator',
          status: 'completed',
          report_on: '2026-10-30',
          summary: 'Findings',
        })
        .execute();
      await db
        .insertInto('iee_requests')
        .values({
          district_id: w.districtId,
          student_id: w.childId,
          evaluation_id: evaluation.id,
          received_on: '2026-11-25',
          disagreement: 'Disagree',
          created_by: SETUP,
        })
        .execute();
      await db
        .insertInto('meeting_members')
        .values({
          district_id: w.districtId,
          meeting_id: w.ids.meetingId!,
          position: 1,
          full_name: 'Parent Member',
          role: 'parent',
          attended: false,
          excusal: 'Excused in writing',
        })
        .execute();
      await db
        .insertInto('full_committee_review_requests')
        .values({
          district_id: w.districtId,
          student_id: w.childId,
          meeting_id: w.ids.meetingId!,
          received_on: '2026-11-22',
          created_by: SETUP,
        })
        .execute();
    },
  },
  {
    // A records request, answered (an open one would stop the destruction), with the copy
    // made for it and its event.
    tables: ['records_requests', 'record_copies', 'case_events'],
    add: async (w) => {
      const db = w.database.db;
      const requestId = await insertRecordsRequest(db, w.childId);
      await db
        .updateTable('records_requests')
        .set({
          status: 'withdrawn',
          withdrawn_on: todayInNewYork(),
          explanations_given_on: todayInNewYork(),
          explanations_given_by: SETUP,
        })
        .where('id', '=', requestId)
        .execute();
      await db
        .insertInto('record_copies')
        .values({
          district_id: w.districtId,
          student_id: w.childId,
          request_id: requestId,
          made_on: todayInNewYork(),
          pages: 12,
          per_page_cents: 10,
          fee_waived: true,
          fee_cents: 0,
          recorded_by: SETUP,
        })
        .execute();
      await db
        .insertInto('case_events')
        .values({
          district_id: w.districtId,
          student_id: w.childId,
          type: 'referral-received',
          occurred_on: '2026-09-11',
          details: JSON.stringify({ note: 'Received' }),
          source: 'referral',
          recorded_by: SETUP,
          voided_at: new Date(),
          voided_by: SETUP,
          void_reason: 'Entered twice',
        })
        .execute();
    },
  },
  {
    // Groups of states, so every column of a request holds a value in one of them.
    tables: ['amendment_requests', 'amendment_statements'],
    add: async (w) => {
      const db = w.database.db;
      const kept = await insertAmendmentRequest(db, w.childId, 'hearing-kept');
      await insertAmendmentRequest(db, w.childId, 'hearing-amended');
      await insertAmendmentRequest(db, w.childId, 'withdrawn');
      const statement = await db
        .insertInto('amendment_statements')
        .values({
          district_id: w.districtId,
          student_id: w.childId,
          amendment_request_id: kept,
          record_type: 'evaluation',
          statement: 'My child was ill on the day of the test.',
          received_on: '2026-10-01',
          channel: 'online',
          added_by: SETUP,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      w.ids.statementId = statement.id;
    },
  },
  {
    // Disclosures under an exception, one of them a crime report (the only kind with a FERPA
    // provision), each with the child's statement disclosed with it.
    tables: ['disclosures'],
    add: async (w) => {
      const common = {
        district_id: w.districtId,
        student_id: w.childId,
        disclosed_on: '2026-10-01',
        party_name: 'Regional BOCES',
        purpose: 'Related services',
        record_types: ['iep'],
        description: 'The IEP.',
        statement_ids: [w.ids.statementId!],
        citation: '34 CFR 300.622',
        recorded_by: SETUP,
      };
      await w.database.db
        .insertInto('disclosures')
        .values([
          {
            ...common,
            party_kind: 'participating-agency-official',
            basis: 'participating-agency-official',
            for_part_b: true,
          },
          {
            ...common,
            party_kind: 'crime-report-authority',
            basis: 'crime-report',
            for_part_b: false,
            ferpa_authority: '34 CFR 99.31',
          },
        ])
        .execute();
    },
  },
  {
    // A group session of the child and the sibling, voided (so its reason holds a value): it
    // stays for the sibling, without the child's session (34 CFR 300.615).
    tables: ['session_groups'],
    add: async (w) => {
      const db = w.database.db;
      const group = await db
        .insertInto('session_groups')
        .values({
          district_id: w.districtId,
          provider_staff_id: w.fixture.accounts.provider.staffId!,
          session_date: '2026-12-03',
          status: 'delivered',
          minutes: 30,
          location: 'Room 12',
          note: 'Turn-taking game',
          recorded_by: SETUP,
          voided_by: SETUP,
          voided_at: new Date(),
          void_reason: 'Wrong day',
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      const { serviceIds } = await insertServedIep(db, w.siblingId, '2026-09-08', [
        testService('2026-09-08'),
      ]);
      const members = [
        { studentId: w.childId, serviceId: w.ids.serviceId! },
        { studentId: w.siblingId, serviceId: serviceIds[0]! },
      ];
      for (const member of members) {
        const sessionId = await insertSession(db, {
          ...member,
          providerStaffId: w.fixture.accounts.provider.staffId!,
          date: '2026-12-03',
        });
        await db
          .updateTable('service_sessions')
          .set({ group_id: group.id, group_size: 2 })
          .where('id', '=', sessionId)
          .execute();
      }
      w.ids.groupId = group.id;
    },
  },
];

/** The sibling, who shares a parent with the child: a few rows of its own to keep. */
export async function addSiblingRows(w: MarkerWorld): Promise<void> {
  const db = w.database.db;
  const shared = await db
    .insertInto('guardians')
    .values({
      district_id: w.districtId,
      full_name: 'Shared Parent',
      email: 'shared@family.test',
      phone: '555-0199',
      address: '2 Other St',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  w.ids.sharedGuardianId = shared.id;
  await db
    .insertInto('student_guardians')
    .values([
      {
        district_id: w.districtId,
        student_id: w.childId,
        guardian_id: shared.id,
        relationship: 'father',
      },
      {
        district_id: w.districtId,
        student_id: w.siblingId,
        guardian_id: shared.id,
        relationship: 'father',
      },
    ])
    .execute();
  await db
    .insertInto('documents')
    .values({
      district_id: w.districtId,
      student_id: w.siblingId,
      kind: 'iep',
      title: 'Sibling IEP',
      language: 'en',
      media_type: 'text/plain',
      content: new TextEncoder().encode('The sibling’s document.'),
      source: 'iep-version',
      created_by: SETUP,
    })
    .execute();
  await db
    .insertInto('case_events')
    .values({
      district_id: w.districtId,
      student_id: w.siblingId,
      type: 'referral-received',
      occurred_on: '2026-09-11',
      details: JSON.stringify({ note: 'Sibling' }),
      source: 'referral',
      recorded_by: SETUP,
    })
    .execute();
}
