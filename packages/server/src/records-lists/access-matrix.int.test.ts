import { runAccessMatrix } from '../testing/access-matrix.ts';
import { recordsListsRows } from './access.rows.ts';

runAccessMatrix('records-lists', recordsListsRows);
