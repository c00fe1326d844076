import { runAccessMatrix } from '../testing/access-matrix.ts';
import { privacyRows } from './access.rows.ts';

runAccessMatrix('privacy', privacyRows);
