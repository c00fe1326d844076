import { mkdirSync, openSync, closeSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { userInfo } from 'node:os';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { parse as parseConnectionString } from 'pg-connection-string';
import { PGlite } from '@electric-sql/pglite';
import { PGliteDialect } from './pglite-dialect.ts';
import type { DB } from './schema.ts';
import { ConfigError } from '../errors.ts';

export type Engine = 'pglite' | 'postgres';

/** An open database: Kysely for queries, `exec` for multi-statement SQL (migrations). */
export interface Database {
  readonly engine: Engine;
  readonly db: Kysely<DB>;
  exec(sqlText: string): Promise<void>;
  close(): Promise<void>;
}

// Dates stay `YYYY-MM-DD` strings (a JS Date at local midnight shifts with the time zone);
// bigint counts become numbers (they never approach 2^53 here).
const DATE_OID = 1082;
const INT8_OID = 20;
const parseDate = (value: string): string => value;
const parseInt8 = (value: string): number => Number(value);

export interface OpenOptions {
  /** A PostgreSQL connection string; when absent, embedded PGlite in `dataDir`. */
  databaseUrl?: string | undefined;
  /** PGlite data folder (default ./data). */
  dataDir?: string | undefined;
  /** PGlite: load this data folder dump instead of starting empty (tests). */
  loadDataDir?: Blob | undefined;
  /** PGlite only: keep the data in memory. */
  inMemory?: boolean;
}

export async function openDatabase(options: OpenOptions): Promise<Database> {
  return options.databaseUrl ? openPostgres(options.databaseUrl) : openPGlite(options);
}

function openPostgres(connectionString: string): Database {
  const types = {
    getTypeParser: (oid: number, format?: 'text' | 'binary') =>
      oid === DATE_OID
        ? parseDate
        : oid === INT8_OID
          ? parseInt8
          : (pg.types.getTypeParser(oid, format ?? 'text') as (value: string) => unknown),
  };
  // A URL without a user (postgres://127.0.0.1/test) means the operating-system user, as psql does.
  const pool = new pg.Pool({ ...postgresClientConfig(connectionString), max: 10, types });
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
  return {
    engine: 'postgres',
    db,
    async exec(sqlText) {
      // A query without parameters uses the simple protocol, which runs several statements.
      await pool.query(sqlText);
    },
    async close() {
      await db.destroy();
    },
  };
}

/**
 * pg settings from a connection string. A URL without a user (postgres://127.0.0.1/test)
 * means the operating-system user, as psql does.
 */
export function postgresClientConfig(connectionString: string): pg.ClientConfig {
  const config = parseConnectionString(connectionString);
  const user = config.user || process.env.PGUSER || userInfo().username;
  return { ...config, user } as pg.ClientConfig;
}

async function openPGlite(options: OpenOptions): Promise<Database> {
  const parsers = { [DATE_OID]: parseDate, [INT8_OID]: parseInt8 };
  let unlock = (): void => {};
  let dataDir: string | undefined;
  if (!options.inMemory) {
    dataDir = options.dataDir ?? './data';
    mkdirSync(dataDir, { recursive: true });
    unlock = lockDataDir(dataDir);
  }
  try {
    const pglite = await PGlite.create({
      ...(dataDir ? { dataDir } : {}),
      ...(options.loadDataDir ? { loadDataDir: options.loadDataDir } : {}),
      parsers,
    });
    const db = new Kysely<DB>({ dialect: new PGliteDialect(pglite) });
    return {
      engine: 'pglite',
      db,
      async exec(sqlText) {
        // Multi-statement SQL must use exec() on PGlite: query() is the extended protocol.
        await pglite.exec(sqlText);
      },
      async close() {
        await db.destroy();
        await pglite.close();
        unlock();
      },
    };
  } catch (error) {
    unlock();
    throw error;
  }
}

/**
 * PGlite is one process per data folder: a second process would corrupt it. The lock file
 * holds the owner's pid; a lock left by a process that no longer runs is taken over.
 */
function lockDataDir(dataDir: string): () => void {
  const lockPath = join(dataDir, '.continuum.lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(lockPath, 'wx');
      writeFileSync(fd, String(process.pid));
      closeSync(fd);
      return () => rmSync(lockPath, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = Number(readFileSync(lockPath, 'utf8'));
      if (Number.isInteger(owner) && owner > 0 && owner !== process.pid && processIsAlive(owner)) {
        throw new ConfigError(
          `The data folder ${dataDir} is in use by process ${owner}. PGlite allows one process per folder; stop it or set DATA_DIR to another folder.`,
        );
      }
      rmSync(lockPath, { force: true });
    }
  }
  throw new ConfigError(`Could not lock the data folder ${dataDir}.`);
}

function processIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
