import type { MatrixRow } from '../testing/access-matrix.ts';

/** The `iep` module's rows of the access matrix (testing/access-matrix.ts). */
export const iepRows: MatrixRow[] = [];
