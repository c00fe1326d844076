import type { Actor } from '../access/actor.ts';
import { ForbiddenError } from '../errors.ts';

/**
 * The school calendar holds no student data. Any staff member reads it (the deadlines are
 * counted on it); district administrators replace it.
 */
export function mayReadCalendar(actor: Actor): boolean {
  return actor.kind === 'staff';
}

export function mayChangeCalendar(actor: Actor): boolean {
  return actor.kind === 'staff' && actor.roles.includes('district-admin');
}

export function requireCalendarReader(actor: Actor): void {
  if (!mayReadCalendar(actor)) throw new ForbiddenError('The school calendar is for staff.');
}

export function requireCalendarEditor(actor: Actor): void {
  if (!mayChangeCalendar(actor))
    throw new ForbiddenError('Only district administrators change the school calendar.');
}
