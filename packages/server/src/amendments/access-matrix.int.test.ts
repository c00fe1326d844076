import { runAccessMatrix } from '../testing/access-matrix.ts';
import { amendmentsRows } from './access.rows.ts';

runAccessMatrix('amendments', amendmentsRows);
