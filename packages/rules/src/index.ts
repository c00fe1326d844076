/**
 * @continuum/rules: New York special education rules as pure functions (no I/O, no clock).
 * One namespace per area (their ids, such as CheckId, are separate vocabularies); each area is
 * also importable on its own, e.g. `@continuum/rules/timelines/index.ts`.
 */
export * as calendar from './calendar/index.ts';
export * as calendarDraft from './calendar-draft/index.ts';
export * as timelines from './timelines/index.ts';
export * as programs from './programs/index.ts';
export * as consent from './consent/index.ts';
export * as notices from './notices/index.ts';
export * as iep from './iep/index.ts';
export * as delivery from './delivery/index.ts';
export * as distribution from './distribution/index.ts';
export * as escalations from './escalations/index.ts';
export * as records from './records/index.ts';
