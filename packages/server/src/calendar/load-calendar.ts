import {
  compileCalendar,
  parseCalendar,
  RuleInputError,
  type CompiledCalendar,
} from '@continuum/rules/calendar/index.ts';
import type { Tx } from '../db/tenant.ts';
import type { CalendarDocumentView, DistrictCalendar } from './schemas.ts';

/** The district's stored calendar (the tenant transaction names the district), as read. */
export async function readDistrictCalendar(tx: Tx): Promise<DistrictCalendar> {
  const row = await tx
    .selectFrom('school_calendars as c')
    .leftJoin('staff as st', (j) =>
      j.onRef('st.district_id', '=', 'c.district_id').onRef('st.account_id', '=', 'c.updated_by'),
    )
    .select(['c.calendar', 'c.version', 'c.updated_at', 'st.full_name'])
    .executeTakeFirst();
  if (!row) return { calendar: null, version: 0, updatedAt: null, updatedBy: null };
  return {
    calendar: normalize(row.calendar),
    version: row.version,
    updatedAt: new Date(row.updated_at).toISOString(),
    updatedBy: row.full_name,
  };
}

/** The stored file with its optional lists filled in, as the API shows it. */
function normalize(stored: unknown): CalendarDocumentView {
  const doc = (typeof stored === 'string' ? JSON.parse(stored) : stored) as {
    name: string;
    schoolYears: {
      id: string;
      firstDay: string;
      lastDay: string;
      nonInstructionalDays?: string[];
    }[];
    holidays?: string[];
  };
  return {
    name: doc.name,
    schoolYears: doc.schoolYears.map((y) => ({
      id: y.id,
      firstDay: y.firstDay,
      lastDay: y.lastDay,
      nonInstructionalDays: y.nonInstructionalDays ?? [],
    })),
    holidays: doc.holidays ?? [],
  };
}

/**
 * What the timelines count on: the district's compiled calendar, or why there is none. A
 * request compiles it once, whatever the number of students it derives deadlines for.
 */
export type CalendarForCounting =
  | { ok: true; calendar: CompiledCalendar; name: string }
  | { ok: false; problem: 'no-calendar' | 'invalid-calendar'; message: string };

export async function loadCompiledCalendar(tx: Tx): Promise<CalendarForCounting> {
  const row = await tx.selectFrom('school_calendars').select('calendar').executeTakeFirst();
  if (!row) {
    return {
      ok: false,
      problem: 'no-calendar',
      message:
        'The district has no school calendar, so no deadline can be counted. A district administrator adds it on the calendar page.',
    };
  }
  try {
    const stored: unknown =
      typeof row.calendar === 'string' ? JSON.parse(row.calendar) : row.calendar;
    const spec = parseCalendar(stored);
    return { ok: true, calendar: compileCalendar(spec), name: spec.name };
  } catch (error) {
    // Stored calendars were checked when saved; a rules change could still reject an old one.
    if (!(error instanceof RuleInputError)) throw error;
    return {
      ok: false,
      problem: 'invalid-calendar',
      message: `The district's school calendar is no longer valid (${error.message}); a district administrator must replace it.`,
    };
  }
}
