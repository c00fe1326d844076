import { iep as iepRules } from '@continuum/rules';
import type { IepContent } from '@continuum/rules/iep/index.ts';
import type { Database } from '../db/database.ts';

/**
 * Records the IEP tests and access rows set up directly in the database (database.db bypasses
 * row-level security, so every row names the student's own district). Not used by the product.
 */

const SETUP_ACCOUNT = '00000000-0000-4000-8000-0000000000aa';

export const iepTestDates = {
  meetingDate: '2026-11-20',
  projectedImplementationDate: '2026-12-01',
  annualReviewDate: '2027-11-19',
  reevaluationDate: '2029-11-19',
} as const;

/** Content with every area a fourth grader's IEP needs (the fixture's students are in grade 4). */
export function completeIepContent(over: Partial<IepContent> = {}): IepContent {
  return {
    ...iepRules.emptyIepContent(),
    classification: 'learning-disability',
    presentLevels: {
      academic: 'Reads two grades below level.',
      social: 'Works well in small groups.',
      physical: 'No needs.',
      management: 'Needs refocusing prompts.',
    },
    effectOnProgress: 'Decoding difficulties slow progress in grade-level reading.',
    goals: [
      {
        area: 'reading',
        goal: 'Will decode multisyllabic words.',
        criteria: '80% accuracy over 3 probes',
        method: 'curriculum-based measurement',
        schedule: 'quarterly, with report cards',
      },
    ],
    services: [
      {
        program: 'special-class-12-1-1',
        service: '',
        frequency: 1,
        period: 'day',
        durationMinutes: 240,
        location: 'Room 104',
        groupSize: 12,
        startDate: '2026-12-01',
        endDate: '2027-11-19',
        twelveMonth: false,
      },
    ],
    generalEducationPercent: 30,
    leastRestrictiveEnvironment: 'Needs a small class for reading and math; joins peers otherwise.',
    equipment: { needed: false, description: '' },
    testingAccommodations: {
      none: false,
      items: [{ accommodation: 'extended time (1.5x)', conditions: 'all tests' }],
    },
    promotionCriteria: {
      alternateAssessment: false,
      ela: 'standard',
      math: 'standard',
      modifiedCriteria: '',
    },
    ...over,
  };
}

export async function districtOf(db: Database['db'], studentId: string): Promise<string> {
  const row = await db
    .selectFrom('students')
    .where('id', '=', studentId)
    .select('district_id')
    .executeTakeFirstOrThrow();
  return row.district_id;
}

/** A CSE meeting held on the test dates' meeting day. */
export async function insertHeldMeeting(db: Database['db'], studentId: string): Promise<string> {
  const districtId = await districtOf(db, studentId);
  const row = await db
    .insertInto('meetings')
    .values({
      district_id: districtId,
      student_id: studentId,
      committee: 'cse',
      purpose: 'initial',
      scheduled_on: iepTestDates.meetingDate,
      scheduled_time: '09:00',
      place: 'Room 1',
      status: 'held',
      held_on: iepTestDates.meetingDate,
      parent_participation: 'in-person',
      created_by: SETUP_ACCOUNT,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/**
 * An IEP with one version: a complete draft linked to a held meeting, or that version final
 * (with a stored document, as finalizing leaves it). `createdAt` orders a student's IEPs.
 */
export async function insertIep(
  db: Database['db'],
  studentId: string,
  options: {
    status: 'draft' | 'final';
    content?: IepContent;
    createdAt?: string;
    /** Dates other than the test dates (a final version's cannot change once inserted). */
    dates?: Partial<Record<keyof typeof iepTestDates, string>>;
  },
): Promise<{ iepId: string; versionId: string; meetingId: string }> {
  const districtId = await districtOf(db, studentId);
  const dates = { ...iepTestDates, ...options.dates };
  const meetingId = await insertHeldMeeting(db, studentId);
  const iep = await db
    .insertInto('ieps')
    .values({
      district_id: districtId,
      student_id: studentId,
      committee: 'cse',
      created_by: SETUP_ACCOUNT,
      ...(options.createdAt && { created_at: options.createdAt }),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const final = options.status === 'final';
  const document = final
    ? await db
        .insertInto('documents')
        .values({
          district_id: districtId,
          student_id: studentId,
          kind: 'iep',
          title: 'IEP, version 1',
          language: 'en',
          content: new TextEncoder().encode('%PDF-1.4 test'),
          source: 'iep-version',
          source_id: null,
          created_by: SETUP_ACCOUNT,
        })
        .returning('id')
        .executeTakeFirstOrThrow()
    : null;
  if (final) {
    // One IEP in effect per student: an earlier final gives way, as finalizing does.
    await db
      .updateTable('iep_versions')
      .set({ status: 'superseded', superseded_at: new Date() })
      .where('student_id', '=', studentId)
      .where('status', '=', 'final')
      .execute();
  }
  const version = await db
    .insertInto('iep_versions')
    .values({
      district_id: districtId,
      iep_id: iep.id,
      student_id: studentId,
      number: 1,
      status: options.status,
      content: JSON.stringify(options.content ?? completeIepContent()),
      meeting_id: meetingId,
      meeting_date: dates.meetingDate,
      projected_implementation_date: dates.projectedImplementationDate,
      annual_review_date: dates.annualReviewDate,
      reevaluation_date: dates.reevaluationDate,
      saved_by: SETUP_ACCOUNT,
      created_by: SETUP_ACCOUNT,
      ...(final && {
        finalized_by: SETUP_ACCOUNT,
        finalized_at: new Date(),
        document_id: document!.id,
      }),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { iepId: iep.id, versionId: version.id, meetingId };
}

/** The parent's written consent of one type, granted. */
export async function grantConsent(
  db: Database['db'],
  studentId: string,
  type: 'initial-services',
): Promise<void> {
  const districtId = await districtOf(db, studentId);
  const consent = await db
    .insertInto('consents')
    .values({
      district_id: districtId,
      student_id: studentId,
      type,
      requested_on: '2026-11-20',
      request_method: 'in-person',
      created_by: SETUP_ACCOUNT,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('consent_states')
    .values([
      {
        district_id: districtId,
        consent_id: consent.id,
        seq: 1,
        state: 'requested',
        on_date: '2026-11-20',
        recorded_by: SETUP_ACCOUNT,
      },
      {
        district_id: districtId,
        consent_id: consent.id,
        seq: 2,
        state: 'granted',
        on_date: '2026-11-21',
        written: true,
        recorded_by: SETUP_ACCOUNT,
      },
    ])
    .execute();
}
