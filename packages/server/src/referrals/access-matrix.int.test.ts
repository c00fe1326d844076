import { runAccessMatrix } from '../testing/access-matrix.ts';
import { referralsRows } from './access.rows.ts';

runAccessMatrix('referrals', referralsRows);
