import type { MatrixRow } from '../testing/access-matrix.ts';

/** The `services` module's rows of the access matrix (testing/access-matrix.ts). */
export const servicesRows: MatrixRow[] = [];
