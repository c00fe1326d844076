import { runAccessMatrix } from '../testing/access-matrix.ts';
import { documentsRows } from './access.rows.ts';

runAccessMatrix('documents', documentsRows);
