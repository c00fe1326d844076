import { test } from 'node:test';
import assert from 'node:assert/strict';
import { iep as iepRules } from '@continuum/rules';
import type { IepContent, IepService } from '@continuum/rules/iep/index.ts';
import { createTranslator } from '@continuum/web';
import { consentPrefill, iepPrefill, referralPrefill, serviceLine } from './prefill.ts';

const en = createTranslator('en');
const es = createTranslator('es');

const speech: IepService = {
  program: 'related-service',
  service: 'Speech-language therapy',
  frequency: 2,
  period: 'week',
  durationMinutes: 30,
  location: 'Speech room',
  groupSize: 3,
  startDate: '2026-12-01',
  endDate: '2027-11-19',
  twelveMonth: false,
};
const specialClass: IepService = {
  ...speech,
  program: 'special-class-12-1-1',
  service: '',
  frequency: 1,
  period: 'day',
  durationMinutes: 240,
  location: 'Room 104',
  groupSize: 12,
};

function content(over: Partial<IepContent> = {}): IepContent {
  return {
    ...iepRules.emptyIepContent(),
    classification: 'learning-disability',
    effectOnProgress: 'Decoding difficulties slow progress in grade-level reading.',
    services: [specialClass, speech],
    leastRestrictiveEnvironment: 'General education all day was considered: too little support.',
    ...over,
  };
}

test('item 1, the action: each recommended program and service with frequency, duration, location, group size and dates (PSN, Content of notice, item 1)', () => {
  assert.equal(
    serviceLine(speech, en),
    'Related services (Speech-language therapy): 2 times a week, 30 minutes, at Speech room, group of 3, from Dec 1, 2026 to Nov 19, 2027',
  );
  assert.equal(
    serviceLine(specialClass, en),
    'Special class 12:1:1: 1 time a day, 240 minutes, at Room 104, group of 12, from Dec 1, 2026 to Nov 19, 2027',
  );
  assert.match(
    serviceLine(speech, es),
    /2 veces por semana, 30 minutos, en Speech room, grupo de 3/,
  );
});

test('a final IEP fills the action, the reasons, the options considered and the evaluations used (PSN, Content of notice, items 1, 2, 3 and 7)', () => {
  const out = iepPrefill(
    {
      content: content({
        twelveMonthServices: { recommended: true, category: null, description: '' },
      }),
      meetingDate: '2026-11-20',
      reports: [
        { component: 'psychological-evaluation', reportOn: '2026-11-02' },
        { component: 'social-history', reportOn: null },
      ],
    },
    en,
  );
  assert.equal(
    out.action?.split('\n')[0],
    'The committee recommends, at its meeting of Nov 20, 2026, the following special education programs and services:',
  );
  assert.equal(out.action?.split('\n').length, 4); // heading, two services, 12-month services
  assert.match(out.action ?? '', /12-month services/);
  assert.equal(
    out.reasons,
    'The committee found the student eligible for special education with the classification: Learning disability.\nDecoding difficulties slow progress in grade-level reading.',
  );
  // Named for parents, not by id.
  assert.equal(
    out.evaluationBasis,
    'Psychological evaluation (report dated Nov 2, 2026)\nSocial history',
  );
  assert.equal(
    out.optionsConsidered,
    'General education all day was considered: too little support.',
  );
});

test('an IEP with nothing recommended yet fills nothing it cannot tell: missing stays missing', () => {
  const out = iepPrefill(
    {
      content: content({
        services: [],
        classification: null,
        effectOnProgress: '',
        leastRestrictiveEnvironment: '',
      }),
      meetingDate: null,
      reports: [],
    },
    en,
  );
  assert.deepEqual(out, {});
});

test('the pre-fill is written in the parent’s language where the product has it (PSN, Notice in understandable language)', () => {
  const out = iepPrefill({ content: content(), meetingDate: '2026-11-20', reports: [] }, es);
  assert.match(out.action ?? '', /^El comité recomienda, en su reunión del 20 nov 2026/);
  assert.match(out.reasons ?? '', /clasificación: /);
});

test('a referral: the district proposes an initial evaluation, for the referral’s reason (PSN, Prior written notice, Notice, item 1)', () => {
  const out = referralPrefill(
    { receivedOn: '2026-09-15', referrerKind: 'parent', reason: 'Reading far below grade level.' },
    en,
  );
  assert.equal(
    out.action,
    'The district proposes to conduct an initial evaluation of your child, following the referral received on Sep 15, 2026 from: Parent or person in parental relationship.',
  );
  assert.equal(out.reasons, 'Reading far below grade level.');
});

test('a refused or revoked consent: the action the district refuses, and the parent’s answer as the reason (PSN, Prior written notice, Notice, item 2)', () => {
  const refused = consentPrefill(
    { type: 'initial-services', state: 'refused', on: '2026-10-01', description: '' },
    en,
  );
  assert.equal(
    refused.action,
    'The district will not provide special education services to your child for the first time without your consent.',
  );
  assert.equal(refused.reasons, 'You refused consent on Oct 1, 2026.');
  assert.equal(refused.otherFactors, undefined);
  const revoked = consentPrefill(
    { type: 'reevaluation', state: 'revoked', on: '2026-10-01', description: 'Asked by letter.' },
    es,
  );
  assert.equal(revoked.reasons, 'Usted revocó su consentimiento por escrito el 1 oct 2026.');
  assert.equal(revoked.otherFactors, 'Asked by letter.');
});
