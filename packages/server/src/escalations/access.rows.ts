import type { MatrixRow } from '../testing/access-matrix.ts';

/** The `escalations` module's rows of the access matrix (testing/access-matrix.ts). */
export const escalationsRows: MatrixRow[] = [];
