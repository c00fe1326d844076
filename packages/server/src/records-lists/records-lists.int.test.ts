import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { createTranslator } from '@continuum/web';
import { buildApp } from '../http/app.ts';
import type { Database } from '../db/database.ts';
import { openTestDatabase } from '../testing/test-database.ts';
import { testConfig } from '../testing/test-config.ts';
import type { Fixture } from '../testing/fixtures.ts';
import { createFixture } from '../testing/fixtures.ts';
import type { TestSession } from '../testing/sign-in.ts';
import { signInAsRole } from '../testing/sign-in.ts';
import { insertStaff } from '../distribution/test-support.ts';
import { recordTypeTables } from './record-types.ts';
import type { EmployeeEntry } from './list-employees.ts';

/**
 * The lists the law requires, one world: the fixture district (one staff member per role, all
 * at School A; the chairperson and committee member on School A's CSE), a staff member of the
 * other district, and a designee named for School B. The listing of 34 CFR 300.623 is read as
 * a parent would, then the directory changes and the listing follows.
 */

let database: Database;
let app: FastifyInstance;
let fixture: Fixture;
let admin: TestSession;
let parent: TestSession;

before(async () => {
  database = await openTestDatabase();
  fixture = await createFixture(database);
  app = await buildApp({ database, config: testConfig() });
  admin = await signInAsRole(app, fixture, 'district-admin');
  parent = await signInAsRole(app, fixture, 'parent');
  const { db } = database;
  await insertStaff(db, fixture.otherDistrictId, { roles: ['district-admin'], name: 'Far Admin' });
  // The auditor named the program leader's designee for IEP reviews at School B.
  await db
    .insertInto('review_designees')
    .values({
      district_id: fixture.districtId,
      site_id: fixture.siteB,
      leader_staff_id: fixture.accounts['program-leader'].staffId!,
      designee_staff_id: fixture.accounts.auditor.staffId!,
    })
    .execute();
  await db
    .updateTable('staff')
    .set({ title: 'Director of Special Education' })
    .where('id', '=', fixture.accounts['district-admin'].staffId!)
    .execute();
});
after(async () => {
  await app?.close();
  await database?.close();
});

async function employees(session: TestSession = parent): Promise<EmployeeEntry[]> {
  const response = await app.inject({
    method: 'GET',
    url: '/api/records/employees',
    headers: session.headers,
  });
  assert.equal(response.statusCode, 200, response.body);
  return response.json<{ items: EmployeeEntry[] }>().items;
}

const byName = (items: EmployeeEntry[], role: string) =>
  items.find((e) => e.fullName === `Fixture ${role}`);

async function staffVersion(staffId: string): Promise<number> {
  const row = await database.db
    .selectFrom('staff')
    .select('version')
    .where('id', '=', staffId)
    .executeTakeFirstOrThrow();
  return row.version;
}

void describe('the listing of employees who may access PII (34 CFR 300.623)', () => {
  test('exactly the staff whose roles reach records, with position and reach, no e-mail', async () => {
    const items = await employees();
    assert.deepEqual(items.map((e) => e.fullName).sort(), [
      'Fixture auditor', // the designee at School B
      'Fixture chairperson',
      'Fixture committee-member',
      'Fixture district-admin',
      'Fixture paraprofessional',
      'Fixture privacy-officer',
      'Fixture program-leader',
      'Fixture provider',
      'Fixture seit',
      'Fixture teacher',
    ]);
    assert.equal(byName(items, 'hearing-officer'), undefined);
    assert.ok(!items.some((e) => e.fullName === 'Far Admin'), 'another district is not listed');
    assert.ok(!JSON.stringify(items).includes('@'), 'no e-mail address');
    assert.deepEqual(byName(items, 'district-admin'), {
      fullName: 'Fixture district-admin',
      title: 'Director of Special Education',
      roles: ['district-admin'],
      reach: [{ kind: 'district', role: 'district-admin' }],
    });
    assert.deepEqual(byName(items, 'chairperson')?.reach, [
      { kind: 'committee', role: 'chairperson', committee: 'cse', site: 'School A' },
    ]);
    assert.deepEqual(byName(items, 'program-leader')?.reach, [
      { kind: 'sites-led', role: 'program-leader', sites: ['School A'] },
    ]);
    assert.deepEqual(byName(items, 'teacher')?.reach, [{ kind: 'implemented', role: 'teacher' }]);
    assert.deepEqual(byName(items, 'auditor')?.reach, [{ kind: 'designee', site: 'School B' }]);
  });

  test('it follows the directory: new roles, a disabled account', async () => {
    const hearingOfficer = fixture.accounts['hearing-officer'].staffId!;
    const changed = await app.inject({
      method: 'PATCH',
      url: `/api/staff/${hearingOfficer}`,
      headers: admin.headers,
      payload: {
        version: await staffVersion(hearingOfficer),
        roles: ['hearing-officer', 'provider'],
      },
    });
    assert.equal(changed.statusCode, 200, changed.body);
    const disabled = await app.inject({
      method: 'PUT',
      url: `/api/staff/${fixture.accounts.teacher.staffId}/disabled`,
      headers: admin.headers,
      payload: { disabled: true },
    });
    assert.equal(disabled.statusCode, 200, disabled.body);

    const items = await employees(admin);
    assert.deepEqual(byName(items, 'hearing-officer')?.reach, [
      { kind: 'implemented', role: 'provider' },
    ]);
    assert.equal(byName(items, 'teacher'), undefined, 'a disabled account reaches nothing');
  });
});

void describe('the types and locations of records (34 CFR 300.616) and the notice', () => {
  test('the list covers every record type of the access log, each with its tables', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/records/types' });
    assert.equal(response.statusCode, 200);
    const items = response.json<{ items: { type: string; tables: string[] }[] }>().items;
    assert.deepEqual(
      items.map((i) => i.type),
      Object.keys(recordTypeTables),
    );
    assert.ok(items.every((i) => i.tables.length > 0));
    // Every table named exists.
    const { rows } = await sql<{
      table_name: string;
    }>`select table_name from information_schema.tables`.execute(database.db);
    const tables = new Set(rows.map((r) => r.table_name));
    for (const i of items) for (const t of i.tables) assert.ok(tables.has(t), t);
    // Each type is worded for people: a new record type needs its name and description.
    const i18n = createTranslator('en');
    for (const { type } of items) {
      assert.ok(i18n.has(`recordsLists.type.${type}`), type);
      assert.ok(i18n.has(`recordsLists.typeHolds.${type}`), type);
    }
  });

  test('the pages render, the notice in English and Spanish', async () => {
    const page = async (url: string, headers: Record<string, string> = {}) => {
      const response = await app.inject({ method: 'GET', url, headers });
      assert.equal(response.statusCode, 200, url);
      return response.body;
    };
    const en = await page('/records/notice?lang=en');
    assert.match(
      en,
      /Confidentiality of your child&#x27;s records|Confidentiality of your child's records/,
    );
    assert.match(en, /34 CFR 300\.613/);
    const es = await page('/records/notice?lang=es');
    assert.match(es, /aviso a los padres/);
    assert.match(es, /34 CFR 300\.623/);
    const types = await page('/records/types?lang=en');
    assert.match(types, /Record of access/);
    assert.match(types, /documents/);
    const listing = await page('/records/employees?lang=es', parent.headers);
    assert.match(listing, /Director of Special Education/);
    assert.match(listing, /todos los estudiantes del distrito/);
  });
});
