import type { MatrixRow } from '../testing/access-matrix.ts';

/** The `meetings` module's rows of the access matrix (testing/access-matrix.ts). */
export const meetingsRows: MatrixRow[] = [];
