import { runAccessMatrix } from '../testing/access-matrix.ts';
import { escalationsRows } from './access.rows.ts';

runAccessMatrix('escalations', escalationsRows);
