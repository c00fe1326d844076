import { evaluationCases } from './evaluation.cases.ts';
import { runCases } from './testing.ts';

runCases('school-age evaluation timelines (PSN NYC addendum)', evaluationCases);
