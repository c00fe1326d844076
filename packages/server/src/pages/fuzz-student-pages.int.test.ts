import { fuzzWriteRoutes } from '../testing/fuzz.ts';

/** 1,000 random forms to every student page that accepts a form post (testing/fuzz.ts). */
fuzzWriteRoutes('student-pages');
