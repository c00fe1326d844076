import { runAccessMatrix } from '../testing/access-matrix.ts';
import { completeRecordRows } from './access.rows.ts';

runAccessMatrix('complete-record', completeRecordRows);
