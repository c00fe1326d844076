import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import type { Database } from './database.ts';
import { ConfigError } from '../errors.ts';

const migrationsDir = fileURLToPath(new URL('./migrations/', import.meta.url));

export interface Migration {
  name: string;
  sql: string;
  checksum: string;
}

/** The migrations shipped with this version, in order (file names sort: 0001_, 0002_ ...). */
export function shippedMigrations(): Migration[] {
  return readdirSync(migrationsDir)
    .filter((f) => f.endsWith('.sql'))
    .sort()
    .map((name) => {
      const text = readFileSync(migrationsDir + name, 'utf8');
      return { name, sql: text, checksum: createHash('sha256').update(text).digest('hex') };
    });
}

/**
 * Applies pending migrations, each in its own transaction with its record. Forward-only: an
 * applied migration whose file has changed stops the start, since the database no longer
 * matches what the code expects.
 */
export async function migrate(database: Database): Promise<string[]> {
  await database.exec(`
    CREATE TABLE IF NOT EXISTS schema_migrations (
      name text PRIMARY KEY,
      checksum text NOT NULL,
      applied_at timestamptz NOT NULL DEFAULT now()
    )`);
  const applied = new Map(
    (
      await sql<{
        name: string;
        checksum: string;
      }>`select name, checksum from schema_migrations`.execute(database.db)
    ).rows.map((r) => [r.name, r.checksum]),
  );
  const done: string[] = [];
  for (const migration of shippedMigrations()) {
    const checksum = applied.get(migration.name);
    if (checksum !== undefined) {
      if (checksum !== migration.checksum) {
        throw new ConfigError(
          `Migration ${migration.name} was changed after it was applied. Migrations are forward-only: restore the file and add a new migration instead.`,
        );
      }
      continue;
    }
    const quotedName = migration.name.replaceAll("'", "''");
    await database.exec(
      `BEGIN;\n${migration.sql}\n;INSERT INTO schema_migrations (name, checksum) VALUES ('${quotedName}', '${migration.checksum}');\nCOMMIT;`,
    );
    done.push(migration.name);
  }
  return done;
}
