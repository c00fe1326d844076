import { runAccessMatrix } from '../testing/access-matrix.ts';
import { consentRows } from './access.rows.ts';

runAccessMatrix('consent', consentRows);
