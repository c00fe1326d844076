import type { MessageId, Translator } from '../i18n/i18n.ts';
import { codeLabel } from './options.ts';

/**
 * The words of case timelines. Rule ids and event types are the rule catalog's codes (a
 * contract); pages show them in the reader's language where a message exists, else as codes.
 * The basis and citation of a deadline come from the rules engine, in English.
 */

export type TimelineStatus =
  'met' | 'late' | 'open' | 'overdue' | 'not-applicable' | 'needs-determination';

export function statusLabel(i18n: Translator, status: string): string {
  return codeLabel(i18n, 'timelines.status.', status);
}

export function eventLabel(i18n: Translator, type: string): string {
  return codeLabel(i18n, 'timelines.event.', type);
}

/** A due date (or the timestamp of a rule counted in hours), or a word when there is none. */
export function dueLabel(i18n: Translator, due: string | null): string {
  if (due === null) return i18n.t('timelines.noDueDate');
  return due.length > 10 ? i18n.formatDateTime(due) : i18n.formatDate(due);
}

/** Overdue and late deadlines carry a tag, so they stand out (the status word is always shown). */
export function needsAttention(status: string): boolean {
  return status === 'overdue' || status === 'late';
}

export const problemMessages: Record<string, MessageId> = {
  'no-calendar': 'timelines.problem.no-calendar',
  'invalid-calendar': 'timelines.problem.invalid-calendar',
  'calendar-coverage': 'timelines.problem.calendar-coverage',
  'invalid-event': 'timelines.problem.invalid-event',
};
