import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import type { FastifyInstance } from 'fastify';
import { RECORDS_CITATIONS } from '@continuum/rules/records/index.ts';
import { buildApp } from '../http/app.ts';
import type { Database } from '../db/database.ts';
import { inDistrict } from '../db/tenant.ts';
import { todayInNewYork } from '../clock.ts';
import { openTestDatabase } from '../testing/test-database.ts';
import { testConfig } from '../testing/test-config.ts';
import type { Fixture } from '../testing/fixtures.ts';
import { createFixture } from '../testing/fixtures.ts';
import type { TestSession } from '../testing/sign-in.ts';
import { signInAsRole } from '../testing/sign-in.ts';
import { insertRecordsRequest } from '../records-requests/test-support.ts';
import type { DestructionCaseView, DestructionDone, DestructionQueue } from './schemas.ts';

/**
 * The destruction workflow through the API and the pages (34 CFR 300.624): informing the parent
 * (the notice queued to their e-mail), the parent's request, the rules' refusals, the privacy
 * officer's run and what is left; and the database's own guards around the one path through
 * the immutability triggers (migration 0014).
 */
const today = todayInNewYork();
let database: Database;
let app: FastifyInstance;
let fixture: Fixture;
let parent: TestSession;
let officer: TestSession;
let admin: TestSession;

before(async () => {
  database = await openTestDatabase();
  fixture = await createFixture(database);
  await database.db
    .updateTable('guardians')
    .set({ email: 'parent.own@family.test', preferred_language: 'es' })
    .where('id', '=', fixture.guardians.own)
    .execute();
  app = await buildApp({ database, config: testConfig() });
  parent = await signInAsRole(app, fixture, 'parent');
  officer = await signInAsRole(app, fixture, 'privacy-officer');
  admin = await signInAsRole(app, fixture, 'district-admin');
});
after(async () => {
  await app?.close();
  await database?.close();
});

const post = (url: string, s: TestSession, payload: object) =>
  app.inject({ method: 'POST', url, headers: s.headers, payload });
const get = (url: string, s: TestSession) => app.inject({ method: 'GET', url, headers: s.headers });
const inform = (studentId: string, payload: object, s = officer) =>
  post(`/api/students/${studentId}/destruction/informed`, s, payload);
const ask = (studentId: string, payload: object, s: TestSession) =>
  post(`/api/students/${studentId}/destruction/request`, s, payload);
const run = (studentId: string, payload: object, s = officer) =>
  post(`/api/students/${studentId}/destruction/run`, s, payload);

describe('informing the parent that the information is no longer needed', () => {
  test('by e-mail, the notice is queued to the parent in their language', async () => {
    const response = await inform(fixture.students.own, {
      guardianId: fixture.guardians.own,
      how: 'email',
      informedOn: today,
    });
    assert.equal(response.statusCode, 201, response.body);
    const view = response.json<DestructionCaseView>();
    assert.equal(view.informedOn, today);
    assert.equal(view.noticeEmailStatus, 'queued');
    const mail = await database.db
      .selectFrom('email_outbox')
      .where('student_id', '=', fixture.students.own)
      .where('to_address', '=', 'parent.own@family.test')
      .select(['subject', 'body'])
      .executeTakeFirstOrThrow();
    // The three elements the rules require, in Spanish (the parent's language).
    assert.match(mail.body, /ya no necesita/);
    assert.match(mail.body, /debe destruirse si usted lo solicita/);
    assert.match(mail.body, /registro permanente/);
  });

  test('a second notice is a conflict', async () => {
    const response = await inform(fixture.students.own, {
      guardianId: fixture.guardians.own,
      how: 'mail',
      informedOn: today,
    });
    assert.equal(response.statusCode, 409, response.body);
  });

  test('a parent without an e-mail address cannot be informed by e-mail', async () => {
    const response = await inform(fixture.students.sameSchool, {
      guardianId: fixture.guardians.sameSchool,
      how: 'email',
      informedOn: today,
    });
    assert.equal(response.statusCode, 400, response.body);
    assert.match(response.body, /"how"/);
  });

  test("another child's parent, or a day to come, is refused", async () => {
    const other = await inform(fixture.students.sameSchool, {
      guardianId: fixture.guardians.own,
      how: 'mail',
      informedOn: today,
    });
    assert.equal(other.statusCode, 400, other.body);
    const future = await inform(fixture.students.sameSchool, {
      guardianId: fixture.guardians.sameSchool,
      how: 'mail',
      informedOn: '2999-01-01',
    });
    assert.equal(future.statusCode, 400, future.body);
  });

  test('the parent does not record it', async () => {
    const response = await inform(
      fixture.students.own,
      { guardianId: fixture.guardians.own, how: 'mail', informedOn: today },
      parent,
    );
    assert.equal(response.statusCode, 403);
  });
});

describe("the parent's request", () => {
  test("the district's fields are not the parent's to send", async () => {
    const response = await ask(
      fixture.students.own,
      { confirm: true, receivedOn: today, channel: 'paper' },
      parent,
    );
    assert.equal(response.statusCode, 400, response.body);
  });

  test('a parent asks for their own child, online, today', async () => {
    const response = await ask(fixture.students.own, { confirm: true }, parent);
    assert.equal(response.statusCode, 201, response.body);
    const view = response.json<DestructionCaseView>();
    assert.deepEqual(
      [view.requestedOn, view.requestChannel, view.requester, view.requesterName],
      [today, 'online', 'parent', 'Parent Of Own'],
    );
    assert.equal(view.blocker, null);
    assert.equal((await ask(fixture.students.own, { confirm: true }, parent)).statusCode, 409);
  });

  test('not for a child who is not theirs', async () => {
    const response = await ask(fixture.students.sameSchool, { confirm: true }, parent);
    assert.equal(response.statusCode, 404);
  });

  test('a student under 18 cannot ask (the same authority as to inspect)', async () => {
    const response = await ask(
      fixture.students.sameSchool,
      { confirm: true, requester: 'student', receivedOn: today, channel: 'paper' },
      officer,
    );
    assert.equal(response.statusCode, 422, response.body);
  });
});

describe('running the destruction', () => {
  test('refused before the parent was informed, with the citation', async () => {
    const { otherSchool } = fixture.students;
    assert.equal(
      (
        await ask(
          otherSchool,
          {
            confirm: true,
            requester: 'parent',
            guardianId: fixture.guardians.otherSchool,
            receivedOn: today,
            channel: 'paper',
          },
          admin,
        )
      ).statusCode,
      201,
    );
    const response = await run(otherSchool, { confirmStudentNumber: 'B1' });
    assert.equal(response.statusCode, 422, response.body);
    assert.match(response.body, /Inform the parent/);
    assert.ok(response.body.includes(RECORDS_CITATIONS.destruction));
  });

  test('refused while a request to inspect is open (FERPA 99.10(e))', async () => {
    const { otherSchool } = fixture.students;
    const informed = await inform(otherSchool, {
      guardianId: fixture.guardians.otherSchool,
      how: 'in-person',
      informedOn: today,
    });
    assert.equal(informed.statusCode, 201, informed.body);
    const requestId = await insertRecordsRequest(database.db, otherSchool);
    const queue = (await get('/api/destruction', officer)).json<DestructionQueue>();
    const waiting = queue.pending.find((p) => p.studentId === otherSchool);
    assert.match(waiting?.blocker?.message ?? '', /request to inspect/);
    const response = await run(otherSchool, { confirmStudentNumber: 'B1' });
    assert.equal(response.statusCode, 422, response.body);
    assert.ok(response.body.includes(RECORDS_CITATIONS.ferpaNoDestructionWhileRequested));
    await database.db
      .updateTable('records_requests')
      .set({ status: 'withdrawn', withdrawn_on: today })
      .where('id', '=', requestId)
      .execute();
  });

  test('a district administrator does not run it', async () => {
    const response = await run(fixture.students.otherSchool, { confirmStudentNumber: 'B1' }, admin);
    assert.equal(response.statusCode, 403);
  });

  test('the database refuses a destruction the workflow did not reach', async () => {
    await assert.rejects(
      inDistrict(database.db, fixture.districtId, (tx) =>
        sql`select destroy_student_records(${fixture.districtId}::uuid, ${fixture.students.sameSchool}::uuid, ${fixture.accounts['privacy-officer'].accountId}::uuid, null, null)`.execute(
          tx,
        ),
      ),
      /informed and ask/,
    );
  });

  test("the database refuses another district's student", async () => {
    await assert.rejects(
      inDistrict(database.db, fixture.districtId, (tx) =>
        sql`select destroy_student_records(${fixture.otherDistrictId}::uuid, ${fixture.students.otherDistrict}::uuid, ${fixture.accounts['privacy-officer'].accountId}::uuid, null, null)`.execute(
          tx,
        ),
      ),
      /district of the transaction/,
    );
  });

  test('the privacy officer destroys from the page; the permanent record is on the queue', async () => {
    const { otherSchool } = fixture.students;
    await database.db
      .updateTable('guardians')
      .set({ address: '9 Elm St, Albany', phone: '555-0142' })
      .where('id', '=', fixture.guardians.otherSchool)
      .execute();
    const page = await get(`/students/${otherSchool}/destruction`, officer);
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /confirmStudentNumber/);
    const response = await app.inject({
      method: 'POST',
      url: `/students/${otherSchool}/destruction/run`,
      headers: {
        cookie: officer.cookie,
        'content-type': 'application/x-www-form-urlencoded',
      },
      payload: new URLSearchParams({
        _csrf: officer.csrfToken,
        confirmStudentNumber: 'B1',
        yearCompleted: '2026',
      }).toString(),
    });
    assert.equal(response.statusCode, 303, response.body);
    assert.match(String(response.headers.location), /^\/destruction\?done=destroyed/);
    const queue = (await get('/api/destruction', officer)).json<DestructionQueue>();
    const done = queue.destroyed.find((d) => d.studentId === otherSchool) as DestructionDone;
    assert.deepEqual(done.permanentRecord, {
      firstName: 'FirstB1',
      lastName: 'LastB1',
      address: '9 Elm St, Albany',
      phoneNumber: '555-0142',
      gradeLevelCompleted: '4',
      yearCompleted: 2026,
    });
    assert.ok(!queue.pending.some((p) => p.studentId === otherSchool));
    const queuePage = await get('/destruction', officer);
    assert.match(queuePage.body, /Permanent record: FirstB1 LastB1/);
    assert.equal((await get(`/students/${otherSchool}`, officer)).statusCode, 404);
    assert.equal((await get(`/api/students/${otherSchool}/destruction`, officer)).statusCode, 404);
  });

  test('a destruction id set by hand does not open the immutable tables', async () => {
    const destruction = await database.db
      .selectFrom('record_destructions')
      .select(['id', 'student_id'])
      .executeTakeFirstOrThrow();
    // The superuser connection: the trigger, not the grants, is what refuses here.
    await assert.rejects(
      database.db.transaction().execute(async (tx) => {
        await sql`select set_config('continuum.destruction_id', ${destruction.id}, true)`.execute(
          tx,
        );
        await sql`delete from documents where student_id = ${fixture.students.own}`.execute(tx);
        await sql`insert into documents (district_id, student_id, kind, title, language, content, source, created_by)
          values (${fixture.districtId}, ${fixture.students.own}, 'iep', 't', 'en', '\\x00', 's', ${fixture.districtId})`.execute(
          tx,
        );
        await sql`delete from documents where student_id = ${fixture.students.own}`.execute(tx);
      }),
      /immutable/,
    );
    // And the application's role may not delete at all.
    await assert.rejects(
      inDistrict(database.db, fixture.districtId, (tx) =>
        sql`delete from iep_versions where student_id = ${fixture.students.own}`.execute(tx),
      ),
      /permission denied/,
    );
    await assert.rejects(
      inDistrict(database.db, fixture.districtId, (tx) =>
        sql`insert into record_destructions (district_id, student_id, informed_on, informed_how, requested_on, requester_kind, request_channel, run_by, status)
          values (${fixture.districtId}, ${fixture.students.own}, ${today}, 'mail', ${today}, 'parent', 'paper', ${fixture.districtId}, 'running')`.execute(
          tx,
        ),
      ),
      /permission denied/,
    );
  });
});
