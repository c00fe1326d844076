import type { MatrixRow } from '../testing/access-matrix.ts';
import { recordRights } from '../testing/record-rights-rows.ts';
import { todayInNewYork } from '../clock.ts';

/**
 * The `disclosures` module's rows of the access matrix (testing/access-matrix.ts). Reading a
 * child's disclosures: the parent, the privacy officer, district administrators and the
 * committee's chairperson; the record of access: the parent, the privacy officer and
 * administrators; recording a disclosure: the privacy officer and administrators. Anyone else
 * related to the child 403, everyone else 404. The district's recent list: those two roles.
 */
const readDisclosures = recordRights({
  officer: 200,
  parent: [200, 404, 404, 404],
  chairperson: [200, 200, 404, 404],
});
const readRecordOfAccess = recordRights({ officer: 200, parent: [200, 404, 404, 404] });
const record = (ok: number) => recordRights({ officer: ok, parent: [403, 404, 404, 404] });

/** Officials of a participating agency, for a requirement of Part B: no consent is needed. */
const partB = {
  partyKind: 'participating-agency-official',
  partyName: 'Regional BOCES',
  purpose: 'To provide the related services in the IEP.',
  description: 'The current IEP.',
};
const officers = { default: 403, 'privacy-officer': 200, 'district-admin': 200 };

export const disclosuresRows: MatrixRow[] = [
  { kind: 'student', method: 'GET', url: '/api/students/:id/disclosures', expect: readDisclosures },
  {
    kind: 'student',
    method: 'POST',
    url: '/api/students/:id/disclosures',
    expect: record(201),
    body: () => ({ ...partB, disclosedOn: todayInNewYork(), recordTypes: ['iep'], forPartB: true }),
  },
  {
    kind: 'student',
    method: 'GET',
    url: '/api/students/:id/record-of-access',
    expect: readRecordOfAccess,
  },
  {
    kind: 'student',
    method: 'GET',
    url: '/students/:id/disclosures',
    expect: readDisclosures,
    anonymous: 303,
  },
  {
    kind: 'student',
    method: 'POST',
    url: '/students/:id/disclosures',
    expect: record(303),
    anonymous: 303,
    form: true,
    body: () => ({ ...partB, disclosedOn: todayInNewYork(), recordTypes: 'iep', forPartB: 'true' }),
  },
  {
    kind: 'student',
    method: 'GET',
    url: '/students/:id/record-of-access',
    expect: readRecordOfAccess,
    anonymous: 303,
  },
  { kind: 'other', method: 'GET', url: '/api/disclosures', anonymous: 401, signedIn: officers },
];
