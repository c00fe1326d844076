import type { Four, PerStudent } from './access-matrix.ts';
import { N } from './access-matrix.ts';

/**
 * A student route of the parent's rights over the records (records requests, amendments,
 * disclosures, destruction, the complete record), by role: the privacy officer (`officer`) and
 * district administrators (`admin`, the officer's unless given) reach every child of the
 * district; the parent as given; the committee's chairperson as given, else, like the committee
 * and the program leader, 403 for a child of theirs; the child's implementers 403 for their own
 * child; the hearing officer and the auditor find no such child.
 */
export function recordRights(expect: {
  officer: number;
  admin?: number;
  parent: Four;
  chairperson?: Four;
}): PerStudent {
  const { officer, admin = officer } = expect;
  const committee: Four = [403, 403, 404, 404];
  const implementer: Four = [403, 404, 404, 404];
  return {
    'district-admin': [admin, admin, admin, 404],
    chairperson: expect.chairperson ?? committee,
    'committee-member': committee,
    'program-leader': committee,
    teacher: implementer,
    provider: implementer,
    seit: implementer,
    paraprofessional: implementer,
    'privacy-officer': [officer, officer, officer, 404],
    'hearing-officer': N,
    auditor: N,
    parent: expect.parent,
  };
}
