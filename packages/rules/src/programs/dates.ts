import { Temporal } from 'temporal-polyfill';
import { ProgramInputError } from './violation.ts';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A calendar date written YYYY-MM-DD; anything else (times, offsets, Feb 30) is refused. */
export function parseDate(value: string, field: string): Temporal.PlainDate {
  if (ISO_DATE.test(value)) {
    try {
      return Temporal.PlainDate.from(value, { overflow: 'reject' });
    } catch {
      // fall through to the field error below
    }
  }
  throw new ProgramInputError(field, 'must be a date YYYY-MM-DD');
}
