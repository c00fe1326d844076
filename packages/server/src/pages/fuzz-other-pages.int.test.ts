import { fuzzWriteRoutes } from '../testing/fuzz.ts';

/** 1,000 random forms to every other page that accepts a form post: sign-in, account, sites, staff (testing/fuzz.ts). */
fuzzWriteRoutes('other-pages');
