import { recordsCases } from './records.cases.ts';
import { runCases } from './testing.ts';

runCases('access to records (34 CFR 300.613)', recordsCases);
