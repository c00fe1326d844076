import type { MatrixRow } from '../testing/access-matrix.ts';

/**
 * The `privacy` module's rows of the access matrix: the workspace and the check of the record
 * of access answer the privacy officer and district administrators, 403 to everyone else
 * signed in (parents included).
 */
const officers = { default: 403, 'privacy-officer': 200, 'district-admin': 200 };

export const privacyRows: MatrixRow[] = [
  { kind: 'other', method: 'GET', url: '/privacy', anonymous: 303, signedIn: officers },
  {
    kind: 'other',
    method: 'GET',
    url: '/privacy/access-log-check',
    anonymous: 303,
    signedIn: officers,
  },
  {
    kind: 'other',
    method: 'GET',
    url: '/api/privacy/workspace',
    anonymous: 401,
    signedIn: officers,
  },
  {
    kind: 'other',
    method: 'GET',
    url: '/api/privacy/access-log-check',
    anonymous: 401,
    signedIn: officers,
  },
];
