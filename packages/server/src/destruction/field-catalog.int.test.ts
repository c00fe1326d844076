import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import type { Database } from '../db/database.ts';
import { openTestDatabase } from '../testing/test-database.ts';
import {
  catalogColumns,
  childRowsCondition,
  columnDecision,
  otherTables,
  studentDataTables,
} from './field-catalog.ts';

/**
 * The field catalog against the schema the migrations build: every table is classified, and
 * every column of a table holding student data is in exactly one list (ADR 0004). A migration
 * that adds a column or a table without a catalog entry fails here.
 */
let database: Database;
let schema: Map<string, string[]>;

before(async () => {
  database = await openTestDatabase();
  const rows = await sql<{ table_name: string; column_name: string }>`
    select c.table_name, c.column_name
    from information_schema.columns c
    join information_schema.tables t
      on t.table_schema = c.table_schema and t.table_name = c.table_name
    where c.table_schema = current_schema() and t.table_type = 'BASE TABLE'
    order by c.table_name, c.ordinal_position`.execute(database.db);
  schema = new Map();
  for (const r of rows.rows)
    schema.set(r.table_name, [...(schema.get(r.table_name) ?? []), r.column_name]);
});
after(async () => {
  await database?.close();
});

test('every table of the schema is in the catalog, once', () => {
  const listed = [...studentDataTables.map((t) => t.table), ...otherTables.map((t) => t.table)];
  assert.deepEqual(
    [...schema.keys()].filter((t) => !listed.includes(t)),
    [],
    'tables without a catalog entry',
  );
  assert.deepEqual(
    listed.filter((t) => !schema.has(t)),
    [],
    'catalog entries for tables that do not exist',
  );
  assert.equal(new Set(listed).size, listed.length, 'a table listed twice');
});

test('every column of a table holding student data is classified, once', () => {
  for (const entry of studentDataTables) {
    const columns = schema.get(entry.table) ?? [];
    const classified = catalogColumns(entry);
    assert.deepEqual(
      columns.filter((c) => !classified.includes(c)),
      [],
      `unclassified columns of ${entry.table}`,
    );
    assert.deepEqual(
      classified.filter((c) => !columns.includes(c)),
      [],
      `catalog columns of ${entry.table} that do not exist`,
    );
    assert.equal(new Set(classified).size, classified.length, `a column of ${entry.table} twice`);
  }
});

test('each condition for a child’s rows is valid SQL over its table', async () => {
  const nobody = '00000000-0000-4000-8000-000000000001';
  for (const entry of studentDataTables) {
    const condition = childRowsCondition(entry, nobody, nobody);
    const result = await sql<{
      n: number;
    }>`select count(*) as n from ${sql.table(entry.table)} where ${sql.raw(condition)}`.execute(
      database.db,
    );
    assert.equal(Number(result.rows[0]?.n), 0, entry.table);
  }
});

test('the rules keep only the permanent record and the surrogate keys', () => {
  const kept = studentDataTables.flatMap((entry) =>
    catalogColumns(entry)
      .filter((c) => columnDecision(entry, c).action === 'keep')
      .filter((c) => !entry.keys.includes(c))
      .map((c) => `${entry.table}.${c}`),
  );
  assert.deepEqual(kept.sort(), [
    'guardians.address',
    'guardians.phone',
    'permanent_records.address',
    'permanent_records.first_name',
    'permanent_records.grade_level_completed',
    'permanent_records.last_name',
    'permanent_records.phone_number',
    'permanent_records.year_completed',
    'students.grade',
    'students.legal_first_name',
    'students.legal_last_name',
  ]);
});
