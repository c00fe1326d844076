/**
 * The IEP's content and what a final IEP must contain (programs.md, IEP content): the typed
 * content of a version, the areas required for a student, and the finalize-readiness check
 * (missing areas, program limits, dates). Pure: `asOf` is passed in.
 */
export * from './content.ts';
export * from './required-areas.ts';
export * from './readiness.ts';
export * from './service-key.ts';
