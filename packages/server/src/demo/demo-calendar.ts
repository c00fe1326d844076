import { draftCalendar, type CalendarDocument } from '@continuum/rules/calendar-draft/index.ts';
import {
  compileCalendar,
  parseCalendar,
  type CompiledCalendar,
} from '@continuum/rules/calendar/index.ts';
import type { Tx } from '../db/tenant.ts';

/**
 * The demo district's school calendar: the school years 2024-25 through 2027-28, with first
 * and last days and recesses like New York City's (Thanksgiving Friday, winter, mid-winter
 * and spring recesses) (synthetic, not the city's calendar), drafted
 * with New York's holidays by the rules package as a district administrator would draft them.
 */
const years = [
  {
    firstDay: '2024-09-05',
    lastDay: '2025-06-26',
    recesses: [
      { from: '2024-11-29', to: '2024-11-29' },
      { from: '2024-12-24', to: '2025-01-01' },
      { from: '2025-02-17', to: '2025-02-21' },
      { from: '2025-04-14', to: '2025-04-18' },
    ],
  },
  {
    firstDay: '2025-09-04',
    lastDay: '2026-06-26',
    recesses: [
      { from: '2025-11-28', to: '2025-11-28' },
      { from: '2025-12-24', to: '2026-01-02' },
      { from: '2026-02-16', to: '2026-02-20' },
      { from: '2026-04-03', to: '2026-04-10' },
    ],
  },
  {
    firstDay: '2026-09-10',
    lastDay: '2027-06-25',
    recesses: [
      { from: '2026-11-27', to: '2026-11-27' },
      { from: '2026-12-24', to: '2027-01-01' },
      { from: '2027-02-15', to: '2027-02-19' },
      { from: '2027-03-26', to: '2027-04-02' },
    ],
  },
  {
    firstDay: '2027-09-09',
    lastDay: '2028-06-27',
    recesses: [
      { from: '2027-11-26', to: '2027-11-26' },
      { from: '2027-12-24', to: '2027-12-31' },
      { from: '2028-02-21', to: '2028-02-25' },
      { from: '2028-04-10', to: '2028-04-14' },
    ],
  },
];

export function demoCalendar(): CalendarDocument {
  const drafts = years.map((year) => draftCalendar(year));
  return {
    name: 'Demo Union Free School District, 2024-25 to 2027-28',
    schoolYears: drafts.flatMap((d) => d.schoolYears),
    holidays: [...new Set(drafts.flatMap((d) => d.holidays))].sort(),
  };
}

let compiled: CompiledCalendar | undefined;

/** The demo calendar compiled for counting days, once (drafting and compiling take tens of ms). */
export function compiledDemoCalendar(): CompiledCalendar {
  compiled ??= compileCalendar(parseCalendar(demoCalendar()));
  return compiled;
}

/**
 * Gives the demo district its calendar unless it has one (a calendar an administrator changed
 * is kept): idempotent, one statement, in the caller's tenant transaction.
 */
export async function insertDemoCalendar(tx: Tx, districtId: string): Promise<void> {
  await tx
    .insertInto('school_calendars')
    .values({ district_id: districtId, calendar: JSON.stringify(demoCalendar()) })
    .onConflict((oc) => oc.column('district_id').doNothing())
    .execute();
}
