import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../http/app.ts';
import type { Database } from '../db/database.ts';
import { openTestDatabase } from '../testing/test-database.ts';
import { testConfig } from '../testing/test-config.ts';
import type { Fixture } from '../testing/fixtures.ts';
import { createFixture, fixturePassword } from '../testing/fixtures.ts';
import type { TestSession } from '../testing/sign-in.ts';
import { signInAs, signInAsRole } from '../testing/sign-in.ts';
import { completeIepContent, insertIep } from '../iep/test-support.ts';
import { insertStaff } from '../distribution/test-support.ts';
import { addressSites, readyForEscalation, speechTherapy } from './test-support.ts';
import type { EscalationView } from './schemas.ts';

/**
 * Escalations (PREK, Contact Information), one world: the fixture district with its routes for
 * an IEP not received and related services set (not SEIT), School A addressed, a preschool child
 * enrolled at School A with a final IEP giving SEIT services, the fixture's chairperson chairing
 * School A's CPSE too, and a teacher at School B.
 */

let database: Database;
let app: FastifyInstance;
let fixture: Fixture;
let admin: TestSession;
let chair: TestSession;
let leader: TestSession;
let teacher: TestSession;
let para: TestSession;
let teacherAtB: TestSession;
let preschooler: string;
let seitServiceId: string;
let speechServiceId: string;
let filed: EscalationView;

const schoolAddress = '1 School Lane, Albany, NY 12207';

before(async () => {
  database = await openTestDatabase();
  fixture = await createFixture(database);
  const { db } = database;
  const districtId = fixture.districtId;
  ({ serviceId: speechServiceId } = await readyForEscalation(database, fixture.students.own));
  await db
    .deleteFrom('escalation_routes')
    .where('district_id', '=', districtId)
    .where('kind', '=', 'seit-services')
    .execute();
  const child = await db
    .insertInto('students')
    .values({
      district_id: districtId,
      student_number: 'P1',
      legal_first_name: 'Ana',
      legal_last_name: 'Ruiz',
      date_of_birth: '2022-03-04',
      level: 'preschool',
      native_language: 'es',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  preschooler = child.id;
  await db
    .insertInto('enrollments')
    .values({
      district_id: districtId,
      student_id: preschooler,
      site_id: fixture.siteA,
      starts_on: '2020-09-01',
    })
    .execute();
  await addressSites(db, preschooler);
  const { versionId } = await insertIep(db, preschooler, {
    status: 'final',
    content: completeIepContent({
      services: [
        { ...speechTherapy, program: 'seit', service: 'SEIT', frequency: 3, durationMinutes: 60 },
      ],
    }),
  });
  seitServiceId = (
    await db
      .selectFrom('iep_services')
      .where('iep_version_id', '=', versionId)
      .select('id')
      .executeTakeFirstOrThrow()
  ).id;
  await db
    .insertInto('committee_memberships')
    .values({
      district_id: districtId,
      staff_id: fixture.accounts.chairperson.staffId!,
      committee: 'cpse',
      site_id: fixture.siteA,
    })
    .execute();
  // A teacher at School B, implementing the IEP of a student there.
  const teacherB = await insertStaff(db, districtId, {
    roles: ['teacher'],
    siteId: fixture.siteB,
    password: fixturePassword,
    name: 'Teacher At B',
  });
  await db
    .insertInto('implementer_assignments')
    .values({
      district_id: districtId,
      student_id: fixture.students.otherSchool,
      staff_id: teacherB.staffId,
      starts_on: '2020-09-01',
    })
    .execute();

  app = await buildApp({ database, config: testConfig() });
  admin = await signInAsRole(app, fixture, 'district-admin');
  chair = await signInAsRole(app, fixture, 'chairperson');
  leader = await signInAsRole(app, fixture, 'program-leader');
  teacher = await signInAsRole(app, fixture, 'teacher');
  para = await signInAsRole(app, fixture, 'paraprofessional');
  teacherAtB = await signInAs(app, teacherB.email, fixturePassword);
});
after(async () => {
  await app.close();
  await database.close();
});

function fileFor(session: TestSession, studentId: string, payload: object) {
  return app.inject({
    method: 'POST',
    url: `/api/students/${studentId}/escalations`,
    headers: session.headers,
    payload,
  });
}
type Refusal = { error: { message: string; citation: string; fields: { path: string }[] } };
const escalationCount = async () =>
  Number(
    (
      await database.db
        .selectFrom('escalations')
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

describe('filing', () => {
  test('an IEP not received is pre-filled with the child, the school and its address, and its e-mail queued to the route', async () => {
    const response = await fileFor(leader, preschooler, {
      problem: 'iep-not-received',
      details: 'Enrolled since September.',
    });
    assert.equal(response.statusCode, 201, response.body);
    filed = response.json<EscalationView>();
    assert.equal(filed.kind, 'iep-not-received');
    assert.equal(filed.childName, 'Ana Ruiz');
    assert.equal(filed.dateOfBirth, '2022-03-04');
    assert.equal(filed.siteName, 'School A');
    assert.equal(filed.siteAddress, schoolAddress);
    assert.equal(filed.toAddress, 'iep-not-received@district.test');
    assert.equal(filed.emailStatus, 'queued');
    assert.equal(filed.status, 'open');

    const email = await database.db
      .selectFrom('email_outbox')
      .selectAll()
      .where('escalation_id', '=', filed.id)
      .executeTakeFirstOrThrow();
    assert.equal(email.to_address, 'iep-not-received@district.test');
    assert.equal(email.status, 'queued');
    assert.doesNotMatch(email.subject, /Ana|Ruiz/, 'the subject names no child');
    for (const fact of [
      'Child’s name: Ana Ruiz',
      'Date of birth: March 4, 2022',
      'School name: School A',
      `School address: ${schoolAddress}`,
      'has not received the IEP',
      'Details: Enrolled since September.',
    ])
      assert.ok(email.body.includes(fact), `${fact} in:\n${email.body}`);

    // The CPSE chairperson of School A is told; the program leader who filed it is not.
    const notified = await database.db
      .selectFrom('staff_notifications')
      .select(['staff_id', 'kind'])
      .where('subject_id', '=', filed.id)
      .execute();
    assert.deepEqual(notified, [
      { staff_id: fixture.accounts.chairperson.staffId, kind: 'escalation-filed' },
    ]);
  });

  test('a related service not started goes to the related services route and names the service', async () => {
    const response = await fileFor(teacher, fixture.students.own, {
      problem: 'services-not-started',
      serviceId: speechServiceId,
    });
    assert.equal(response.statusCode, 201, response.body);
    const view = response.json<EscalationView>();
    assert.equal(view.kind, 'related-services');
    assert.equal(view.service?.service, 'Speech-language therapy');
    const email = await database.db
      .selectFrom('email_outbox')
      .select(['to_address', 'body'])
      .where('escalation_id', '=', view.id)
      .executeTakeFirstOrThrow();
    assert.equal(email.to_address, 'related-services@district.test');
    assert.match(email.body, /Program name: School A/);
    assert.match(
      email.body,
      /Service: Speech-language therapy \(Related services\), 2 times a week/,
    );
  });

  test('an IEP not received is refused for a school-age student, and nothing is written', async () => {
    const before = await escalationCount();
    const response = await fileFor(admin, fixture.students.own, { problem: 'iep-not-received' });
    assert.equal(response.statusCode, 422);
    const { error } = response.json<Refusal>();
    assert.equal(error.citation, 'PREK, Contact Information');
    assert.deepEqual(
      error.fields.map((f) => f.path),
      ['problem'],
    );
    assert.equal(await escalationCount(), before);
  });

  test('a service problem needs a related or SEIT service of the IEP in effect', async () => {
    const response = await fileFor(admin, fixture.students.own, { problem: 'provider-stopped' });
    assert.equal(response.statusCode, 422);
    assert.deepEqual(
      response.json<Refusal>().error.fields.map((f) => f.path),
      ['serviceId'],
    );
    // Another student's service is not one of this student's IEP.
    const other = await fileFor(admin, fixture.students.own, {
      problem: 'provider-stopped',
      serviceId: seitServiceId,
    });
    assert.equal(other.statusCode, 422);
  });

  test('a kind whose route the district has not set is refused until an administrator sets it', async () => {
    const body = { problem: 'provider-stopped', serviceId: seitServiceId };
    const refused = await fileFor(admin, preschooler, body);
    assert.equal(refused.statusCode, 422);
    const { error } = refused.json<Refusal>();
    assert.match(error.message, /administrator must set it/);
    assert.deepEqual(
      error.fields.map((f) => f.path),
      ['problem'],
    );

    const invalid = await app.inject({
      method: 'PUT',
      url: '/api/escalation-routes/seit-services',
      headers: admin.headers,
      payload: { contactName: ' ', email: 'not an address' },
    });
    assert.equal(invalid.statusCode, 400);
    assert.deepEqual(
      invalid
        .json<Refusal>()
        .error.fields.map((f) => f.path)
        .sort(),
      ['contactName', 'email'],
    );
    const set = await app.inject({
      method: 'PUT',
      url: '/api/escalation-routes/seit-services',
      headers: admin.headers,
      payload: { contactName: '4410 Oversight', email: '4410Oversight@district.test' },
    });
    assert.equal(set.statusCode, 200, set.body);

    const accepted = await fileFor(admin, preschooler, body);
    assert.equal(accepted.statusCode, 201, accepted.body);
    assert.equal(accepted.json<EscalationView>().kind, 'seit-services');
    assert.equal(accepted.json<EscalationView>().toAddress, '4410Oversight@district.test');
  });

  test('a paraprofessional is refused, and the refusal is logged', async () => {
    const response = await fileFor(para, fixture.students.own, {
      problem: 'services-not-started',
      serviceId: speechServiceId,
    });
    assert.equal(response.statusCode, 403);
    const denied = await database.db
      .selectFrom('access_log')
      .select(['record_type', 'action'])
      .where('actor_account_id', '=', fixture.accounts.paraprofessional.accountId)
      .where('purpose', '=', 'file-escalation')
      .where('outcome', '=', 'denied')
      .execute();
    assert.deepEqual(denied, [{ record_type: 'escalation', action: 'create' }]);
  });
});

describe('tracking', () => {
  test('the chairperson sees it in the list, each student read logged; a teacher at another school does not', async () => {
    const list = await app.inject({
      method: 'GET',
      url: '/api/escalations',
      headers: chair.headers,
    });
    assert.equal(list.statusCode, 200);
    const ids = list.json<{ escalations: EscalationView[] }>().escalations.map((e) => e.id);
    assert.ok(ids.includes(filed.id));
    const logged = await database.db
      .selectFrom('access_log')
      .select('student_id')
      .where('actor_account_id', '=', fixture.accounts.chairperson.accountId)
      .where('purpose', '=', 'view-escalations')
      .execute();
    assert.ok(logged.some((r) => r.student_id === preschooler));

    const other = await app.inject({
      method: 'GET',
      url: '/api/escalations?status=all',
      headers: teacherAtB.headers,
    });
    assert.equal(other.statusCode, 200);
    assert.deepEqual(other.json<{ escalations: EscalationView[] }>().escalations, []);
  });

  test('the form is pre-filled from the address the delivery alerts link to, with the facts it will send', async () => {
    const response = await app.inject({
      method: 'GET',
      url: `/students/${preschooler}/escalations/new?problem=services-not-started&serviceId=${seitServiceId}`,
      headers: { cookie: leader.cookie },
    });
    assert.equal(response.statusCode, 200);
    assert.match(response.body, /<option value="services-not-started" selected=""/);
    assert.match(response.body, new RegExp(`<option value="${seitServiceId}" selected=""`));
    assert.ok(response.body.includes('Ana Ruiz') && response.body.includes(schoolAddress));
  });

  test('resolving closes it and tells the filer; a second resolve is a conflict', async () => {
    const url = `/api/students/${preschooler}/escalations/${filed.id}/resolve`;
    const resolved = await app.inject({
      method: 'POST',
      url,
      headers: chair.headers,
      payload: { resolution: 'The IEP was sent to the school.' },
    });
    assert.equal(resolved.statusCode, 200, resolved.body);
    const view = resolved.json<EscalationView>();
    assert.equal(view.status, 'resolved');
    assert.equal(view.resolution, 'The IEP was sent to the school.');
    const told = await database.db
      .selectFrom('staff_notifications')
      .select('staff_id')
      .where('subject_id', '=', filed.id)
      .where('kind', '=', 'escalation-resolved')
      .execute();
    assert.deepEqual(told, [{ staff_id: fixture.accounts['program-leader'].staffId }]);

    const again = await app.inject({
      method: 'POST',
      url,
      headers: leader.headers,
      payload: { resolution: 'Again.' },
    });
    assert.equal(again.statusCode, 409);

    const open = await app.inject({
      method: 'GET',
      url: '/api/escalations',
      headers: chair.headers,
    });
    const openIds = open.json<{ escalations: EscalationView[] }>().escalations.map((e) => e.id);
    assert.ok(!openIds.includes(filed.id), 'no longer among the open ones');
  });
});
