import { fuzzWriteRoutes } from '../testing/fuzz.ts';

/** Random form posts to every form of a student case's pages, referral to IEP (testing/fuzz.ts). */
fuzzWriteRoutes('case-pages');
