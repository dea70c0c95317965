/**
 * A comparable description of a database's public schema: tables, columns (type,
 * nullability, default), enums, indexes, constraints (PK, unique, FK, check) and sequences.
 * Used to prove that the migrations build exactly what schema.prisma describes.
 *
 * Deliberately left out: functions and triggers (hand-written in migrations, unknown to
 * Prisma; tested by behaviour instead), column order (ALTER TABLE appends), enum label
 * order (ADD VALUE appends), and our own bookkeeping table.
 */
import { withClient } from "../../../scripts/db/pg-admin";
import { MIGRATIONS_TABLE } from "../../../scripts/db/migrations";

export interface Catalog {
  tables: string[];
  columns: Record<string, string>[];
  enums: Record<string, string[]>;
  indexes: Record<string, string>[];
  constraints: Record<string, string>[];
  sequences: Record<string, string>[];
}

export async function readCatalog(url: string): Promise<Catalog> {
  return withClient(url, async (c) => {
    const q = async (sql: string) => (await c.query(sql, [MIGRATIONS_TABLE])).rows as Record<string, string>[];
    const tables = await q(`
      SELECT table_name FROM information_schema.tables
      WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> $1 ORDER BY 1`);
    const columns = await q(`
      SELECT c.table_name, c.column_name, c.data_type, c.udt_name, c.character_maximum_length::text AS max_length,
             c.numeric_precision::text AS precision, c.numeric_scale::text AS scale,
             c.datetime_precision::text AS datetime_precision, c.is_nullable, c.column_default, c.is_identity
      FROM information_schema.columns c
      JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
      WHERE c.table_schema = 'public' AND t.table_type = 'BASE TABLE' AND c.table_name <> $1
      ORDER BY 1, 2`);
    const enumRows = await q(`
      SELECT t.typname, e.enumlabel FROM pg_type t
      JOIN pg_enum e ON e.enumtypid = t.oid JOIN pg_namespace n ON n.oid = t.typnamespace
      WHERE n.nspname = 'public' AND $1::text IS NOT NULL ORDER BY 1, 2`);
    const indexes = await q(`
      SELECT tablename, indexname, indexdef FROM pg_indexes
      WHERE schemaname = 'public' AND tablename <> $1 ORDER BY 1, 2`);
    const constraints = await q(`
      SELECT cl.relname AS table_name, co.conname, co.contype::text, pg_get_constraintdef(co.oid) AS definition
      FROM pg_constraint co JOIN pg_class cl ON cl.oid = co.conrelid JOIN pg_namespace n ON n.oid = cl.relnamespace
      WHERE n.nspname = 'public' AND cl.relname <> $1 ORDER BY 1, 2`);
    const sequences = await q(`
      SELECT sequence_name, data_type FROM information_schema.sequences
      WHERE sequence_schema = 'public' AND sequence_name NOT LIKE $1 || '%' ORDER BY 1`);
    const enums: Record<string, string[]> = {};
    for (const row of enumRows) (enums[row.typname] ??= []).push(row.enumlabel);
    return { tables: tables.map((t) => t.table_name), columns, enums, indexes, constraints, sequences };
  });
}
