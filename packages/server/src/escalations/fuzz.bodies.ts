import type { FuzzBodies } from '../testing/fuzz-bodies.ts';

/** Valid bodies of the `escalations` module's write routes (API) and forms (pages), for the fuzz tests to mutate. */
export const escalationsFuzz: FuzzBodies = { bodies: {}, forms: {} };
