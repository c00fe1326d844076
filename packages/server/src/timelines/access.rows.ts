import type { MatrixRow } from '../testing/access-matrix.ts';

/** The `timelines` module's rows of the access matrix (testing/access-matrix.ts). */
export const timelinesRows: MatrixRow[] = [];
