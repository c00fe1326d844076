import { runAccessMatrix } from '../testing/access-matrix.ts';
import { distributionRows } from './access.rows.ts';

runAccessMatrix('distribution', distributionRows);
