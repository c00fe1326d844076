import { runAccessMatrix } from '../testing/access-matrix.ts';
import { disclosuresRows } from './access.rows.ts';

runAccessMatrix('disclosures', disclosuresRows);
