import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { ageOn, componentFitsAge, componentNeedsConsent } from './evaluation-components.ts';
import type { EvaluationComponent } from './evaluation-components.ts';

describe('evaluation components: what needs the parent consent', () => {
  const cases: { name: string; component: EvaluationComponent; needs: boolean }[] = [
    {
      name: 'reviewing existing data needs no consent (PSN, Other consent requirements)',
      component: 'review-of-existing-data',
      needs: false,
    },
    {
      name: 'a test given to all children needs no consent (PSN, Other consent requirements)',
      component: 'test-given-to-all-children',
      needs: false,
    },
    {
      name: 'a psychological evaluation needs consent (PSN, Consent for initial evaluation)',
      component: 'psychological-evaluation',
      needs: true,
    },
    {
      name: 'a classroom observation needs consent (PSN, Consent for initial evaluation)',
      component: 'classroom-observation',
      needs: true,
    },
    {
      name: 'a functional behavioral assessment needs consent (PSN, Consent for initial evaluation)',
      component: 'functional-behavioral-assessment',
      needs: true,
    },
  ];
  for (const c of cases) {
    void test(c.name, () => assert.equal(componentNeedsConsent(c.component), c.needs));
  }
});

describe('evaluation components: the vocational assessment is for students 12 and older (8 NYCRR 200.4(b)(6)(viii))', () => {
  const cases: { name: string; dob: string; asOf: string; fits: boolean }[] = [
    {
      name: 'a student who turned 12 today may have one',
      dob: '2014-05-10',
      asOf: '2026-05-10',
      fits: true,
    },
    {
      name: 'a student of 11 years and 364 days may not',
      dob: '2014-05-10',
      asOf: '2026-05-09',
      fits: false,
    },
    { name: 'a student of 17 may', dob: '2009-01-01', asOf: '2026-11-24', fits: true },
  ];
  for (const c of cases) {
    void test(c.name, () =>
      assert.equal(componentFitsAge('vocational-assessment', c.dob, c.asOf) === null, c.fits),
    );
  }
  void test('other components fit any age', () =>
    assert.equal(componentFitsAge('speech-language', '2023-01-01', '2026-01-01'), null));
  void test('age counts whole years, the birthday on the day itself', () => {
    assert.equal(ageOn('2020-02-29', '2026-02-28'), 5);
    assert.equal(ageOn('2020-02-29', '2026-03-01'), 6);
  });
});
