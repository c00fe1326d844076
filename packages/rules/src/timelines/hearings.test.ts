import { hearingCases } from './hearings.cases.ts';
import { runCases } from './testing.ts';

runCases('hearing decisions', hearingCases);
