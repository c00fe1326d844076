import type { MatrixRow } from '../testing/access-matrix.ts';

/** The `distribution` module's rows of the access matrix (testing/access-matrix.ts). */
export const distributionRows: MatrixRow[] = [];
