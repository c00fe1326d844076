import { runAccessMatrix } from '../testing/access-matrix.ts';
import { recordsRequestsRows } from './access.rows.ts';

runAccessMatrix('records-requests', recordsRequestsRows);
