import { fuzzWriteRoutes } from '../testing/fuzz.ts';

/** Random bodies to every write route of a student case's API, referral to IEP (testing/fuzz.ts). */
fuzzWriteRoutes('case-api');
