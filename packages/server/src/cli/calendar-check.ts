import {
  compileCalendar,
  countBetween,
  isoDate,
  parseCalendar,
  type Day,
} from '@continuum/rules/calendar/index.ts';
import type { CliIo } from './io.ts';
import { readJsonFile, reportInputError } from './timeline-input.ts';

/**
 * `continuum calendar check FILE`: validates a calendar file. Exit 0 with a summary (school years
 * and their school days), or 2 with one line per bad field.
 */
export async function calendarCheck(args: string[], io: CliIo): Promise<number> {
  const [file, ...extra] = args;
  if (file === undefined || extra.length > 0) {
    io.err('usage: continuum calendar check FILE');
    return 2;
  }
  try {
    const calendar = compileCalendar(parseCalendar(await readJsonFile(file, 'calendar')));
    const lines = [
      `${calendar.name}: ${calendar.years.length} school year${calendar.years.length === 1 ? '' : 's'}`,
    ];
    for (const year of calendar.years) {
      const schoolDays = countBetween(calendar, 'school', (year.first - 1) as Day, year.last);
      lines.push(
        `  ${year.id}: ${isoDate(year.first)} to ${isoDate(year.last)}, ${schoolDays} school days`,
      );
    }
    io.out(lines.join('\n'));
    return 0;
  } catch (error) {
    return reportInputError(error, 'calendar', (text) => io.err(text));
  }
}
