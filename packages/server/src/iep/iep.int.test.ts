import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { buildApp } from '../http/app.ts';
import type { Database } from '../db/database.ts';
import { openTestDatabase } from '../testing/test-database.ts';
import { testConfig } from '../testing/test-config.ts';
import type { Fixture } from '../testing/fixtures.ts';
import { createFixture, fixturePassword, fixtureTotpSecret } from '../testing/fixtures.ts';
import type { TestSession } from '../testing/sign-in.ts';
import { signInAs } from '../testing/sign-in.ts';
import {
  completeIepContent,
  grantConsent,
  iepTestDates,
  insertHeldMeeting,
  insertIep,
} from './test-support.ts';
import type { IepDetail, IepVersionView } from './schemas.ts';

let database: Database;
let app: FastifyInstance;
let fixture: Fixture;
let chair: TestSession;
let admin: TestSession;
let parent: TestSession;
let teacher: TestSession;

before(async () => {
  database = await openTestDatabase();
  fixture = await createFixture(database);
  app = await buildApp({ database, config: testConfig() });
  chair = await signInAs(app, fixture.accounts.chairperson.email, fixturePassword);
  admin = await signInAs(
    app,
    fixture.accounts['district-admin'].email,
    fixturePassword,
    fixtureTotpSecret,
  );
  parent = await signInAs(app, fixture.accounts.parent.email, fixturePassword);
  teacher = await signInAs(app, fixture.accounts.teacher.email, fixturePassword);
});
after(async () => {
  await app?.close();
  await database?.close();
});

const send = (
  session: TestSession,
  method: 'GET' | 'POST' | 'PUT',
  url: string,
  payload?: object,
) => app.inject({ method, url, headers: session.headers, ...(payload ? { payload } : {}) });

const base = () => `/api/students/${fixture.students.own}/ieps`;

async function startDraft(session = chair): Promise<IepDetail> {
  const response = await send(session, 'POST', base(), {});
  assert.equal(response.statusCode, 201, response.body);
  return response.json<IepDetail>();
}

function draftBody(
  version: Pick<IepVersionView, 'lockVersion'>,
  meetingId: string | null,
  content = completeIepContent(),
) {
  const { projectedImplementationDate, annualReviewDate, reevaluationDate } = iepTestDates;
  const dates = { projectedImplementationDate, annualReviewDate, reevaluationDate };
  return { lockVersion: version.lockVersion, meetingId, dates, content };
}

async function accessLog(purpose: string) {
  return database.db
    .selectFrom('access_log')
    .where('student_id', '=', fixture.students.own)
    .where('purpose', '=', purpose)
    .select(['record_type', 'action', 'outcome', 'actor_account_id'])
    .execute();
}

describe('an IEP from draft to final', () => {
  test('the chairperson starts a draft, saves it, finalizes it; the PDF is kept and the version is final', async () => {
    const started = await startDraft();
    assert.equal(started.draft?.status, 'draft');
    assert.equal(started.draft?.number, 1);
    assert.equal(started.committee, 'cse');
    const meetingId = await insertHeldMeeting(database.db, fixture.students.own);
    const saved = await send(
      chair,
      'PUT',
      `${base()}/${started.id}/draft`,
      draftBody(started.draft, meetingId),
    );
    assert.equal(saved.statusCode, 200, saved.body);
    const draft = saved.json<IepVersionView>();
    assert.equal(draft.lockVersion, started.draft.lockVersion + 1);
    assert.equal(draft.meetingDate, iepTestDates.meetingDate);
    assert.equal(draft.settingBand, 'inside-under-40', '30% of the day inside: under 40%');

    const finalized = await send(chair, 'POST', `${base()}/${started.id}/finalize`, {
      lockVersion: draft.lockVersion,
    });
    assert.equal(finalized.statusCode, 200, finalized.body);
    const detail = finalized.json<IepDetail>();
    assert.equal(detail.draft, null);
    assert.equal(detail.current?.status, 'final');
    assert.ok(detail.current?.documentId);
    const document = await database.db
      .selectFrom('documents')
      .where('id', '=', detail.current.documentId)
      .select(['kind', 'sha256', 'source', 'source_id', 'content'])
      .executeTakeFirstOrThrow();
    assert.equal(document.kind, 'iep');
    assert.equal(document.source_id, detail.current.id);
    assert.match(document.sha256, /^[0-9a-f]{64}$/);
    assert.equal(Buffer.from(document.content).subarray(0, 5).toString(), '%PDF-');

    // The parent reads the final IEP; its reading is logged.
    const read = await send(parent, 'GET', `${base()}/${started.id}/versions/${detail.current.id}`);
    assert.equal(read.statusCode, 200, read.body);
    assert.equal(read.json<IepVersionView>().content.goals.length, 1);
    const views = await accessLog('view-iep');
    assert.ok(
      views.some(
        (r) =>
          r.actor_account_id === fixture.accounts.parent.accountId &&
          r.record_type === 'iep' &&
          r.action === 'read',
      ),
    );
    assert.ok(
      (await accessLog('start-iep-draft')).some(
        (r) => r.action === 'create' && r.outcome === 'allowed',
      ),
    );
    assert.ok((await accessLog('finalize-iep')).some((r) => r.action === 'update'));
    assert.ok(
      (await accessLog('store-document')).some(
        (r) => r.record_type === 'document' && r.action === 'create',
      ),
    );
  });

  test('a final IEP cannot be edited through the API: it says to start an amendment', async () => {
    const { iepId } = await insertIep(database.db, fixture.students.own, { status: 'final' });
    const [version] = await database.db
      .selectFrom('iep_versions')
      .where('iep_id', '=', iepId)
      .select('lock_version')
      .execute();
    const response = await send(
      chair,
      'PUT',
      `${base()}/${iepId}/draft`,
      draftBody({ lockVersion: version!.lock_version }, null),
    );
    assert.equal(response.statusCode, 409);
    assert.equal(
      response.json<{ error: { message: string } }>().error.message,
      'This IEP is final. Start an amendment to change it.',
    );
  });

  test('the database refuses any change to a final version but its supersession, and every deletion', async () => {
    const { versionId } = await insertIep(database.db, fixture.students.own, { status: 'final' });
    await assert.rejects(
      sql`update iep_versions set content = '{}'::jsonb where id = ${versionId}`.execute(
        database.db,
      ),
      /cannot be changed; start an amendment/,
    );
    await assert.rejects(
      sql`update iep_versions set annual_review_date = '2030-01-01' where id = ${versionId}`.execute(
        database.db,
      ),
      /cannot be changed/,
    );
    await assert.rejects(
      sql`update iep_versions set status = 'superseded', superseded_at = now(), content = '{}'::jsonb where id = ${versionId}`.execute(
        database.db,
      ),
      /cannot be changed/,
      'superseding may not smuggle a content change',
    );
    await assert.rejects(
      sql`delete from iep_versions where id = ${versionId}`.execute(database.db),
      /never deleted/,
    );
    await sql`update iep_versions set status = 'superseded', superseded_at = now() where id = ${versionId}`.execute(
      database.db,
    );
    await assert.rejects(
      sql`update iep_versions set status = 'final' where id = ${versionId}`.execute(database.db),
      /superseded and cannot be changed/,
    );
  });
});

describe('two editors of one draft', () => {
  test('a stale save is refused with the newer draft, who saved it and when; nothing is overwritten', async () => {
    const started = await startDraft();
    const opened = started.draft!;
    const first = completeIepContent({ effectOnProgress: 'Text saved by the chairperson.' });
    const mine = await send(
      chair,
      'PUT',
      `${base()}/${started.id}/draft`,
      draftBody(opened, null, first),
    );
    assert.equal(mine.statusCode, 200, mine.body);

    const theirs = completeIepContent({
      effectOnProgress: 'Text of the administrator, not yet saved.',
    });
    const stale = await send(
      admin,
      'PUT',
      `${base()}/${started.id}/draft`,
      draftBody(opened, null, theirs),
    );
    assert.equal(stale.statusCode, 409, stale.body);
    const error = stale.json<{
      error: { code: string; message: string; current: IepVersionView };
    }>().error;
    assert.equal(error.code, 'conflict');
    assert.match(error.message, /Someone else saved this draft/);
    assert.equal(error.current.content.effectOnProgress, 'Text saved by the chairperson.');
    assert.equal(error.current.savedBy, 'Fixture chairperson');
    assert.equal(error.current.lockVersion, opened.lockVersion + 1);
    assert.ok(error.current.savedAt);

    const stored = await send(chair, 'GET', `${base()}/${started.id}/versions/${opened.id}`);
    assert.equal(
      stored.json<IepVersionView>().content.effectOnProgress,
      'Text saved by the chairperson.',
    );
    assert.ok(
      (await accessLog('show-current-draft-after-conflict')).some(
        (r) => r.actor_account_id === fixture.accounts['district-admin'].accountId,
      ),
    );

    // Saving again with the newer lockVersion is a deliberate choice, and works.
    const again = await send(
      admin,
      'PUT',
      `${base()}/${started.id}/draft`,
      draftBody(error.current, null, theirs),
    );
    assert.equal(again.statusCode, 200, again.body);
  });
});

describe('finalizing needs every required area', () => {
  test('an incomplete draft is refused with each missing area and program limit by its field', async () => {
    const started = await startDraft();
    const content = completeIepContent({
      goals: [],
      promotionCriteria: {
        alternateAssessment: false,
        ela: null,
        math: 'standard',
        modifiedCriteria: '',
      },
    });
    content.services[0]!.groupSize = 13;
    const saved = await send(
      chair,
      'PUT',
      `${base()}/${started.id}/draft`,
      draftBody(started.draft!, null, content),
    );
    assert.equal(saved.statusCode, 200, saved.body);
    const response = await send(chair, 'POST', `${base()}/${started.id}/finalize`, {
      lockVersion: saved.json<IepVersionView>().lockVersion,
    });
    assert.equal(response.statusCode, 422, response.body);
    const error = response.json<{
      error: {
        code: string;
        message: string;
        citation: string;
        fields: { path: string; message: string }[];
      };
    }>().error;
    assert.equal(error.code, 'refused');
    assert.match(error.message, /cannot be finalized yet/);
    const paths = error.fields.map((f) => f.path);
    for (const path of [
      'content.goals',
      'content.promotionCriteria.ela',
      'content.services.0.groupSize',
      'meetingId',
    ]) {
      assert.ok(paths.includes(path), `${path} in ${paths.join(', ')}`);
    }
    assert.match(
      error.fields.find((f) => f.path === 'content.services.0.groupSize')!.message,
      /limit is 12/,
    );
    const still = await database.db
      .selectFrom('iep_versions')
      .where('iep_id', '=', started.id)
      .select('status')
      .executeTakeFirstOrThrow();
    assert.equal(still.status, 'draft');
  });

  test('a stale finalize is refused with the newer draft', async () => {
    const started = await startDraft();
    const response = await send(chair, 'POST', `${base()}/${started.id}/finalize`, {
      lockVersion: started.draft!.lockVersion + 5,
    });
    assert.equal(response.statusCode, 409);
  });
});

describe('amendments', () => {
  test('an amendment is a new draft copied from the final; finalizing it supersedes the final', async () => {
    const { iepId, versionId } = await insertIep(database.db, fixture.students.own, {
      status: 'final',
    });
    const amended = await send(chair, 'POST', `${base()}/${iepId}/amendments`, {});
    assert.equal(amended.statusCode, 201, amended.body);
    const detail = amended.json<IepDetail>();
    assert.equal(detail.draft?.number, 2);
    assert.equal(detail.draft?.amendsVersionId, versionId);
    assert.deepEqual(detail.draft?.content, detail.current?.content);
    assert.equal(detail.current?.id, versionId, 'the final stays in effect meanwhile');

    const twice = await send(chair, 'POST', `${base()}/${iepId}/amendments`, {});
    assert.equal(twice.statusCode, 409, 'only one draft per IEP');

    // Drafts are the committee's: the parent sees only the final version.
    const asParent = await send(parent, 'GET', `${base()}/${iepId}`);
    assert.equal(asParent.statusCode, 200);
    assert.deepEqual(
      asParent.json<IepDetail>().versions.map((v) => v.status),
      ['final'],
    );
    const draftAsParent = await send(
      parent,
      'GET',
      `${base()}/${iepId}/versions/${detail.draft.id}`,
    );
    assert.equal(draftAsParent.statusCode, 403);

    const changed = completeIepContent({ generalEducationPercent: 85 });
    const saved = await send(
      chair,
      'PUT',
      `${base()}/${iepId}/draft`,
      draftBody(detail.draft, detail.draft.meetingId, changed),
    );
    assert.equal(saved.statusCode, 200, saved.body);
    assert.equal(saved.json<IepVersionView>().settingBand, 'inside-80-or-more');
    const finalized = await send(chair, 'POST', `${base()}/${iepId}/finalize`, {
      lockVersion: saved.json<IepVersionView>().lockVersion,
    });
    assert.equal(finalized.statusCode, 200, finalized.body);
    const after = finalized.json<IepDetail>();
    assert.deepEqual(
      after.versions.map((v) => [v.number, v.status]),
      [
        [2, 'final'],
        [1, 'superseded'],
      ],
    );
    assert.equal(after.current?.content.generalEducationPercent, 85);
  });
});

describe('steps recorded on a final IEP', () => {
  test("services arranged on the student's first IEP is refused until the parent grants initial-services consent", async () => {
    const student = fixture.students.sameSchool;
    const { iepId, versionId } = await insertIep(database.db, student, { status: 'final' });
    const url = `/api/students/${student}/ieps/${iepId}/services-arranged`;
    const refused = await send(chair, 'POST', url, { on: '2026-11-16' });
    assert.equal(refused.statusCode, 422, refused.body);
    const error = refused.json<{ error: { message: string; citation: string } }>().error;
    assert.match(error.message, /consent for special education services for the first time/);
    assert.match(error.citation, /PSN/);

    await grantConsent(database.db, student, 'initial-services');
    const arranged = await send(chair, 'POST', url, { on: '2026-11-16' });
    assert.equal(arranged.statusCode, 200, arranged.body);
    assert.deepEqual(arranged.json<IepDetail>().events, [
      { type: 'services-arranged', on: '2026-11-16', versionId },
    ]);
    const events = await database.db
      .selectFrom('case_events')
      .where('student_id', '=', student)
      .where('type', '=', 'services-arranged')
      .select(['source', 'source_id'])
      .execute();
    assert.deepEqual(events, [{ source: 'iep-version', source_id: versionId }]);
    assert.equal(
      (await send(chair, 'POST', url, { on: '2026-11-17' })).statusCode,
      409,
      'recorded once',
    );
  });

  test('a later IEP arranges services without the initial consent; a teacher may not record it', async () => {
    const student = fixture.students.own;
    await insertIep(database.db, student, { status: 'final', createdAt: '2020-01-01T00:00:00Z' });
    const { iepId } = await insertIep(database.db, student, { status: 'final' });
    const url = `${base()}/${iepId}/services-arranged`;
    assert.equal((await send(teacher, 'POST', url, { on: '2026-11-16' })).statusCode, 403);
    const arranged = await send(chair, 'POST', url, { on: '2026-11-16' });
    assert.equal(arranged.statusCode, 200, arranged.body);
  });

  test('a placement offer is recorded for an IEP that recommends a special class, and refused otherwise', async () => {
    const { iepId } = await insertIep(database.db, fixture.students.own, { status: 'final' });
    const offered = await send(chair, 'POST', `${base()}/${iepId}/placement-offered`, {
      on: '2026-11-17',
    });
    assert.equal(offered.statusCode, 200, offered.body);
    assert.equal(offered.json<IepDetail>().events[0]?.type, 'placement-offered');

    const related = completeIepContent();
    related.services = [
      { ...related.services[0]!, program: 'related-service', service: 'counseling', groupSize: 3 },
    ];
    const other = await insertIep(database.db, fixture.students.own, {
      status: 'final',
      content: related,
    });
    const refused = await send(chair, 'POST', `${base()}/${other.iepId}/placement-offered`, {
      on: '2026-11-17',
    });
    assert.equal(refused.statusCode, 422, refused.body);
    assert.match(refused.json<{ error: { citation: string } }>().error.citation, /P-1/);
  });
});
