import { preschoolCases } from './preschool.cases.ts';
import { runCases } from './testing.ts';

runCases('preschool timelines (PSN NYC addendum, restating State rules)', preschoolCases);
