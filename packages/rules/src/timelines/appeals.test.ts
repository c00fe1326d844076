import { appealCases } from './appeals.cases.ts';
import { runCases } from './testing.ts';

runCases('State review and civil action', appealCases);
