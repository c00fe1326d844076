import type { Command } from './io.ts';
import { loadConfig } from '../config.ts';
import { openDatabase } from '../db/database.ts';
import { migrate as applyMigrations } from '../db/migrate.ts';
import { AppError } from '../errors.ts';

/** `continuum migrate`: apply pending migrations to DATABASE_URL, or to PGlite in DATA_DIR. */
export const migrate: Command = async (args, io) => {
  if (args.length) {
    io.err(`continuum migrate: unexpected argument ${args[0]}`);
    return 2;
  }
  try {
    const database = await openDatabase(loadConfig(process.env, { demo: false }));
    try {
      const applied = await applyMigrations(database);
      io.out(
        applied.length ? `Applied: ${applied.join(', ')}` : 'Up to date: no pending migrations.',
      );
      return 0;
    } finally {
      await database.close();
    }
  } catch (error) {
    if (error instanceof AppError) {
      io.err(`continuum migrate: ${error.message}`);
      return 1;
    }
    throw error;
  }
};
