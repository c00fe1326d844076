import { runAccessMatrix } from '../testing/access-matrix.ts';
import { evaluationsRows } from './access.rows.ts';

runAccessMatrix('evaluations', evaluationsRows);
