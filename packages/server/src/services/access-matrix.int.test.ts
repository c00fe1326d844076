import { runAccessMatrix } from '../testing/access-matrix.ts';
import { servicesRows } from './access.rows.ts';

runAccessMatrix('services', servicesRows);
