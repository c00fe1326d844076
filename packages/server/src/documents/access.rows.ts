import type { MatrixRow } from '../testing/access-matrix.ts';

/** The `documents` module's rows of the access matrix (testing/access-matrix.ts). */
export const documentsRows: MatrixRow[] = [];
