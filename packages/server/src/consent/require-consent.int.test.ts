import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import type { Database } from '../db/database.ts';
import { openTestDatabase } from '../testing/test-database.ts';
import { createFixture, type Fixture } from '../testing/fixtures.ts';
import { testConfig } from '../testing/test-config.ts';
import { withStudentRecords } from '../access/student-records.ts';
import type { Call } from '../http/call.ts';
import { RefusedError } from '../errors.ts';
import type { ConsentState, ConsentType } from './require-consent.ts';
import { consentStatus, requireConsent } from './require-consent.ts';

let database: Database;
let fixture: Fixture;
let call: Call;

before(async () => {
  database = await openTestDatabase();
  fixture = await createFixture(database);
  const chair = fixture.accounts.chairperson;
  call = {
    ctx: { database, config: testConfig() },
    requestId: randomUUID(),
    actor: {
      accountId: chair.accountId,
      districtId: fixture.districtId,
      kind: 'staff',
      staffId: chair.staffId,
      roles: ['chairperson'],
      displayName: 'Chair',
      email: chair.email,
      secondFactor: false,
    },
  };
});
after(() => database.close());

/** A consent request of `type` with the given states, requested on `on`. */
async function addConsent(type: ConsentType, on: string, states: ConsentState[]): Promise<void> {
  const { id } = await database.db
    .insertInto('consents')
    .values({
      district_id: fixture.districtId,
      student_id: fixture.students.own,
      type,
      requested_on: on,
      request_method: 'mail',
      created_by: fixture.accounts.chairperson.accountId,
      ...(type === 'private-insurance' ? { insurance_use: 'speech therapy claims' } : {}),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await database.db
    .insertInto('consent_states')
    .values(
      states.map((state, seq) => ({
        district_id: fixture.districtId,
        consent_id: id,
        seq,
        state,
        on_date: on,
        written: state === 'granted' || state === 'revoked',
        recorded_by: fixture.accounts.chairperson.accountId,
      })),
    )
    .execute();
}

const status = (type: ConsentType) =>
  withStudentRecords(call, (records) => consentStatus(records, fixture.students.own, type));
const gate = (type: ConsentType, options?: { allowNoResponse?: boolean }) =>
  withStudentRecords(call, (records) =>
    requireConsent(records, fixture.students.own, type, options),
  );

describe('the consent gate', () => {
  test('without any consent the status is null and an initial evaluation is refused citing the PSN', async () => {
    assert.equal(await status('initial-evaluation'), null);
    await assert.rejects(gate('initial-evaluation'), (error: unknown) => {
      assert.ok(error instanceof RefusedError);
      assert.equal(
        error.message,
        "The parent has not given consent for the initial evaluation. Record the parent's written consent first.",
      );
      assert.match(error.citation, /PSN, Parental Consent: Consent for initial evaluation/);
      return true;
    });
  });

  test('a granted consent passes; the latest state of the latest request counts', async () => {
    await addConsent('initial-evaluation', '2026-10-01', ['requested', 'granted']);
    assert.equal(await status('initial-evaluation'), 'granted');
    await gate('initial-evaluation');
    await addConsent('initial-evaluation', '2026-10-02', ['requested']);
    assert.equal(await status('initial-evaluation'), 'requested');
    await assert.rejects(gate('initial-evaluation'), RefusedError);
  });

  test('a revoked consent for services refuses with the revocation named', async () => {
    await addConsent('initial-services', '2026-11-01', ['requested', 'granted', 'revoked']);
    assert.equal(await status('initial-services'), 'revoked');
    await assert.rejects(gate('initial-services'), /revoked consent/);
  });

  test('a reevaluation proceeds on no response only when the caller allows it', async () => {
    await addConsent('reevaluation', '2026-11-01', ['requested', 'no-response']);
    await assert.rejects(gate('reevaluation'), /not responded/);
    await gate('reevaluation', { allowNoResponse: true });
  });

  test('refusing one consent never blocks another', async () => {
    await addConsent('private-insurance', '2026-11-01', ['requested', 'refused']);
    await assert.rejects(gate('private-insurance'), /refused consent/);
    await addConsent('public-benefits', '2026-11-02', ['requested', 'granted']);
    await gate('public-benefits');
  });
});
