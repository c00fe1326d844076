/**
 * Program standards (programs.md): the catalog of programs and services, their limits as pure
 * checks, committee authority, ESY, classifications and IEP content. Every check takes plain
 * typed objects and returns violations; none reads a clock.
 */
export * from './catalog.ts';
export * from './violation.ts';
export { WEEKDAYS } from './schedule.ts';
export type { TimeSpan, Weekday } from './schedule.ts';
export * from './resource-room.ts';
export * from './seit.ts';
export * from './special-class.ts';
export * from './ict.ts';
export * from './preschool.ts';
export * from './related-services.ts';
export * from './committee.ts';
export * from './setting-band.ts';
export * from './esy.ts';
export * from './declassification.ts';
export * from './classifications.ts';
export * from './iep-content.ts';
export * from './committee-membership.ts';
export * from './evaluation-components.ts';
