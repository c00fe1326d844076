import { parseArgs } from 'node:util';
import { compileCalendar, parseCalendar } from '@continuum/rules/calendar/index.ts';
import {
  computeTimeline,
  entryToJson,
  parseCase,
  type Profile,
} from '@continuum/rules/timelines/index.ts';
import type { Command } from './io.ts';
import { readJsonFile, reportInputError } from './timeline-input.ts';

const USAGE = 'usage: continuum timeline --calendar FILE --case FILE [--profile nyc|nys]';

/**
 * `continuum timeline --calendar FILE --case FILE [--profile nyc|nys]`: prints one JSON object
 * `{ "deadlines": [...] }`. Invalid input prints nothing on stdout, the fields at fault on
 * stderr, and exits 2.
 */
export const timeline: Command = async (args, io) => {
  let values: { calendar?: string; case?: string; profile?: string };
  try {
    ({ values } = parseArgs({
      args,
      options: {
        calendar: { type: 'string' },
        case: { type: 'string' },
        profile: { type: 'string' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    io.err(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const missing = (['calendar', 'case'] as const).filter((flag) => values[flag] === undefined);
  if (missing.length > 0 || !values.calendar || !values.case) {
    io.err(`missing ${missing.map((m) => `--${m}`).join(' and ')}\n${USAGE}`);
    return 2;
  }
  const profile = values.profile ?? 'nyc';
  if (profile !== 'nyc' && profile !== 'nys') {
    io.err(`--profile: must be nyc or nys, not "${profile}"\n${USAGE}`);
    return 2;
  }
  let what = 'calendar';
  try {
    const calendar = compileCalendar(
      parseCalendar(await readJsonFile(values.calendar, 'calendar')),
    );
    what = 'case';
    const parsed = parseCase(await readJsonFile(values.case, 'case'));
    what = 'calendar';
    const entries = computeTimeline(parsed, calendar, { profile: profile satisfies Profile });
    io.out(JSON.stringify({ deadlines: entries.map(entryToJson) }, null, 2));
    return 0;
  } catch (error) {
    return reportInputError(error, what, (text) => io.err(text));
  }
};
