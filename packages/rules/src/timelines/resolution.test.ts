import { resolutionCases } from './resolution.cases.ts';
import { runCases } from './testing.ts';

runCases('the resolution process', resolutionCases);
