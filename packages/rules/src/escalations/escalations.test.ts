import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { EscalationDecision, EscalationRequest } from './escalations.ts';
import { PREK_CONTACTS, decideEscalation, kindOfService, siteWordFor } from './escalations.ts';

const site = { name: 'Sunrise Pre-K Center', address: '12 Elm Street, Brooklyn, NY 11201' };
const preschool = { level: 'preschool' as const, site, service: null };

// Each case cites the passage of PREK, Contact Information it follows.
const cases: { name: string; request: EscalationRequest; expected: EscalationDecision }[] = [
  {
    name: 'IEP Delivery: "a school has not received an IEP for a currently enrolled preschool child"',
    request: { ...preschool, problem: 'iep-not-received' },
    expected: { ok: true, kind: 'iep-not-received' },
  },
  {
    name: 'IEP Delivery is for a preschool child: a school-age student is refused',
    request: { ...preschool, level: 'school-age', problem: 'iep-not-received' },
    expected: { ok: false, refusal: 'not-preschool' },
  },
  {
    name: 'IEP Delivery is for a "currently enrolled" child: one not enrolled now is refused',
    request: { ...preschool, site: null, problem: 'iep-not-received' },
    expected: { ok: false, refusal: 'not-enrolled' },
  },
  {
    name: 'every route asks for "the school\'s name and address": a site without one is refused',
    request: { ...preschool, site: { name: 'X', address: '  ' }, problem: 'iep-not-received' },
    expected: { ok: false, refusal: 'site-without-address' },
  },
  {
    name: 'Related Services: "services have not started" (preschool related services)',
    request: {
      ...preschool,
      problem: 'services-not-started',
      service: { program: 'preschool-related-services' },
    },
    expected: { ok: true, kind: 'related-services' },
  },
  {
    name: 'Related Services: "a provider has stopped seeing a child" (school-age related service)',
    request: {
      ...preschool,
      level: 'school-age',
      problem: 'provider-stopped',
      service: { program: 'related-service' },
    },
    expected: { ok: true, kind: 'related-services' },
  },
  {
    name: 'SEIT: "the delivery of SEIT services, e.g., services have not started"',
    request: { ...preschool, problem: 'services-not-started', service: { program: 'seit' } },
    expected: { ok: true, kind: 'seit-services' },
  },
  {
    name: 'SEIT: "a provider has stopped seeing a child"',
    request: { ...preschool, problem: 'provider-stopped', service: { program: 'seit' } },
    expected: { ok: true, kind: 'seit-services' },
  },
  {
    name: 'a problem with services names the service it concerns',
    request: { ...preschool, problem: 'provider-stopped' },
    expected: { ok: false, refusal: 'service-required' },
  },
  {
    name: 'only related services and SEIT have a route: a special class has none',
    request: {
      ...preschool,
      problem: 'services-not-started',
      service: { program: 'preschool-special-class' },
    },
    expected: { ok: false, refusal: 'service-without-route' },
  },
  {
    name: 'the related services route asks for "the program\'s name and address" too',
    request: {
      ...preschool,
      site: null,
      problem: 'services-not-started',
      service: { program: 'seit' },
    },
    expected: { ok: false, refusal: 'not-enrolled' },
  },
];

for (const c of cases) {
  test(c.name, () => {
    assert.deepEqual(decideEscalation(c.request), c.expected);
  });
}

test('the programs of each route (PLAN, Related services; Special Education Itinerant Services)', () => {
  assert.equal(kindOfService('related-service'), 'related-services');
  assert.equal(kindOfService('preschool-related-services'), 'related-services');
  assert.equal(kindOfService('seit'), 'seit-services');
  assert.equal(kindOfService('resource-room'), null);
});

test('the message names the school for an IEP not received and the program for services', () => {
  assert.equal(siteWordFor('iep-not-received'), 'school');
  assert.equal(siteWordFor('related-services'), 'program');
  assert.equal(siteWordFor('seit-services'), 'program');
});

test("the guidance's own addresses", () => {
  assert.deepEqual(
    Object.values(PREK_CONTACTS).map((c) => c.email),
    [
      'specialedprek@schools.nyc.gov',
      'relatedservices@schools.nyc.gov',
      '4410Oversight@schools.nyc.gov',
    ],
  );
});
