import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { FastifyInstance } from 'fastify';
import { iepFormValues } from '@continuum/web';
import type { IepFormValues } from '@continuum/web';
import { buildApp } from '../http/app.ts';
import type { Database } from '../db/database.ts';
import { openTestDatabase } from '../testing/test-database.ts';
import { testConfig } from '../testing/test-config.ts';
import type { Fixture } from '../testing/fixtures.ts';
import { createFixture, fixturePassword, fixtureTotpSecret } from '../testing/fixtures.ts';
import type { TestSession } from '../testing/sign-in.ts';
import { signInAs } from '../testing/sign-in.ts';
import { completeIepContent, iepTestDates, insertIep } from './test-support.ts';

let database: Database;
let app: FastifyInstance;
let fixture: Fixture;
let chair: TestSession;
let admin: TestSession;
let parent: TestSession;

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
});
after(async () => {
  await app?.close();
  await database?.close();
});

const get = (session: TestSession, url: string) =>
  app.inject({ method: 'GET', url, headers: { cookie: session.cookie } });
const post = (
  session: TestSession,
  url: string,
  fields: Record<string, string>,
  headers: Record<string, string> = {},
) =>
  app.inject({
    method: 'POST',
    url,
    headers: {
      cookie: session.cookie,
      'content-type': 'application/x-www-form-urlencoded',
      ...headers,
    },
    payload: new URLSearchParams({ ...fields, _csrf: session.csrfToken }).toString(),
  });

/** A complete draft as the editor's form sends it. */
function formOf(meetingId: string, lockVersion: number, effect: string): IepFormValues {
  return iepFormValues({
    id: '',
    iepId: '',
    number: 1,
    status: 'draft',
    amendsVersionId: null,
    meetingId,
    meetingDate: iepTestDates.meetingDate,
    projectedImplementationDate: iepTestDates.projectedImplementationDate,
    annualReviewDate: iepTestDates.annualReviewDate,
    reevaluationDate: iepTestDates.reevaluationDate,
    lockVersion,
    savedBy: '',
    savedAt: '',
    finalizedAt: null,
    documentId: null,
    supersededAt: null,
    settingBand: null,
    content: completeIepContent({ effectOnProgress: effect }),
  });
}

const student = () => fixture.students.own;

describe('the IEP pages, without JavaScript', () => {
  test('the editor saves with the Save button (303), autosave answers JSON, and finalizing leads to the read-only IEP with its PDF', async () => {
    const { iepId, meetingId } = await insertIep(database.db, student(), { status: 'draft' });
    const base = `/students/${student()}/ieps/${iepId}`;
    const editor = await get(chair, `${base}/draft`);
    assert.equal(editor.statusCode, 200, editor.body);
    assert.match(editor.body, /<form[^>]*id="iep-editor"/);
    assert.match(editor.body, /name="goal\.0\.criteria"/);
    assert.match(editor.body, /name="goal\.1\.goal"/, 'a blank row to add a goal without a script');
    assert.match(
      editor.body,
      /role="status"[^>]*aria-live="polite"|aria-live="polite"[^>]*role="status"/,
    );
    assert.match(editor.body, /src="\/assets\/web\/iep-autosave\.js"/);

    const saved = await post(
      chair,
      `${base}/draft`,
      formOf(meetingId, 1, 'Saved with the button.'),
    );
    assert.equal(saved.statusCode, 303, saved.body);
    assert.equal(saved.headers.location, `${base}/draft?done=saved`);

    const auto = await post(chair, `${base}/draft`, formOf(meetingId, 2, 'Saved by autosave.'), {
      'x-autosave': '1',
    });
    assert.equal(auto.statusCode, 200, auto.body);
    const answer = auto.json<{ saved: boolean; lockVersion: number }>();
    assert.deepEqual([answer.saved, answer.lockVersion], [true, 3]);

    const finalized = await post(chair, `${base}/finalize`, formOf(meetingId, 3, 'Final text.'));
    assert.equal(finalized.statusCode, 303, finalized.body);
    const view = await get(parent, `${base}`);
    assert.equal(view.statusCode, 200, view.body);
    assert.match(view.body, /Final text\./);
    assert.match(view.body, new RegExp(`href="/students/${student()}/documents/[0-9a-f-]{36}"`));
    assert.doesNotMatch(view.body, />Start an amendment</, 'a parent is offered no amendment');
    const asChair = await get(chair, base);
    assert.match(asChair.body, />Start an amendment</);
  });

  test('a stale save shows the newer draft beside the unsaved text (409), and autosave says conflict', async () => {
    const { iepId, meetingId } = await insertIep(database.db, student(), { status: 'draft' });
    const base = `/students/${student()}/ieps/${iepId}`;
    const first = await post(chair, `${base}/draft`, formOf(meetingId, 1, 'The chair wrote this.'));
    assert.equal(first.statusCode, 303);
    const stale = await post(admin, `${base}/draft`, formOf(meetingId, 1, 'The admin wrote this.'));
    assert.equal(stale.statusCode, 409, stale.body);
    assert.match(stale.body, /Someone else saved this draft/);
    assert.match(stale.body, /The chair wrote this\./, 'the newer text is shown');
    assert.match(stale.body, /The admin wrote this\./, 'the unsaved text is kept in the form');
    assert.match(
      stale.body,
      /name="lockVersion" value="2"/,
      'the form now carries the newer version',
    );
    const auto = await post(admin, `${base}/draft`, formOf(meetingId, 1, 'x'), {
      'x-autosave': '1',
    });
    assert.equal(auto.statusCode, 409);
  });

  test('finalizing an incomplete draft shows the editor again (422) with each problem linked to its field', async () => {
    const { iepId, meetingId } = await insertIep(database.db, student(), { status: 'draft' });
    const base = `/students/${student()}/ieps/${iepId}`;
    const form = formOf(meetingId, 1, '');
    const refused = await post(chair, `${base}/finalize`, form);
    assert.equal(refused.statusCode, 422, refused.body);
    assert.match(refused.body, /cannot be finalized yet/);
    assert.match(refused.body, /href="#iep-effectOnProgress"/);
  });

  test('a final IEP refuses the editor form with the reason, and its editor address leads to the IEP', async () => {
    const { iepId } = await insertIep(database.db, student(), { status: 'final' });
    const base = `/students/${student()}/ieps/${iepId}`;
    const editor = await get(chair, `${base}/draft`);
    assert.equal(editor.statusCode, 303);
    const refused = await post(chair, `${base}/draft`, formOf('', 1, 'Trying to edit.'));
    assert.equal(refused.statusCode, 409, refused.body);
    assert.match(refused.body, /This IEP is final\. Start an amendment to change it\./);
  });

  test('services arranged without consent on a first IEP shows the refusal on the IEP page (422), in Spanish too', async () => {
    const other = fixture.students.sameSchool;
    const { iepId } = await insertIep(database.db, other, { status: 'final' });
    const url = `/students/${other}/ieps/${iepId}/services-arranged?lang=es`;
    const refused = await post(chair, url, { on: '2026-11-16' });
    assert.equal(refused.statusCode, 422, refused.body);
    assert.match(refused.body, /No se pudo hacer/);
    const list = await get(chair, `/students/${other}/ieps?lang=es`);
    assert.equal(list.statusCode, 200);
    assert.match(list.body, /Iniciar un IEP nuevo/);
  });
});
