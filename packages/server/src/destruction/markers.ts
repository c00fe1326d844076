import { sql } from 'kysely';
import type { Database } from '../db/database.ts';
import { childRowsCondition, studentDataTables } from './field-catalog.ts';
import type { StudentDataTable } from './field-catalog.ts';

/**
 * Planting unique markers in a student's rows and finding them again, in every column of
 * every table the schema has (information_schema, not a hand list): the marker test's tools
 * (ADR 0004). Test support, not used by the product.
 */

export type ColumnTypes = Map<string, Map<string, string>>;

/** Each table's columns with their types (`text`, `jsonb`, `bytea`, `ARRAY` …). */
export async function columnTypes(db: Database['db']): Promise<ColumnTypes> {
  const rows = await sql<{ table_name: string; column_name: string; data_type: string }>`
    select c.table_name, c.column_name, c.data_type
    from information_schema.columns c
    join information_schema.tables t
      on t.table_schema = c.table_schema and t.table_name = c.table_name
    where c.table_schema = current_schema() and t.table_type = 'BASE TABLE'`.execute(db);
  const types: ColumnTypes = new Map();
  for (const r of rows.rows) {
    const table = types.get(r.table_name) ?? new Map<string, string>();
    table.set(r.column_name, r.data_type);
    types.set(r.table_name, table);
  }
  return types;
}

export const markable = (type: string | undefined) =>
  type === 'text' ||
  type === 'character varying' ||
  type === 'jsonb' ||
  type === 'bytea' ||
  type === 'ARRAY';

/** The value that writes `marker` into a column of `type`, keeping jsonb objects and arrays whole. */
function markerValue(column: string, type: string, marker: string) {
  const m = sql`${marker}::text || '#' || substr(md5(random()::text), 1, 6)`;
  const c = sql.ref(column);
  switch (type) {
    case 'jsonb':
      return sql`case jsonb_typeof(${c}) when 'object' then ${c} || jsonb_build_object('marker', ${m})
        when 'array' then ${c} || jsonb_build_array(${m}) else to_jsonb(${m}) end`;
    case 'bytea':
      // A document stored as text/plain: PDF streams are compressed, so a byte search would
      // miss a marker inside one.
      return sql`convert_to('Document text ' || ${m}, 'UTF8')`;
    case 'ARRAY':
      return sql`array[${m}]`;
    default:
      return m;
  }
}

export interface Planted {
  /** `table.column` of every column that took the marker, with the rows it was written to. */
  columns: Map<string, number>;
  /** Personal columns no row of the student holds a value in (the world should fill them). */
  empty: string[];
  /** Coded columns that refused it (as they must: a closed list the database checks). */
  refused: string[];
  /** Coded columns that took it (a catalog error: they are free text). */
  codedTaken: string[];
}

/**
 * Writes a unique marker (`mark#<token>#<table>.<column>#…`) into every text, jsonb, bytea and
 * array column of `studentId`'s rows that the catalog calls personal or permanent, with the
 * triggers off (session_replication_role: the superuser test connection), so the immutable
 * tables take markers too. Coded columns are tried too, and must refuse.
 */
export async function plantMarkers(
  db: Database['db'],
  types: ColumnTypes,
  where: { districtId: string; studentId: string },
  token: string,
  tables: readonly StudentDataTable[] = studentDataTables,
): Promise<Planted> {
  const planted: Planted = { columns: new Map(), empty: [], refused: [], codedTaken: [] };
  await db.transaction().execute(async (tx) => {
    await sql`set local session_replication_role = replica`.execute(tx);
    for (const entry of tables) {
      if (entry.onDestruction === 'kept') continue;
      const condition = sql.raw(childRowsCondition(entry, where.districtId, where.studentId));
      const columnsOf = types.get(entry.table)!;
      const update = async (column: string, type: string, onlyFilled: boolean) => {
        const marker = `mark#${token}#${entry.table}.${column}`;
        const filled = onlyFilled ? sql`and ${sql.ref(column)} is not null` : sql``;
        await sql`savepoint plant`.execute(tx);
        try {
          const result = await sql`update ${sql.table(entry.table)}
            set ${sql.ref(column)} = ${markerValue(column, type, marker)}
            where ${condition} ${filled}`.execute(tx);
          await sql`release savepoint plant`.execute(tx);
          return Number(result.numAffectedRows ?? 0);
        } catch (error) {
          await sql`rollback to savepoint plant`.execute(tx);
          if ((error as { code?: string }).code === '23514') return 'refused' as const;
          throw error;
        }
      };
      // Every row first; where a row's kind requires the column empty (a consent's insurance
      // use exists only for private insurance), the rows that hold a value.
      const tryColumn = async (column: string) => {
        const type = columnsOf.get(column);
        if (!markable(type)) return null;
        const all = await update(column, type, false);
        return all === 'refused' ? update(column, type, true) : all;
      };
      for (const column of [...entry.personal, ...Object.keys(entry.permanent ?? {})]) {
        const rows = await tryColumn(column);
        if (rows === 'refused')
          throw new Error(`${entry.table}.${column} refused a marker: classify it as coded`);
        if (rows !== null) planted.columns.set(`${entry.table}.${column}`, rows);
        if (rows === 0) planted.empty.push(`${entry.table}.${column}`);
      }
      for (const column of entry.coded) {
        const rows = await tryColumn(column);
        if (rows === 'refused') planted.refused.push(`${entry.table}.${column}`);
        else if (rows !== null && rows > 0) planted.codedTaken.push(`${entry.table}.${column}`);
      }
    }
    // The coded columns' markers were refused or must not stay: nothing of them was kept (the
    // savepoints rolled back the refusals; a column that took one is reported, and fails).
  });
  return planted;
}

/** Where `token` occurs, in every column of every table (`table.column` and the number of rows). */
export async function findToken(
  db: Database['db'],
  types: ColumnTypes,
  token: string,
): Promise<Map<string, number>> {
  const found = new Map<string, number>();
  for (const [table, columns] of types) {
    for (const [column, type] of columns) {
      if (!markable(type) && type !== 'uuid') continue;
      const c = sql.ref(column);
      const test =
        type === 'bytea'
          ? sql`position(convert_to(${token}, 'UTF8') in ${c}) > 0`
          : type === 'uuid'
            ? sql`${c}::text = ${token}`
            : sql`${c}::text like ${'%' + token + '%'}`;
      const result = await sql<{
        n: number;
      }>`select count(*) as n from ${sql.table(table)} where ${test}`.execute(db);
      const n = Number(result.rows[0]?.n ?? 0);
      if (n > 0) found.set(`${table}.${column}`, n);
    }
  }
  return found;
}
