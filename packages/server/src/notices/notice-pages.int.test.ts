import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { FastifyInstance } from 'fastify';
import { iep as iepRules } from '@continuum/rules';
import { buildApp } from '../http/app.ts';
import type { Database } from '../db/database.ts';
import { openTestDatabase } from '../testing/test-database.ts';
import { testConfig } from '../testing/test-config.ts';
import type { Fixture } from '../testing/fixtures.ts';
import { createFixture, fixturePassword, fixtureTotpSecret } from '../testing/fixtures.ts';
import type { TestSession } from '../testing/sign-in.ts';
import { signInAs } from '../testing/sign-in.ts';
import { insertMeeting } from '../meetings/test-records.ts';

/**
 * The notices pages, end to end through the app: the send refusal shown on the form, a stale
 * save's conflict, a sent notice's PDF in the browser, drafts made from a final IEP and from a
 * scheduled meeting (the meeting notice's content), and the guardian conflict view.
 */

let database: Database;
let app: FastifyInstance;
let fixture: Fixture;
let admin: TestSession;
let parent: TestSession;

const SETUP = '00000000-0000-4000-8000-0000000000aa';

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
  await database.db
    .updateTable('guardians')
    .set({ address: '1 Main Street', preferred_language: 'en', notice_delivery: 'mail' })
    .where('id', '=', fixture.guardians.own)
    .execute();
});
after(async () => {
  await app.close();
  await database.close();
});

const pages = () => `/students/${fixture.students.own}/notices`;

function post(url: string, fields: Record<string, string | string[]>, session = admin) {
  const body = new URLSearchParams();
  for (const [key, value] of Object.entries(fields))
    for (const v of [value].flat()) body.append(key, v);
  body.append('_csrf', session.csrfToken);
  return app.inject({
    method: 'POST',
    url,
    headers: { cookie: session.cookie, 'content-type': 'application/x-www-form-urlencoded' },
    payload: body.toString(),
  });
}
function get(url: string, session = admin) {
  return app.inject({ method: 'GET', url, headers: { cookie: session.cookie } });
}
/** Drafts a blank prior written notice through the page form; returns its id. */
async function draftThroughPage(fields: Record<string, string | string[]> = {}): Promise<string> {
  const response = await post(pages(), { proposal: 'proposes', subjects: 'evaluation', ...fields });
  assert.equal(response.statusCode, 303, response.body);
  const match = /\/notices\/([0-9a-f-]{36})\?done=drafted$/.exec(response.headers.location ?? '');
  assert.ok(match, response.headers.location);
  return match[1]!;
}
async function noticeJson(id: string) {
  const response = await get(`/api/students/${fixture.students.own}/notices/${id}`);
  assert.equal(response.statusCode, 200, response.body);
  return response.json<{
    content: Record<string, string>;
    missing: string[];
    version: number;
    status: string;
    documentId: string | null;
  }>();
}

describe('the prior written notice draft page', () => {
  test('shows the eight elements with the missing ones listed, as the rules check says', async () => {
    const id = await draftThroughPage();
    const page = await get(`${pages()}/${id}`);
    assert.equal(page.statusCode, 200);
    for (const element of ['action', 'reasons', 'evaluationBasis', 'otherFactors'])
      assert.match(page.body, new RegExp(`id="element-${element}"`));
    assert.match(page.body, /These 5 required elements are still missing/);
    // Elements 4, 5 and 6 start with the standard statements.
    assert.match(page.body, /procedural safeguards of Part B/);
  });

  test('sending with elements missing is refused: 422, the form again, each element named in the summary and at its field', async () => {
    const id = await draftThroughPage();
    const response = await post(`${pages()}/${id}/send`, {
      version: '1',
      guardianId: fixture.guardians.own,
      channel: 'mail',
      sentOn: '2026-10-05',
    });
    assert.equal(response.statusCode, 422);
    assert.match(String(response.headers['content-type']), /text\/html/);
    assert.match(response.body, /<title>Error: /);
    assert.match(response.body, /continuum-error-summary/);
    for (const [element, text] of [
      ['action', 'Write element 1: the action the district proposes or refuses'],
      ['reasons', 'Write element 2: why the district proposes or refuses the action'],
      ['evaluationBasis', 'Write element 3'],
      ['optionsConsidered', 'Write element 7'],
      ['otherFactors', 'Write element 8'],
    ] as const) {
      assert.match(response.body, new RegExp(`<a href="#element-${element}">${text}`));
      assert.match(response.body, new RegExp(`id="element-${element}-error">${text}`));
    }
    assert.doesNotMatch(response.body, /element-helpResources-error/);
    assert.match(response.body, /Source: PSN, Prior written notice/);
    // The send form keeps the answers; nothing was sent.
    assert.equal((await noticeJson(id)).status, 'draft');
  });

  test('a stale save shows the conflict with the newer text, keeps the person’s answers and carries the newer version', async () => {
    const id = await draftThroughPage();
    const first = await post(`${pages()}/${id}`, {
      version: '1',
      proposal: 'proposes',
      subjects: 'evaluation',
      reasons: 'Reasons saved first.',
    });
    assert.equal(first.statusCode, 303);
    const stale = await post(`${pages()}/${id}`, {
      version: '1',
      proposal: 'proposes',
      subjects: 'evaluation',
      reasons: 'My stale reasons.',
    });
    assert.equal(stale.statusCode, 409);
    assert.match(stale.body, /Someone else changed this notice/);
    assert.match(stale.body, /Reasons saved first\./);
    assert.match(stale.body, /My stale reasons\./);
    assert.match(stale.body, /name="version" value="2"/);
    assert.equal((await noticeJson(id)).content.reasons, 'Reasons saved first.');
  });

  test('a complete draft is sent; the list shows its language, translation, channel and delivery, and its PDF opens in the browser', async () => {
    const id = await draftThroughPage();
    const saved = await post(`${pages()}/${id}`, {
      version: '1',
      proposal: 'proposes',
      subjects: ['evaluation', 'identification'],
      action: 'The CSE proposes an initial evaluation.',
      reasons: 'A referral was received.',
      evaluationBasis: 'Reading benchmark report.',
      safeguardsStatement: 'You have protections under the procedural safeguards.',
      safeguardsNoticeAccess: 'Ask the CSE office for a copy.',
      helpResources: 'Contact the Parent Center.',
      optionsConsidered: 'None.',
      otherFactors: 'None.',
    });
    assert.equal(saved.statusCode, 303);
    const sent = await post(`${pages()}/${id}/send`, {
      version: '2',
      guardianId: fixture.guardians.own,
      channel: 'mail',
      sentOn: '2026-10-05',
    });
    assert.equal(sent.statusCode, 303, sent.body);
    assert.match(sent.headers.location ?? '', /\?done=sent$/);
    const notice = await noticeJson(id);
    assert.equal(notice.status, 'sent');
    assert.ok(notice.documentId);

    const list = await get(pages());
    assert.equal(list.statusCode, 200);
    assert.match(list.body, /Sent to /);
    assert.match(list.body, /Mailed on Oct 5, 2026/);
    assert.match(list.body, /Not needed \(written in the parent(&#x27;|')s language\)/);
    assert.match(
      list.body,
      new RegExp(`href="/students/${fixture.students.own}/documents/${notice.documentId}"`),
    );

    const pdf = await get(
      `/students/${fixture.students.own}/documents/${notice.documentId}`,
      parent,
    );
    assert.equal(pdf.statusCode, 200);
    assert.equal(pdf.headers['content-type'], 'application/pdf');
    assert.match(
      String(pdf.headers['content-disposition']),
      /^inline; filename="prior-written-notice\.pdf"$/,
    );
    assert.equal(pdf.headers['cache-control'], 'no-store');
    assert.equal(pdf.rawPayload.subarray(0, 5).toString('latin1'), '%PDF-');
    const logged = await database.db
      .selectFrom('access_log')
      .select(['record_type', 'action', 'outcome'])
      .where('student_id', '=', fixture.students.own)
      .where('purpose', '=', 'download-document')
      .execute();
    assert.ok(
      logged.some(
        (r) => r.record_type === 'document' && r.action === 'read' && r.outcome === 'allowed',
      ),
    );

    // A sent notice has no edit form any more.
    const detail = await get(`${pages()}/${id}`);
    assert.doesNotMatch(detail.body, /id="element-form"/);
    assert.match(detail.body, /A sent notice is never changed/);
  });

  test('another student’s document is not found, as a page', async () => {
    const response = await get(
      `/students/${fixture.students.otherDistrict}/documents/00000000-0000-4000-8000-000000000000`,
    );
    assert.equal(response.statusCode, 404);
    assert.match(String(response.headers['content-type']), /text\/html/);
  });

  test('a source that is not this student’s record is the source field’s problem (400)', async () => {
    const response = await post(pages(), {
      proposal: 'proposes',
      subjects: 'evaluation',
      source: 'referral:00000000-0000-4000-8000-000000000000',
    });
    assert.equal(response.statusCode, 400);
    assert.match(response.body, /id="pwn-source-error"/);
  });
});

describe('a prior written notice from a final IEP', () => {
  test('is pre-filled with the recommended programs and services, the reasons and the evaluations used', async () => {
    const studentId = fixture.students.own;
    const { district_id } = await database.db
      .selectFrom('students')
      .select('district_id')
      .where('id', '=', studentId)
      .executeTakeFirstOrThrow();
    const evaluation = await database.db
      .insertInto('evaluations')
      .values({ district_id, student_id: studentId, kind: 'initial', created_by: SETUP })
      .returning('id')
      .executeTakeFirstOrThrow();
    await database.db
      .insertInto('evaluation_components')
      .values({
        district_id,
        evaluation_id: evaluation.id,
        component: 'psychological',
        status: 'completed',
        report_on: '2026-11-02',
      })
      .execute();
    const iep = await database.db
      .insertInto('ieps')
      .values({ district_id, student_id: studentId, committee: 'cse', created_by: SETUP })
      .returning('id')
      .executeTakeFirstOrThrow();
    const document = await database.db
      .insertInto('documents')
      .values({
        district_id,
        student_id: studentId,
        kind: 'iep',
        title: 'IEP',
        language: 'en',
        content: new TextEncoder().encode('%PDF-1.4 test'),
        source: 'iep-version',
        source_id: null,
        created_by: SETUP,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const content = {
      ...iepRules.emptyIepContent(),
      classification: 'learning-disability',
      effectOnProgress: 'Decoding difficulties slow progress in reading.',
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
    };
    const version = await database.db
      .insertInto('iep_versions')
      .values({
        district_id,
        iep_id: iep.id,
        student_id: studentId,
        number: 1,
        status: 'final',
        content: JSON.stringify(content),
        meeting_date: '2026-11-20',
        saved_by: SETUP,
        created_by: SETUP,
        finalized_by: SETUP,
        finalized_at: new Date(),
        document_id: document.id,
      })
      .returning('id')
      .executeTakeFirstOrThrow();

    const list = await get(pages());
    assert.match(list.body, new RegExp(`value="iep-version:${version.id}"`));
    const id = await draftThroughPage({ source: `iep-version:${version.id}` });
    const notice = await noticeJson(id);
    assert.match(notice.content.action ?? '', /meeting of Nov 20, 2026/);
    assert.match(
      notice.content.action ?? '',
      /Special class 12:1:1: 1 time a day, 240 minutes, at Room 104, group of 12/,
    );
    assert.match(notice.content.reasons ?? '', /Learning disability\.\nDecoding difficulties/);
    assert.equal(notice.content.evaluationBasis, 'psychological (report dated Nov 2, 2026)');
    assert.deepEqual(notice.missing, ['optionsConsidered', 'otherFactors']);
  });
});

describe('the meeting notice', () => {
  test('from a scheduled meeting: its date, time, place, purpose, who attends, and the parent’s rights, in the parent’s language', async () => {
    const studentId = fixture.students.own;
    const { meetingId } = await insertMeeting(database, studentId);
    await database.db
      .updateTable('meetings')
      .set({ interpreter_language: 'es' })
      .where('id', '=', meetingId)
      .execute();
    await database.db
      .updateTable('guardians')
      .set({ preferred_language: 'es' })
      .where('id', '=', fixture.guardians.own)
      .execute();
    try {
      const list = await get(pages());
      assert.match(list.body, new RegExp(`<option value="${meetingId}">`));
      const response = await post(`${pages()}/meeting-notices`, { meetingId });
      assert.equal(response.statusCode, 303, response.body);
      const id = /\/notices\/([0-9a-f-]{36})\?/.exec(response.headers.location ?? '')![1]!;
      const notice = await noticeJson(id);
      assert.deepEqual(notice.missing, []);
      assert.equal(notice.content.date, '20 oct 2026');
      assert.equal(notice.content.time, '09:30');
      assert.equal(notice.content.place, 'Room 101');
      assert.equal(
        notice.content.purpose,
        'Reunión del Comité de Educación Especial: elegibilidad y recomendación iniciales',
      );
      assert.match(notice.content.attendees ?? '', /^Chair Person \(chairperson\)$/m);
      assert.equal(notice.content.attendees?.split('\n').length, 5);
      assert.match(notice.content.rightToBringOthers ?? '', /^Puede traer a la reunión/);
      assert.equal(
        notice.content.rightToInterpreter,
        'Habrá un intérprete de español en la reunión sin costo para usted.',
      );
      const page = await get(`${pages()}/${id}`);
      assert.match(page.body, /Every required element is written/);
    } finally {
      await database.db
        .updateTable('guardians')
        .set({ preferred_language: 'en' })
        .where('id', '=', fixture.guardians.own)
        .execute();
    }
  });

  test('a meeting already held is refused at the field (400)', async () => {
    const { meetingId } = await insertMeeting(database, fixture.students.own, { held: true });
    const response = await post(`${pages()}/meeting-notices`, { meetingId });
    assert.equal(response.statusCode, 400);
    assert.match(response.body, /id="meeting-notice-meetingId-error"/);
  });
});

describe('the procedural safeguards notice delivery form', () => {
  test('by e-mail when the parent did not choose e-mail is refused at the channel, with the citation (422)', async () => {
    const response = await post(`${pages()}/safeguards-deliveries`, {
      guardianId: fixture.guardians.own,
      trigger: 'annual',
      deliveredOn: '2026-10-02',
      channel: 'email',
    });
    assert.equal(response.statusCode, 422);
    assert.match(response.body, /id="safeguards-channel-error"/);
    assert.match(response.body, /did not choose to receive notices by e-mail/);
  });

  test('a delivery is recorded and listed with its trigger and language', async () => {
    const response = await post(`${pages()}/safeguards-deliveries`, {
      guardianId: fixture.guardians.own,
      trigger: 'parent-request',
      requestedOn: '2026-10-01',
      deliveredOn: '2026-10-02',
      channel: 'mail',
    });
    assert.equal(response.statusCode, 303, response.body);
    const list = await get(`${pages()}?done=safeguards-recorded`);
    assert.match(list.body, /The delivery of the procedural safeguards notice was recorded/);
    assert.match(list.body, /The parent asked for a copy \(asked on Oct 1, 2026\)/);
  });

  test('a parent may read the notices page but is offered no form', async () => {
    const response = await get(pages(), parent);
    assert.equal(response.statusCode, 200);
    assert.doesNotMatch(response.body, /id="pwn-form"/);
    assert.doesNotMatch(response.body, /id="safeguards-form"/);
  });
});

describe('the guardian edit page', () => {
  test('a conflicting edit shows the guardian’s notice-delivery choice as saved now', async () => {
    const guardian = await database.db
      .selectFrom('guardians')
      .select(['version', 'full_name'])
      .where('id', '=', fixture.guardians.own)
      .executeTakeFirstOrThrow();
    await database.db
      .updateTable('guardians')
      .set({ notice_delivery: 'email', email: 'parent@example.org', version: guardian.version + 1 })
      .where('id', '=', fixture.guardians.own)
      .execute();
    try {
      const response = await post(
        `/students/${fixture.students.own}/guardians/${fixture.guardians.own}/edit`,
        {
          version: String(guardian.version),
          fullName: guardian.full_name,
          relationship: 'Mother',
          preferredLanguage: 'en',
          noticeDelivery: 'mail',
        },
      );
      assert.equal(response.statusCode, 409, response.body);
      const current = response.body.slice(response.body.indexOf('id="current-guardian"'));
      assert.match(current, /How they receive notices<\/dt><dd>By e-mail<\/dd>/);
    } finally {
      await database.db
        .updateTable('guardians')
        .set({ notice_delivery: 'mail' })
        .where('id', '=', fixture.guardians.own)
        .execute();
    }
  });
});
