import type { MatrixRow } from '../testing/access-matrix.ts';

/** The `evaluations` module's rows of the access matrix (testing/access-matrix.ts). */
export const evaluationsRows: MatrixRow[] = [];
