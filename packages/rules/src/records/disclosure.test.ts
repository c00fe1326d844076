import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { RECORDS_CITATIONS as C } from './citations.ts';
import type { DisclosureConsent, DisclosureRequest, RecordCategory } from './disclosure.ts';
import { checkDisclosure, disclosureBasis } from './disclosure.ts';

const request = (over: Partial<DisclosureRequest>): DisclosureRequest => ({
  recipient: 'other-party',
  forPartBRequirement: false,
  ferpaAuthority: null,
  records: ['special-education'],
  ...over,
});
const SUBPOENA = 'a lawfully issued subpoena, 34 CFR 99.31(a)(9)';

describe('what a disclosure of personally identifiable information rests on (PSN, 34 CFR 300.622, 300.535)', () => {
  const cases: {
    name: string;
    source: string;
    request: Partial<DisclosureRequest>;
    expect:
      | { basis: 'consent'; consentFrom: 'parent' | 'parent-or-adult-student' }
      | { basis: 'exception'; exception: string; limitedTo: RecordCategory[] | null };
  }[] = [
    {
      name: 'officials of participating agencies, to meet a Part B requirement, need no consent',
      source: C.disclosure,
      request: { recipient: 'participating-agency-official', forPartBRequirement: true },
      expect: { basis: 'exception', exception: 'participating-agency-official', limitedTo: null },
    },
    {
      name: 'officials of participating agencies for another purpose need consent',
      source: C.disclosure,
      request: { recipient: 'participating-agency-official', forPartBRequirement: false },
      expect: { basis: 'consent', consentFrom: 'parent' },
    },
    {
      name: 'agencies providing or paying for transition services need the consent of the parent or a student of 18',
      source: C.disclosure,
      request: { recipient: 'transition-agency', forPartBRequirement: true },
      expect: { basis: 'consent', consentFrom: 'parent-or-adult-student' },
    },
    {
      name: 'officials of the district of a private school in another district need consent',
      source: C.disclosure,
      request: { recipient: 'other-district-officials', forPartBRequirement: true },
      expect: { basis: 'consent', consentFrom: 'parent' },
    },
    {
      name: 'other parties need consent',
      source: C.disclosure,
      request: {},
      expect: { basis: 'consent', consentFrom: 'parent' },
    },
    {
      name: 'other parties need none when FERPA authorizes the disclosure without consent',
      source: C.disclosure,
      request: { ferpaAuthority: SUBPOENA },
      expect: { basis: 'exception', exception: 'ferpa', limitedTo: null },
    },
    {
      name: 'a crime report carries the special education and disciplinary records as far as FERPA permits',
      source: C.crimeReport,
      request: { recipient: 'crime-report-authority', ferpaAuthority: SUBPOENA },
      expect: {
        basis: 'exception',
        exception: 'crime-report',
        limitedTo: ['special-education', 'discipline'],
      },
    },
    {
      name: 'a crime report without a FERPA authority needs consent',
      source: C.crimeReport,
      request: { recipient: 'crime-report-authority' },
      expect: { basis: 'consent', consentFrom: 'parent' },
    },
  ];
  for (const c of cases)
    test(`${c.name} (${c.source})`, () => {
      const basis = disclosureBasis(request(c.request));
      assert.equal(basis.citation, c.source);
      assert.equal(basis.basis, c.expect.basis);
      if (basis.basis === 'consent' && c.expect.basis === 'consent')
        assert.equal(basis.consentFrom, c.expect.consentFrom);
      if (basis.basis === 'exception' && c.expect.basis === 'exception') {
        assert.equal(basis.exception, c.expect.exception);
        assert.deepEqual(basis.limitedTo, c.expect.limitedTo);
      }
    });
});

describe('whether a disclosure may go ahead now (PSN, 34 CFR 300.622, 300.535)', () => {
  const granted: DisclosureConsent = { state: 'granted', givenBy: 'parent' };
  const cases: {
    name: string;
    source: string;
    request: Partial<DisclosureRequest>;
    consent: DisclosureConsent | null;
    refused?: { field: 'consent' | 'records'; says: RegExp };
  }[] = [
    {
      name: "a transition agency with the parent's granted consent",
      source: C.disclosure,
      request: { recipient: 'transition-agency' },
      consent: granted,
    },
    {
      name: 'a transition agency with the consent of a student of 18',
      source: C.disclosure,
      request: { recipient: 'transition-agency' },
      consent: { state: 'granted', givenBy: 'adult-student' },
    },
    {
      name: 'a transition agency without consent is refused',
      source: C.disclosure,
      request: { recipient: 'transition-agency' },
      consent: null,
      refused: { field: 'consent', says: /transition services/ },
    },
    {
      name: 'a revoked consent allows nothing further',
      source: C.disclosure,
      request: { recipient: 'other-district-officials' },
      consent: { state: 'revoked', givenBy: 'parent' },
      refused: { field: 'consent', says: /private school/ },
    },
    {
      name: "a student's consent does not cover a private school in another district",
      source: C.disclosure,
      request: { recipient: 'other-district-officials' },
      consent: { state: 'granted', givenBy: 'adult-student' },
      refused: { field: 'consent', says: /transition services only/ },
    },
    {
      name: 'a crime report with a FERPA authority sends special education and disciplinary records',
      source: C.crimeReport,
      request: {
        recipient: 'crime-report-authority',
        ferpaAuthority: SUBPOENA,
        records: ['special-education', 'discipline'],
      },
      consent: null,
    },
    {
      name: 'a crime report may not carry other records under the exception',
      source: C.crimeReport,
      request: {
        recipient: 'crime-report-authority',
        ferpaAuthority: SUBPOENA,
        records: ['discipline', 'other'],
      },
      consent: null,
      refused: { field: 'records', says: /covers only special-education and discipline .* other/ },
    },
    {
      name: 'officials of a participating agency for Part B need no consent on file',
      source: C.disclosure,
      request: { recipient: 'participating-agency-official', forPartBRequirement: true },
      consent: null,
    },
  ];
  for (const c of cases)
    test(`${c.name} (${c.source})`, () => {
      const result = checkDisclosure(request(c.request), c.consent);
      if (c.refused) {
        assert.equal(result.allowed, false);
        if (!result.allowed) {
          assert.equal(result.field, c.refused.field);
          assert.equal(result.citation, c.source);
          assert.match(result.message, c.refused.says);
        }
      } else {
        assert.equal(result.allowed, true);
        if (result.allowed) assert.equal(result.basis.citation, c.source);
      }
    });
});
