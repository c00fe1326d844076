import { parseArgs } from 'node:util';
import { RuleInputError } from '@continuum/rules/calendar/index.ts';
import { draftCalendar } from '@continuum/rules/calendar-draft/index.ts';
import type { CliIo } from './io.ts';

const USAGE =
  'usage: continuum calendar draft --first DATE --last DATE [--recess FROM:TO ...] [--name NAME]\n' +
  '  dates are YYYY-MM-DD; a one-day recess may be given as --recess DATE';

/** The flag a field of the draft's input came from, for messages the user can act on. */
function flagOf(field: string): string {
  if (field === 'firstDay') return '--first';
  if (field === 'lastDay') return '--last';
  if (field === 'name') return '--name';
  const recess = /^recesses\[(\d+)\]/.exec(field);
  if (recess) return `--recess (#${Number(recess[1]) + 1})`;
  return field;
}

/**
 * `continuum calendar draft`: prints a draft calendar file (timelines.md, "Calendar file")
 * for one school year, for a person to review before it is used. Exit 2 on bad input.
 */
// eslint-disable-next-line @typescript-eslint/require-await -- every Command is async (io.ts); drafting happens not to wait
export async function calendarDraft(args: string[], io: CliIo): Promise<number> {
  let values: { first?: string; last?: string; recess?: string[]; name?: string };
  try {
    ({ values } = parseArgs({
      args,
      options: {
        first: { type: 'string' },
        last: { type: 'string' },
        recess: { type: 'string', multiple: true },
        name: { type: 'string' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    io.err(`continuum calendar draft: ${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const missing = (['first', 'last'] as const).filter((flag) => values[flag] === undefined);
  if (missing.length > 0) {
    io.err(
      missing
        .map((flag) => `--${flag}: is required (a date YYYY-MM-DD)`)
        .concat(USAGE)
        .join('\n'),
    );
    return 2;
  }
  const recesses = (values.recess ?? []).map((text) => {
    const [from = '', to = from, ...extra] = text.split(':');
    return extra.length > 0 ? { from: text, to: text } : { from, to };
  });
  try {
    const calendar = draftCalendar({
      firstDay: values.first!,
      lastDay: values.last!,
      recesses,
      ...(values.name !== undefined && { name: values.name }),
    });
    io.out(JSON.stringify(calendar, null, 2));
    return 0;
  } catch (error) {
    if (!(error instanceof RuleInputError)) throw error;
    // A one-day recess names its date twice: say each problem once.
    io.err(
      [...new Set(error.issues.map((issue) => `${flagOf(issue.field)}: ${issue.message}`))].join(
        '\n',
      ),
    );
    return 2;
  }
}
