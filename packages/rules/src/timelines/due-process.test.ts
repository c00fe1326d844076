import { dueProcessCases } from './due-process.cases.ts';
import { runCases } from './testing.ts';

runCases('due process complaint: sufficiency, response, disclosure', dueProcessCases);
