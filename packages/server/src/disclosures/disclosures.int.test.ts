import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { FastifyInstance } from 'fastify';
import { RECORDS_CITATIONS } from '@continuum/rules/records/index.ts';
import { buildApp } from '../http/app.ts';
import type { Database } from '../db/database.ts';
import { todayInNewYork } from '../clock.ts';
import { openTestDatabase } from '../testing/test-database.ts';
import { testConfig } from '../testing/test-config.ts';
import type { Fixture } from '../testing/fixtures.ts';
import { createFixture } from '../testing/fixtures.ts';
import type { TestSession } from '../testing/sign-in.ts';
import { signInAsRole } from '../testing/sign-in.ts';
import type { ConsentView } from '../consent/schemas.ts';
import { insertAmendmentRequest } from '../amendments/test-support.ts';
import type { DisclosureView, RecordOfAccess, StudentDisclosures } from './schemas.ts';

/**
 * Disclosures (34 CFR 300.622, 300.535) and the record of access (300.614), through the API
 * and the pages: what the rules refuse is a 422 with the passage and nothing is written; what
 * they allow shows in the parent's record of access with the party, the date and the purpose.
 */
const today = todayInNewYork();

let database: Database;
let app: FastifyInstance;
let fixture: Fixture;
let parent: TestSession;
let officer: TestSession;
let chair: TestSession;
let teacher: TestSession;

before(async () => {
  database = await openTestDatabase();
  fixture = await createFixture(database);
  app = await buildApp({ database, config: testConfig() });
  parent = await signInAsRole(app, fixture, 'parent');
  officer = await signInAsRole(app, fixture, 'privacy-officer');
  chair = await signInAsRole(app, fixture, 'chairperson');
  teacher = await signInAsRole(app, fixture, 'teacher');
});
after(async () => {
  await app?.close();
  await database?.close();
});

type Problem = { error: { message: string; citation?: string; fields?: { path: string }[] } };
const post = (url: string, s: TestSession, payload: object) =>
  app.inject({ method: 'POST', url, headers: s.headers, payload });
const get = (url: string, s: TestSession) => app.inject({ method: 'GET', url, headers: s.headers });
const disclose = (studentId: string, payload: object, s = officer) =>
  post(`/api/students/${studentId}/disclosures`, s, payload);
const disclosuresOf = async (studentId: string) => {
  const response = await get(`/api/students/${studentId}/disclosures`, officer);
  assert.equal(response.statusCode, 200, response.body);
  return response.json<StudentDisclosures>().disclosures;
};
const recordOfAccess = async (studentId: string, s: TestSession) => {
  const response = await get(`/api/students/${studentId}/record-of-access`, s);
  assert.equal(response.statusCode, 200, response.body);
  return response.json<RecordOfAccess>();
};

/** A disclosure consent for a transition agency, requested by the chairperson, and its answer. */
async function transitionConsent(studentId: string, recipientName: string, granted: string[]) {
  const response = await post(`/api/students/${studentId}/consents`, chair, {
    type: 'disclosure',
    requestedOn: '2025-10-01',
    method: 'mail',
    recipientKind: 'transition-agency',
    recipientName,
    informationDisclosed: 'The IEP and the vocational assessment.',
  });
  assert.equal(response.statusCode, 201, response.body);
  let consent = response.json<{ consent: ConsentView }>().consent;
  for (const [state, on] of granted.map((g) => g.split('@') as [string, string])) {
    const answered = await post(
      `/api/students/${studentId}/consents/${consent.id}/responses`,
      chair,
      { state, on, written: true, version: consent.version },
    );
    assert.equal(answered.statusCode, 200, answered.body);
    consent = answered.json<{ consent: ConsentView }>().consent;
  }
  return consent;
}

const transition = (extra: object = {}) => ({
  disclosedOn: today,
  partyKind: 'transition-agency',
  partyName: 'ACCES-VR Regional Office',
  purpose: 'Planning vocational rehabilitation services after school.',
  recordTypes: ['iep', 'evaluation'],
  description: 'The current IEP and the vocational assessment.',
  ...extra,
});

describe('a disclosure to a transition agency needs the consent on file', () => {
  test('without a consent it is refused with the passage, and nothing is written', async () => {
    const response = await disclose(fixture.students.own, transition());
    assert.equal(response.statusCode, 422, response.body);
    const { error } = response.json<Problem>();
    assert.equal(error.citation, RECORDS_CITATIONS.disclosure);
    assert.match(error.message, /transition services/);
    assert.deepEqual(
      error.fields?.map((f) => f.path),
      ['consentId'],
    );
    assert.deepEqual(await disclosuresOf(fixture.students.own), []);
  });

  test('a consent only requested, or for another recipient, or of another child is refused', async () => {
    const requested = await transitionConsent(fixture.students.own, 'ACCES-VR Regional Office', []);
    const notGranted = await disclose(
      fixture.students.own,
      transition({ consentId: requested.id }),
    );
    assert.equal(notGranted.statusCode, 422, notGranted.body);

    const other = await transitionConsent(fixture.students.own, 'Job Corps', [
      `granted@2025-10-02`,
    ]);
    const wrongParty = await disclose(fixture.students.own, transition({ consentId: other.id }));
    assert.equal(wrongParty.statusCode, 422, wrongParty.body);
    assert.match(wrongParty.json<Problem>().error.message, /Job Corps/);

    const otherChild = await transitionConsent(
      fixture.students.sameSchool,
      'ACCES-VR Regional Office',
      ['granted@2025-10-02'],
    );
    const wrongChild = await disclose(
      fixture.students.own,
      transition({ consentId: otherChild.id }),
    );
    assert.equal(wrongChild.statusCode, 400, wrongChild.body);
    assert.deepEqual(await disclosuresOf(fixture.students.own), []);
  });

  test('a consent revoked before the day of the disclosure is not in effect; before its revocation it was', async () => {
    const consent = await transitionConsent(fixture.students.sameSchool, 'OPWDD', [
      'granted@2025-10-02',
      'revoked@2025-11-01',
    ]);
    const body = { partyName: 'opwdd', consentId: consent.id };
    const after = await disclose(
      fixture.students.sameSchool,
      transition({ ...body, disclosedOn: '2025-11-03' }),
    );
    assert.equal(after.statusCode, 422, after.body);
    const before = await disclose(
      fixture.students.sameSchool,
      transition({ ...body, disclosedOn: '2025-10-20' }),
    );
    assert.equal(before.statusCode, 201, before.body);
    assert.equal(before.json<DisclosureView>().basis, 'consent');
  });

  test('under a granted consent it is recorded, and the parent reads it in the record of access', async () => {
    const consent = await transitionConsent(fixture.students.own, 'ACCES-VR Regional Office', [
      'granted@2025-10-03',
    ]);
    const response = await disclose(fixture.students.own, transition({ consentId: consent.id }));
    assert.equal(response.statusCode, 201, response.body);
    const disclosure = response.json<DisclosureView>();
    assert.deepEqual(
      [disclosure.basis, disclosure.consentId, disclosure.consentRequestedOn, disclosure.citation],
      ['consent', consent.id, '2025-10-01', RECORDS_CITATIONS.disclosure],
    );

    // The officer's read of the list and the chairperson's reads are accesses the parent sees.
    const record = await recordOfAccess(fixture.students.own, parent);
    assert.equal(record.citation, RECORDS_CITATIONS.recordOfAccess);
    const [entry] = record.disclosures;
    assert.deepEqual(
      [entry?.party, entry?.name, entry?.date, entry?.disclosure?.purpose, entry?.problems],
      ['other', 'ACCES-VR Regional Office', today, transition().purpose, []],
    );
    const staff = record.accesses.find((a) => a.purposeCode === 'record-disclosure');
    assert.equal(staff?.party, 'authorized-employee');
    assert.match(staff?.roles ?? '', /privacy-officer/);
    assert.ok(record.accesses.every((a) => a.problems.length === 0));
  });
});

describe("a parent's statement goes with the records it concerns (34 CFR 300.620(b))", () => {
  test('a disclosure of the evaluation carries the statement on it; one of the IEP alone does not', async () => {
    const studentId = fixture.students.own;
    const requestId = await insertAmendmentRequest(database.db, studentId, 'hearing-kept');
    const placed = await post(
      `/api/students/${studentId}/amendments/${requestId}/statements`,
      parent,
      { statement: 'The reading score was taken while my child was ill.' },
    );
    assert.equal(placed.statusCode, 201, placed.body);
    const official = (recordTypes: string[]) => ({
      disclosedOn: today,
      partyKind: 'participating-agency-official',
      partyName: 'Regional BOCES',
      purpose: 'Providing the related services in the IEP.',
      recordTypes,
      description: 'The records named.',
      forPartB: true,
    });
    const withEvaluation = await disclose(studentId, official(['iep', 'evaluation']));
    assert.equal(withEvaluation.statusCode, 201, withEvaluation.body);
    assert.equal(withEvaluation.json<DisclosureView>().statementIds.length, 1);
    const iepOnly = await disclose(studentId, official(['iep']));
    assert.deepEqual(iepOnly.json<DisclosureView>().statementIds, []);
    const page = await get(`/students/${studentId}/disclosures`, officer);
    assert.match(page.body, /statement on these records was disclosed with them/);
  });
});

describe('exceptions', () => {
  test('officials of a participating agency for Part B need no consent; naming one is refused as not applying', async () => {
    const body = {
      disclosedOn: today,
      partyKind: 'participating-agency-official',
      partyName: 'Regional BOCES',
      purpose: 'Providing the related services in the IEP.',
      recordTypes: ['iep'],
      description: 'The IEP.',
      forPartB: true,
    };
    const ok = await disclose(fixture.students.sameSchool, body);
    assert.equal(ok.statusCode, 201, ok.body);
    assert.equal(ok.json<DisclosureView>().basis, 'participating-agency-official');
    const withFerpa = await disclose(fixture.students.sameSchool, {
      ...body,
      ferpaAuthority: '34 CFR 99.31',
    });
    assert.equal(withFerpa.statusCode, 400);
    assert.match(withFerpa.body, /ferpaAuthority/);
  });

  test('a crime report carries special education and disciplinary records only, under the FERPA provision', async () => {
    const report = {
      disclosedOn: today,
      partyKind: 'crime-report-authority',
      partyName: 'County Police Department',
      purpose: 'The district reported a crime committed by the student.',
      description: 'The IEP and the evaluation report.',
      ferpaAuthority: '34 CFR 99.31(a)(9)(i), subpoena',
    };
    const beyond = await disclose(fixture.students.sameSchool, {
      ...report,
      recordTypes: ['iep', 'guardians'],
    });
    assert.equal(beyond.statusCode, 422, beyond.body);
    const { error } = beyond.json<Problem>();
    assert.equal(error.citation, RECORDS_CITATIONS.crimeReport);
    assert.deepEqual(
      error.fields?.map((f) => f.path),
      ['recordTypes'],
    );
    const noFerpa = await disclose(fixture.students.sameSchool, {
      ...report,
      ferpaAuthority: undefined,
      recordTypes: ['iep'],
    });
    assert.equal(noFerpa.statusCode, 422, noFerpa.body);
    assert.equal(noFerpa.json<Problem>().error.citation, RECORDS_CITATIONS.crimeReport);
    const ok = await disclose(fixture.students.sameSchool, {
      ...report,
      recordTypes: ['iep', 'evaluation'],
    });
    assert.equal(ok.statusCode, 201, ok.body);
    assert.deepEqual(
      [ok.json<DisclosureView>().basis, ok.json<DisclosureView>().ferpaAuthority],
      ['crime-report', report.ferpaAuthority],
    );
  });

  test('a day that has not come yet is refused', async () => {
    const response = await disclose(
      fixture.students.sameSchool,
      transition({ disclosedOn: '2999-01-01' }),
    );
    assert.equal(response.statusCode, 400);
    assert.match(response.body, /disclosedOn/);
  });
});

describe('who reaches them', () => {
  test('a parent of another child is not found, and another child’s accesses never appear', async () => {
    for (const url of ['record-of-access', 'disclosures']) {
      const response = await get(`/api/students/${fixture.students.sameSchool}/${url}`, parent);
      assert.equal(response.statusCode, 404, url);
    }
    // The other child has disclosures and accesses of its own (the tests above).
    const other = await recordOfAccess(fixture.students.sameSchool, officer);
    assert.ok(other.disclosures.length > 0 && other.accesses.length > 0);
    const own = await recordOfAccess(fixture.students.own, parent);
    const ownIds = new Set(own.disclosures.map((d) => d.disclosure?.id));
    assert.ok(other.disclosures.every((d) => !ownIds.has(d.disclosure?.id)));
    assert.ok(own.disclosures.every((d) => d.disclosure?.studentId === fixture.students.own));
    // Every access shown is one of this child's access-log rows, allowed.
    const rows = await database.db
      .selectFrom('access_log')
      .where('student_id', '=', fixture.students.own)
      .where('outcome', '=', 'allowed')
      .select(['at', 'purpose'])
      .execute();
    const ownRows = new Set(rows.map((r) => `${new Date(r.at).toISOString()} ${r.purpose}`));
    assert.ok(own.accesses.length > 0);
    for (const a of own.accesses) assert.ok(ownRows.has(`${a.at} ${a.purposeCode}`), a.at ?? '');
  });

  test("the parent's reading is itself logged; refused attempts are not shown", async () => {
    await get(`/api/students/${fixture.students.own}/disclosures`, teacher); // 403, logged denied
    const record = await recordOfAccess(fixture.students.own, parent);
    const afterRead = await recordOfAccess(fixture.students.own, officer);
    assert.ok(
      afterRead.accesses.some(
        (a) => a.party === 'parent' && a.purposeCode === 'view-record-of-access',
      ),
    );
    assert.ok(
      !record.accesses.some((a) => a.purposeCode === 'view-disclosures' && a.roles === 'teacher'),
    );
  });

  test('the chairperson reads the disclosures but not the record of access; a teacher neither', async () => {
    assert.equal(
      (await get(`/api/students/${fixture.students.own}/disclosures`, chair)).statusCode,
      200,
    );
    assert.equal(
      (await get(`/api/students/${fixture.students.own}/record-of-access`, chair)).statusCode,
      403,
    );
    assert.equal((await disclose(fixture.students.own, transition(), chair)).statusCode, 403);
    assert.equal(
      (await get(`/api/students/${fixture.students.own}/disclosures`, teacher)).statusCode,
      403,
    );
  });

  test("the district's recent disclosures list the privacy officer's, newest first", async () => {
    const list = await app.inject({
      method: 'GET',
      url: '/api/disclosures',
      headers: officer.headers,
    });
    assert.equal(list.statusCode, 200, list.body);
    const items = list.json<{ items: { studentId: string; recordedAt: string }[] }>().items;
    assert.ok(items.length >= 4);
    const children = new Set(items.map((i) => i.studentId));
    assert.ok(children.has(fixture.students.own) && children.has(fixture.students.sameSchool));
    const times = items.map((i) => i.recordedAt);
    assert.deepEqual(times, [...times].sort().reverse());
  });
});

describe('the pages', () => {
  const form = (s: TestSession, fields: Record<string, string | string[]>) => {
    const params = new URLSearchParams({ _csrf: s.csrfToken });
    for (const [k, v] of Object.entries(fields))
      for (const value of [v].flat()) params.append(k, value);
    return app.inject({
      method: 'POST',
      url: `/students/${fixture.students.otherSchool}/disclosures`,
      headers: { cookie: s.cookie, 'content-type': 'application/x-www-form-urlencoded' },
      payload: params.toString(),
    });
  };

  test('a refusal shows the passage with the error summary; a valid form redirects', async () => {
    const refused = await form(officer, {
      disclosedOn: today,
      partyKind: 'other-district-officials',
      partyName: 'Town School District',
      purpose: 'Services at the private school.',
      recordTypes: ['iep', 'evaluation'],
      description: 'The IEP.',
    });
    assert.equal(refused.statusCode, 422);
    assert.ok(refused.body.includes('34 CFR 300.622'));
    assert.match(refused.body, /usa-error-summary|error-summary/);
    const missing = await form(officer, { disclosedOn: today });
    assert.equal(missing.statusCode, 400);
    assert.match(missing.body, /Give the name of the party/);
    const ok = await form(officer, {
      disclosedOn: today,
      partyKind: 'participating-agency-official',
      partyName: 'Regional BOCES',
      purpose: 'Related services.',
      recordTypes: 'iep',
      description: 'The IEP.',
      forPartB: 'true',
    });
    assert.equal(ok.statusCode, 303, ok.body);
  });

  test("the parent's record of access page, in Spanish too, words the purposes", async () => {
    const page = await app.inject({
      method: 'GET',
      url: `/students/${fixture.students.own}/record-of-access`,
      headers: { cookie: parent.cookie },
    });
    assert.equal(page.statusCode, 200);
    assert.ok(page.body.includes('ACCES-VR Regional Office'));
    assert.ok(page.body.includes('Recorded a disclosure'));
    const es = await app.inject({
      method: 'GET',
      url: `/students/${fixture.students.own}/record-of-access`,
      headers: { cookie: parent.cookie, 'accept-language': 'es' },
    });
    assert.match(es.body, /Registro de acceso/);
    assert.match(es.body, /Registró una divulgación/);
    const student = await app.inject({
      method: 'GET',
      url: `/students/${fixture.students.own}`,
      headers: { cookie: parent.cookie },
    });
    assert.ok(student.body.includes(`/students/${fixture.students.own}/record-of-access`));
    const teacherView = await app.inject({
      method: 'GET',
      url: `/students/${fixture.students.own}`,
      headers: { cookie: teacher.cookie },
    });
    assert.ok(!teacherView.body.includes('/record-of-access'));
    assert.ok(!teacherView.body.includes(`/students/${fixture.students.own}/disclosures`));
  });
});
