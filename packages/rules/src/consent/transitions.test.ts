import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { ConsentResponse, ConsentState, ConsentType, TransitionInput } from './transitions.ts';
import {
  CONSENT_CITATIONS as C,
  checkConsentTransition,
  consentAllows,
  nextPublicBenefitsNotificationDue,
  revocationEffects,
} from './transitions.ts';

const base: TransitionInput = {
  type: 'initial-evaluation',
  from: 'requested',
  fromOn: '2026-10-01',
  to: 'granted',
  on: '2026-10-05',
  written: true,
  effortsLogged: 0,
};

describe('consent transitions (PSN, Parental consent)', () => {
  const cases: {
    name: string;
    source: string;
    input: Partial<TransitionInput>;
    refused?: { field: string; citation: string; says: RegExp };
  }[] = [
    {
      name: 'a parent who agrees in writing grants the requested consent',
      source: C.definition,
      input: {},
    },
    {
      name: 'consent that is not in writing is not consent',
      source: C.definition,
      input: { written: false },
      refused: { field: 'written', citation: C.definition, says: /in writing/ },
    },
    {
      name: 'a parent may refuse a requested consent',
      source: C.initialEvaluation,
      input: { to: 'refused', written: false },
    },
    {
      name: 'no response needs documented reasonable efforts first',
      source: C.reasonableEfforts,
      input: { to: 'no-response', written: false, effortsLogged: 0 },
      refused: { field: 'state', citation: C.reasonableEfforts, says: /reasonable efforts/ },
    },
    {
      name: 'no response after one documented effort (a call and its result) may be recorded',
      source: C.reasonableEfforts,
      input: { type: 'reevaluation', to: 'no-response', written: false, effortsLogged: 1 },
    },
    {
      name: 'a parent who did not respond may still grant consent later',
      source: C.definition,
      input: { from: 'no-response', to: 'granted' },
    },
    {
      name: 'consent is voluntary and may be withdrawn at any time, in writing',
      source: C.definition,
      input: { type: 'initial-services', from: 'granted', to: 'revoked' },
    },
    {
      name: 'a revocation of consent for services must be in writing',
      source: C.revocation,
      input: { type: 'initial-services', from: 'granted', to: 'revoked', written: false },
      refused: { field: 'written', citation: C.revocation, says: /in writing/ },
    },
    {
      name: 'only a granted consent can be revoked',
      source: C.revocation,
      input: { from: 'requested', to: 'revoked' },
      refused: {
        field: 'state',
        citation: C.revocation,
        says: /Only a consent the parent has granted/,
      },
    },
    {
      name: 'a refused request stays refused; the district asks again with a new request',
      source: C.definition,
      input: { from: 'refused', to: 'granted' },
      refused: { field: 'state', citation: C.definition, says: /new consent request/ },
    },
    {
      name: 'a revoked consent is not granted again; a new consent is a new request',
      source: C.definition,
      input: { from: 'revoked', to: 'granted' },
      refused: { field: 'state', citation: C.definition, says: /revoked/ },
    },
    {
      name: 'a granted consent is not refused afterwards: the parent revokes it',
      source: C.revocation,
      input: { from: 'granted', to: 'refused', written: false },
      refused: { field: 'state', citation: C.definition, says: /revokes it/ },
    },
    {
      name: 'an answer cannot be dated before the request',
      source: C.definition,
      input: { on: '2026-09-30' },
      refused: { field: 'on', citation: C.definition, says: /2026-10-01/ },
    },
    {
      name: 'an answer on the day of the request is accepted',
      source: C.definition,
      input: { on: '2026-10-01' },
    },
  ];
  for (const c of cases) {
    test(`${c.name} (${c.source})`, () => {
      const result = checkConsentTransition({ ...base, ...c.input });
      if (!c.refused) {
        assert.deepEqual(result, { allowed: true });
        return;
      }
      assert.equal(result.allowed, false);
      if (result.allowed) return;
      assert.equal(result.field, c.refused.field);
      assert.equal(result.citation, c.refused.citation);
      assert.match(result.message, c.refused.says);
    });
  }

  test('every state reaches only the states the PSN allows', () => {
    const allowed: Record<ConsentState, ConsentResponse[]> = {
      requested: ['granted', 'refused', 'no-response'],
      'no-response': ['granted', 'refused'],
      granted: ['revoked'],
      refused: [],
      revoked: [],
    };
    const all: ConsentResponse[] = ['granted', 'refused', 'no-response', 'revoked'];
    for (const [from, next] of Object.entries(allowed) as [ConsentState, ConsentResponse[]][]) {
      for (const to of all) {
        const result = checkConsentTransition({ ...base, from, to, effortsLogged: 1 });
        assert.equal(result.allowed, next.includes(to), `${from} → ${to}`);
      }
    }
  });
});

describe('what a consent allows', () => {
  const cases: [string, ConsentType, ConsentState | null, boolean, boolean][] = [
    ['a granted consent allows the action', 'initial-evaluation', 'granted', false, true],
    ['no consent on file allows nothing', 'initial-evaluation', null, false, false],
    ['a pending request allows nothing', 'initial-services', 'requested', false, false],
    ['a refusal allows nothing', 'initial-evaluation', 'refused', false, false],
    ['a revoked consent allows nothing further', 'initial-services', 'revoked', false, false],
    [
      'a reevaluation may proceed when the parent did not respond to reasonable efforts (PSN, Parental consent for reevaluations)',
      'reevaluation',
      'no-response',
      true,
      true,
    ],
    ['unless the caller asks for that exemption', 'reevaluation', 'no-response', false, false],
    [
      'an initial evaluation never proceeds on no response (PSN, Consent for initial evaluation)',
      'initial-evaluation',
      'no-response',
      true,
      false,
    ],
  ];
  for (const [name, type, state, allowNoResponse, expected] of cases) {
    test(name, () => assert.equal(consentAllows(type, state, { allowNoResponse }), expected));
  }
});

describe('revocation effects', () => {
  test('revoking consent for services stops them and bars due process to override (PSN, Revocation of parental consent)', () => {
    const effects = revocationEffects('initial-services');
    assert.equal(effects.servicesStop, true);
    assert.equal(effects.noOverrideByDueProcess, true);
    assert.equal(effects.retroactive, false);
    assert.equal(effects.citation, C.revocation);
  });
  test('a revocation never undoes what was done before it (PSN, Parental Consent - Definition)', () => {
    for (const type of ['initial-evaluation', 'disclosure', 'public-benefits'] as const)
      assert.equal(revocationEffects(type).retroactive, false);
  });
});

describe('public benefits: the annual written notification', () => {
  const cases: [string, string | null, string | null][] = [
    ['none given yet: nothing is scheduled', null, null],
    ['due a year after the last', '2026-09-10', '2027-09-10'],
    ['a notice on February 29 is due again on February 28', '2028-02-29', '2029-02-28'],
  ];
  for (const [name, last, due] of cases)
    test(`${name} (${C.publicInsurance})`, () =>
      assert.equal(nextPublicBenefitsNotificationDue(last), due));
});
