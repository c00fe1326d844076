import { stateComplaintCases } from './state-complaints.cases.ts';
import { runCases } from './testing.ts';

runCases('State complaints', stateComplaintCases);
