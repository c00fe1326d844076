import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { PWN_ELEMENT_IDS } from '@continuum/rules/notices/index.ts';
import { buildApp } from '../http/app.ts';
import type { Database } from '../db/database.ts';
import { inDistrict } from '../db/tenant.ts';
import { openTestDatabase } from '../testing/test-database.ts';
import { testConfig } from '../testing/test-config.ts';
import type { Fixture } from '../testing/fixtures.ts';
import { createFixture, fixturePassword, fixtureTotpSecret } from '../testing/fixtures.ts';
import type { TestSession } from '../testing/sign-in.ts';
import { signInAs } from '../testing/sign-in.ts';

let database: Database;
let app: FastifyInstance;
let fixture: Fixture;
let admin: TestSession;
let parent: TestSession;
let teacher: TestSession;

const complete = {
  action: 'The CSE proposes an initial evaluation.',
  reasons: 'The teacher referred the student after reading interventions.',
  evaluationBasis: 'Reading benchmark report; classroom observation.',
  optionsConsidered: 'Continuing interventions alone: rejected because progress was slow.',
  otherFactors: 'None beyond those described.',
};

before(async () => {
  database = await openTestDatabase();
  fixture = await createFixture(database);
  app = await buildApp({ database, config: testConfig() });
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
  await app.close();
  await database.close();
});

const base = () => `/api/students/${fixture.students.own}`;
async function setGuardian(values: {
  preferred_language?: string;
  notice_delivery?: 'mail' | 'email';
  email?: string | null;
  address?: string | null;
}) {
  await database.db
    .updateTable('guardians')
    .set(values)
    .where('id', '=', fixture.guardians.own)
    .execute();
}
async function draft(content: Record<string, string> = complete) {
  const response = await app.inject({
    method: 'POST',
    url: `${base()}/notices`,
    headers: admin.headers,
    payload: { proposal: 'proposes', subjects: ['evaluation'], content },
  });
  assert.equal(response.statusCode, 201, response.body);
  return response.json<{ id: string; version: number; missing: string[] }>();
}
function send(id: string, version: number, channel: 'mail' | 'email' = 'mail') {
  return app.inject({
    method: 'POST',
    url: `${base()}/notices/${id}/send`,
    headers: admin.headers,
    payload: { version, guardianId: fixture.guardians.own, channel, sentOn: '2026-10-05' },
  });
}
async function accessLog(purpose: string) {
  return database.db
    .selectFrom('access_log')
    .select(['record_type', 'action', 'outcome'])
    .where('student_id', '=', fixture.students.own)
    .where('purpose', '=', purpose)
    .execute();
}

describe('prior written notice', () => {
  test('a notice missing elements is refused with every missing element named', async () => {
    await setGuardian({ address: '1 Main Street', preferred_language: 'en' });
    const notice = await draft({});
    // The standard statements (elements 4, 5 and 6) are pre-filled; the others are missing.
    assert.deepEqual(notice.missing, [
      'action',
      'reasons',
      'evaluationBasis',
      'optionsConsidered',
      'otherFactors',
    ]);
    const response = await send(notice.id, notice.version);
    assert.equal(response.statusCode, 422);
    const body = response.json<{ error: { fields: { path: string }[]; citation: string } }>().error;
    assert.deepEqual(
      body.fields.map((f) => f.path),
      notice.missing.map((m) => `content.${m}`),
    );
    assert.match(body.citation, /Prior written notice/);
  });

  test('blanking a pre-filled element is refused too: all eight are checked', async () => {
    const notice = await draft({ ...complete, helpResources: '  ' });
    const response = await send(notice.id, notice.version);
    assert.equal(response.statusCode, 422);
    assert.deepEqual(
      response.json<{ error: { fields: { path: string }[] } }>().error.fields.map((f) => f.path),
      ['content.helpResources'],
    );
    assert.equal(PWN_ELEMENT_IDS.length, 8);
  });

  test('a stale edit of a draft is refused with the current draft', async () => {
    const notice = await draft();
    const first = await app.inject({
      method: 'PATCH',
      url: `${base()}/notices/${notice.id}`,
      headers: admin.headers,
      payload: { version: notice.version, content: { reasons: 'Updated reasons.' } },
    });
    assert.equal(first.statusCode, 200, first.body);
    const stale = await app.inject({
      method: 'PATCH',
      url: `${base()}/notices/${notice.id}`,
      headers: admin.headers,
      payload: { version: notice.version, content: { reasons: 'Other reasons.' } },
    });
    assert.equal(stale.statusCode, 409);
  });

  test('a sent notice is stored as a document whose hash matches its bytes, and records the case event', async () => {
    await setGuardian({ preferred_language: 'es', address: '1 Main Street' });
    const notice = await draft();
    const response = await send(notice.id, notice.version);
    assert.equal(response.statusCode, 200, response.body);
    const sent = response.json<{
      documentId: string;
      language: string;
      translationNeeded: boolean;
      status: string;
      channel: string;
      addressUsed: string;
    }>();
    assert.equal(sent.status, 'sent');
    assert.equal(sent.language, 'es');
    assert.equal(sent.translationNeeded, false);
    assert.equal(sent.addressUsed, '1 Main Street');
    const download = await app.inject({
      method: 'GET',
      url: `${base()}/documents/${sent.documentId}`,
      headers: parent.headers,
    });
    assert.equal(download.statusCode, 200);
    assert.equal(download.headers['cache-control'], 'no-store');
    assert.match(String(download.headers['content-disposition']), /^attachment/);
    assert.equal(download.rawPayload.subarray(0, 5).toString('latin1'), '%PDF-');
    const list = await app.inject({
      method: 'GET',
      url: `${base()}/documents`,
      headers: parent.headers,
    });
    const stored = list
      .json<{ items: { id: string; sha256: string }[] }>()
      .items.find((d) => d.id === sent.documentId);
    assert.equal(stored?.sha256, createHash('sha256').update(download.rawPayload).digest('hex'));
    const events = await database.db
      .selectFrom('case_events')
      .select(['type', 'occurred_on'])
      .where('source_id', '=', notice.id)
      .execute();
    assert.deepEqual(events, [{ type: 'prior-written-notice-sent', occurred_on: '2026-10-05' }]);
    // A sent notice never changes.
    const edit = await app.inject({
      method: 'PATCH',
      url: `${base()}/notices/${notice.id}`,
      headers: admin.headers,
      payload: { version: notice.version + 1, content: { reasons: 'Changed.' } },
    });
    assert.equal(edit.statusCode, 422);
    assert.ok(
      (await accessLog('store-document')).some(
        (r) => r.record_type === 'document' && r.action === 'create',
      ),
    );
    assert.ok((await accessLog('download-document')).length > 0);
    assert.ok(
      (await accessLog('send-notice')).some(
        (r) => r.record_type === 'notice' && r.action === 'update',
      ),
    );
  });

  test('the documents table refuses any change to a stored document', async () => {
    const doc = await database.db
      .selectFrom('documents')
      .select(['id', 'district_id'])
      .executeTakeFirstOrThrow();
    // The application's role may not even try (no UPDATE or DELETE grant) …
    await assert.rejects(
      inDistrict(database.db, doc.district_id, (tx) =>
        sql`UPDATE documents SET title = 'changed' WHERE id = ${doc.id}`.execute(tx),
      ),
      /permission denied/,
    );
    // … and the table itself refuses its owner too.
    await assert.rejects(
      sql`UPDATE documents SET title = 'changed' WHERE id = ${doc.id}`.execute(database.db),
      /immutable/,
    );
    await assert.rejects(
      sql`DELETE FROM documents WHERE id = ${doc.id}`.execute(database.db),
      /immutable/,
    );
  });

  test('a parent whose language the product does not write gets English and a recorded translation need', async () => {
    await setGuardian({ preferred_language: 'bn', address: '1 Main Street' });
    const notice = await draft();
    const response = await send(notice.id, notice.version);
    assert.equal(response.statusCode, 200, response.body);
    const sent = response.json<{
      language: string;
      nativeLanguage: string;
      translationNeeded: boolean;
    }>();
    assert.deepEqual(
      {
        language: sent.language,
        nativeLanguage: sent.nativeLanguage,
        translationNeeded: sent.translationNeeded,
      },
      { language: 'en', nativeLanguage: 'bn', translationNeeded: true },
    );
  });

  test('e-mail is refused for a parent who chose mail', async () => {
    await setGuardian({ notice_delivery: 'mail', email: 'parent@example.org' });
    const notice = await draft();
    const response = await send(notice.id, notice.version, 'email');
    assert.equal(response.statusCode, 422);
    assert.match(response.json<{ error: { message: string } }>().error.message, /did not choose/);
  });

  test('e-mail to a parent who chose it is queued, not claimed sent, without a mail server', async () => {
    await setGuardian({
      notice_delivery: 'email',
      email: 'parent@example.org',
      preferred_language: 'en',
    });
    const notice = await draft();
    const response = await send(notice.id, notice.version, 'email');
    assert.equal(response.statusCode, 200, response.body);
    assert.equal(response.json<{ emailStatus: string }>().emailStatus, 'queued');
    const outbox = await database.db
      .selectFrom('email_outbox')
      .select(['status', 'to_address', 'attempted_at'])
      .where('notice_id', '=', notice.id)
      .execute();
    assert.deepEqual(outbox, [
      { status: 'queued', to_address: 'parent@example.org', attempted_at: null },
    ]);
  });

  test('a teacher may not draft a notice, and a parent reads their notices', async () => {
    const refused = await app.inject({
      method: 'POST',
      url: `${base()}/notices`,
      headers: teacher.headers,
      payload: { proposal: 'refuses', subjects: ['evaluation'] },
    });
    assert.ok([403, 404].includes(refused.statusCode));
    const list = await app.inject({
      method: 'GET',
      url: `${base()}/notices`,
      headers: parent.headers,
    });
    assert.equal(list.statusCode, 200);
    assert.ok(list.json<{ notices: unknown[] }>().notices.length > 0);
  });
});

describe('procedural safeguards notice deliveries', () => {
  test('a delivery on a parent request records the request and the notice given', async () => {
    await setGuardian({
      notice_delivery: 'mail',
      address: '1 Main Street',
      preferred_language: 'es',
    });
    const response = await app.inject({
      method: 'POST',
      url: `${base()}/notices/safeguards-deliveries`,
      headers: admin.headers,
      payload: {
        guardianId: fixture.guardians.own,
        trigger: 'parent-request',
        requestedOn: '2026-10-01',
        deliveredOn: '2026-10-02',
        channel: 'mail',
      },
    });
    assert.equal(response.statusCode, 201, response.body);
    const delivery = response.json<{ id: string; language: string }>();
    assert.equal(delivery.language, 'es');
    const events = await database.db
      .selectFrom('case_events')
      .select(['type', 'occurred_on'])
      .where('source_id', '=', delivery.id)
      .orderBy('occurred_on')
      .execute();
    assert.deepEqual(events, [
      { type: 'procedural-safeguards-notice-requested', occurred_on: '2026-10-01' },
      { type: 'procedural-safeguards-notice-given', occurred_on: '2026-10-02' },
    ]);
  });

  test('a safeguards notice by e-mail is refused for a parent who chose mail', async () => {
    const response = await app.inject({
      method: 'POST',
      url: `${base()}/notices/safeguards-deliveries`,
      headers: admin.headers,
      payload: {
        guardianId: fixture.guardians.own,
        trigger: 'annual',
        deliveredOn: '2026-10-02',
        channel: 'email',
      },
    });
    assert.equal(response.statusCode, 422);
  });
});
