import type { Config } from '../config.ts';
import type { Database } from '../db/database.ts';

/** What every route and use case may reach: the database and the settings. */
export interface AppContext {
  database: Database;
  config: Config;
}
