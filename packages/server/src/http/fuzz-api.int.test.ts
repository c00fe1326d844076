import { fuzzWriteRoutes } from '../testing/fuzz.ts';

/** 1,000 random bodies to every write route of the API (testing/fuzz.ts). */
fuzzWriteRoutes('api');
