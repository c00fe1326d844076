import { runAccessMatrix } from '../testing/access-matrix.ts';
import { noticesRows } from './access.rows.ts';

runAccessMatrix('notices', noticesRows);
