/** A module's valid bodies per write route (`POST /api/students/:id/consents` …), for testing/fuzz.ts to mutate. */
export interface FuzzBodies {
  /** API routes: a JSON body. */
  bodies: Record<string, object>;
  /** Page forms: the fields a browser sends. */
  forms: Record<string, Record<string, string>>;
}
