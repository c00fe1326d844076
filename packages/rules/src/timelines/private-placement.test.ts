import { privatePlacementCases } from './private-placement.cases.ts';
import { runCases } from './testing.ts';

runCases('unilateral private placement', privatePlacementCases);
