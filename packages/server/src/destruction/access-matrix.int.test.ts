import { runAccessMatrix } from '../testing/access-matrix.ts';
import { destructionRows } from './access.rows.ts';

runAccessMatrix('destruction', destructionRows);
