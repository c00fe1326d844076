import { runAccessMatrix } from '../testing/access-matrix.ts';
import { timelinesRows } from './access.rows.ts';

runAccessMatrix('timelines', timelinesRows);
