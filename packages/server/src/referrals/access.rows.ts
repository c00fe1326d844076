import type { MatrixRow } from '../testing/access-matrix.ts';

/** The `referrals` module's rows of the access matrix (testing/access-matrix.ts). */
export const referralsRows: MatrixRow[] = [];
