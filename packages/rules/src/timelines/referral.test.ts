import { referralCases } from './referral.cases.ts';
import { runCases } from './testing.ts';

runCases('referral (district plan)', referralCases);
