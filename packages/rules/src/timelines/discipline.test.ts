import { disciplineCases } from './discipline.cases.ts';
import { runCases } from './testing.ts';

runCases('discipline', disciplineCases);
