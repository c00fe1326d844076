/**
 * Escalations (PREK, Contact Information): which of the district's routes a problem with a
 * child's IEP or services takes, and what the message must carry. Pure.
 */
export * from './escalations.ts';
