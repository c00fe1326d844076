import type { FuzzBodies } from '../testing/fuzz-bodies.ts';

/** Valid bodies of the `consent` module's write routes (API) and forms (pages), for the fuzz tests to mutate. */
export const consentFuzz: FuzzBodies = { bodies: {}, forms: {} };
