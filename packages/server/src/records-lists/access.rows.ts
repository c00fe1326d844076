import type { MatrixRow } from '../testing/access-matrix.ts';

/**
 * The `records-lists` module's rows of the access matrix (testing/access-matrix.ts). The
 * listing of employees (34 CFR 300.623, "for public inspection") answers every signed-in
 * person of the district, parents included; the types of records (300.616) and the notice
 * (300.612) hold no one's data and answer anyone.
 */
export const recordsListsRows: MatrixRow[] = [
  {
    kind: 'other',
    method: 'GET',
    url: '/api/records/employees',
    anonymous: 401,
    signedIn: { default: 200 },
  },
  { kind: 'public', method: 'GET', url: '/api/records/types' },
  {
    kind: 'other',
    method: 'GET',
    url: '/records/employees',
    anonymous: 303,
    signedIn: { default: 200 },
  },
  { kind: 'public', method: 'GET', url: '/records/types' },
  { kind: 'public', method: 'GET', url: '/records/notice' },
];
