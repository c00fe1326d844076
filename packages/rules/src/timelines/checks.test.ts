import { checkCases } from './checks.cases.ts';
import { runCases } from './testing.ts';

runCases('checks that are not deadlines', checkCases);
