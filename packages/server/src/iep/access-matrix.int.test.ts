import { runAccessMatrix } from '../testing/access-matrix.ts';
import { iepRows } from './access.rows.ts';

runAccessMatrix('iep', iepRows);
