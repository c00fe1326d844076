/** Notices: prior written notice content, the language and channel of a notice, the safeguards notice's triggers, meeting notices. */
export * from './prior-written-notice.ts';
export * from './language.ts';
export * from './delivery.ts';
export * from './safeguards.ts';
export * from './meeting-notice.ts';
