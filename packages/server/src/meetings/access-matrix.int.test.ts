import { runAccessMatrix } from '../testing/access-matrix.ts';
import { meetingsRows } from './access.rows.ts';

runAccessMatrix('meetings', meetingsRows);
