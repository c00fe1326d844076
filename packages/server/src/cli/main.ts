import type { CliIo, Command } from './io.ts';
import { processIo } from './io.ts';

/**
 * The `continuum` command line. Each command lives in its own module, loaded only when used,
 * so `continuum timeline` never opens a database.
 */
const commands: Record<string, { summary: string; load: () => Promise<Command> }> = {
  serve: {
    summary:
      'serve [--demo]                     start the web server (PORT, DATA_DIR, DATABASE_URL)',
    load: async () => (await import('./serve.ts')).serve,
  },
  migrate: {
    summary: 'migrate                            apply pending database migrations',
    load: async () => (await import('./migrate.ts')).migrate,
  },
  audit: {
    summary: 'audit verify                       verify the access log hash chain',
    load: async () => (await import('./audit.ts')).audit,
  },
  timeline: {
    summary: 'timeline --calendar FILE --case FILE [--profile nyc|nys]   compute a case timeline',
    load: async () => (await import('./timeline.ts')).timeline,
  },
  calendar: {
    summary: 'calendar check FILE | calendar draft --first DATE --last DATE [--recess FROM:TO ...]',
    load: async () => (await import('./calendar.ts')).calendar,
  },
};

function usage(io: CliIo): void {
  io.err(
    ['usage: continuum <command> [options]', '', 'commands:']
      .concat(Object.values(commands).map((c) => `  ${c.summary}`))
      .join('\n'),
  );
}

export async function main(argv: string[], io: CliIo = processIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    usage(io);
    return name === undefined ? 2 : 0;
  }
  const command = commands[name];
  if (!command) {
    io.err(`continuum: unknown command "${name}"`);
    usage(io);
    return 2;
  }
  const run = await command.load();
  return run(rest, io);
}
