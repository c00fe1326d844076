import type { CliIo, Command } from './io.ts';
import { calendarCheck } from './calendar-check.ts';
import { calendarDraft } from './calendar-draft.ts';

/** `continuum calendar check FILE` and `continuum calendar draft ...`. */
export const calendar: Command = async (args: string[], io: CliIo) => {
  const [sub = '', ...rest] = args;
  switch (sub) {
    case 'check':
      return calendarCheck(rest, io);
    case 'draft':
      return calendarDraft(rest, io);
    default:
      io.err(
        'usage: continuum calendar check FILE | continuum calendar draft --first DATE --last DATE [--recess FROM:TO ...]',
      );
      return 2;
  }
};
