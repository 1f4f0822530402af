import { sql } from 'drizzle-orm';
import type { Db } from '../client';

/** What a backup drill compares before and after a restore: the rows that matter most, table by table. */
export const COUNTED_TABLES = [
  'users',
  'units',
  'campaigns',
  'nominations',
  'nomination_events',
  'attachments',
  'commendations',
  'example_follow_ups',
] as const;

export async function countRows(db: Db): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const table of COUNTED_TABLES) {
    const result = (await db.execute(sql`select count(*)::int as n from ${sql.identifier(table)}`)) as unknown;
    const rows = Array.isArray(result) ? result : (result as { rows: unknown[] }).rows;
    out[table] = Number((rows[0] as { n: number | string }).n);
  }
  return out;
}

/** True when the database holds no table of its own yet: a restore may fill it. */
export async function isEmptyDatabase(db: Db): Promise<boolean> {
  const result = (await db.execute(
    sql`select count(*)::int as n from information_schema.tables where table_schema not in ('pg_catalog', 'information_schema')`,
  )) as unknown;
  const rows = Array.isArray(result) ? result : (result as { rows: unknown[] }).rows;
  return Number((rows[0] as { n: number | string }).n) === 0;
}
