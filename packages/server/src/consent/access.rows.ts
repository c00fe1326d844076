import type { MatrixRow } from '../testing/access-matrix.ts';

/** The `consent` module's rows of the access matrix (testing/access-matrix.ts). */
export const consentRows: MatrixRow[] = [];
