import type { Command } from './io.ts';
import { loadConfig } from '../config.ts';
import { openDatabase } from '../db/database.ts';
import { migrate } from '../db/migrate.ts';
import { verifyAccessLog } from '../records/verify-access-log.ts';
import { AppError } from '../errors.ts';

/** `continuum audit verify`: checks the access log's hash chain; exit 1 names the first broken row. */
export const audit: Command = async (args, io) => {
  if (args[0] !== 'verify' || args.length > 1) {
    io.err('usage: continuum audit verify');
    return 2;
  }
  try {
    const database = await openDatabase(loadConfig(process.env, { demo: false }));
    try {
      await migrate(database);
      const result = await verifyAccessLog(database.db);
      if (result.firstBreak) {
        const b = result.firstBreak;
        io.err(
          `access log BROKEN at district ${b.districtId}, row ${b.seq}: ${b.reason} (${result.rows} rows verified before it)`,
        );
        return 1;
      }
      io.out(
        `access log verified: ${result.rows} rows in ${result.districts} district chain(s), no break`,
      );
      return 0;
    } finally {
      await database.close();
    }
  } catch (error) {
    if (error instanceof AppError) {
      io.err(`continuum audit: ${error.message}`);
      return 1;
    }
    throw error;
  }
};
