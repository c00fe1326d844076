import { createHash, randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { PGlite } from '@electric-sql/pglite';
import type { Database } from '../db/database.ts';
import { openDatabase, postgresClientConfig } from '../db/database.ts';
import { migrate, shippedMigrations } from '../db/migrate.ts';

/**
 * A migrated, empty database for one test file: PGlite in memory by default, or a fresh
 * database on the PostgreSQL server when DATABASE_URL is set (STYLE.md habit 8).
 *
 * PGlite's first start takes seconds, so the migrated data folder is dumped once per set of
 * migrations (under .test-tmp/) and loaded by every test file. On PostgreSQL a migrated
 * template database is made once and each test file gets a copy of it, dropped at the end.
 */
export async function openTestDatabase(): Promise<Database> {
  const url = process.env.DATABASE_URL;
  return url ? openPostgresCopy(url) : openPGliteCopy();
}

const root = fileURLToPath(new URL('../../../../', import.meta.url));
const migrationsKey = createHash('sha256')
  .update(
    shippedMigrations()
      .map((m) => m.checksum)
      .join(','),
  )
  .digest('hex')
  .slice(0, 16);

async function openPGliteCopy(): Promise<Database> {
  const dir = join(root, '.test-tmp');
  const templatePath = join(dir, `pglite-template-${migrationsKey}.tar.gz`);
  if (!existsSync(templatePath)) {
    const fresh = await PGlite.create();
    await fresh.exec(shippedMigrationsSql());
    const dump = await fresh.dumpDataDir('gzip');
    await fresh.close();
    mkdirSync(dir, { recursive: true });
    const partial = `${templatePath}.${process.pid}.${randomUUID()}`;
    writeFileSync(partial, Buffer.from(await dump.arrayBuffer()));
    renameSync(partial, templatePath); // atomic: parallel test files never read half a file
  }
  const bytes = readFileSync(templatePath);
  return openDatabase({ inMemory: true, loadDataDir: new Blob([bytes]) });
}

/** The migrations as one script, recorded in schema_migrations like `migrate` does. */
function shippedMigrationsSql(): string {
  const migrations = shippedMigrations();
  return [
    'CREATE TABLE schema_migrations (name text PRIMARY KEY, checksum text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now());',
    ...migrations.map(
      (m) =>
        `${m.sql}\n;INSERT INTO schema_migrations (name, checksum) VALUES ('${m.name}', '${m.checksum}');`,
    ),
  ].join('\n');
}

async function openPostgresCopy(url: string): Promise<Database> {
  const template = `continuum_template_${migrationsKey}`;
  const name = `continuum_test_${randomUUID().replaceAll('-', '')}`;
  const admin = new pg.Client(postgresClientConfig(url));
  await admin.connect();
  try {
    // One creator at a time across parallel test files (test tooling only: the product
    // itself takes no session advisory locks).
    await admin.query('SELECT pg_advisory_lock(4242)');
    const exists = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [template]);
    if (exists.rowCount === 0) {
      const building = `${template}_building`;
      await admin.query(`DROP DATABASE IF EXISTS ${building}`);
      await admin.query(`CREATE DATABASE ${building}`);
      const database = await openDatabase({ databaseUrl: withDatabase(url, building) });
      await migrate(database);
      await database.close();
      await admin.query(`ALTER DATABASE ${building} RENAME TO ${template}`);
    }
    await admin.query(`CREATE DATABASE ${name} TEMPLATE ${template}`);
    // A test database is thrown away, so its commits need not wait for the disk: without this
    // the suite's time is mostly fsync. The product's own databases keep PostgreSQL's setting.
    await admin.query(`ALTER DATABASE ${name} SET synchronous_commit TO off`);
  } finally {
    await admin.query('SELECT pg_advisory_unlock(4242)').catch(() => {});
    await admin.end();
  }
  const database = await openDatabase({ databaseUrl: withDatabase(url, name) });
  return {
    ...database,
    async close() {
      await database.close();
      const cleanup = new pg.Client(postgresClientConfig(url));
      await cleanup.connect();
      await cleanup.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await cleanup.end();
    },
  };
}

function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}
