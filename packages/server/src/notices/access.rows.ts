import type { MatrixRow } from '../testing/access-matrix.ts';

/** The `notices` module's rows of the access matrix (testing/access-matrix.ts). */
export const noticesRows: MatrixRow[] = [];
