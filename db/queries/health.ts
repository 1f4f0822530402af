import 'server-only';
import { sql } from 'drizzle-orm';
import { getDatabase } from '../index';
import journal from '../migrations/meta/_journal.json';
import { campaigns } from '../schema';

/** A real query against an application table, so a missing migration shows too. */
export async function checkDatabase(): Promise<'pglite' | 'postgres'> {
  const database = getDatabase();
  await database.db
    .select({ one: sql<number>`1` })
    .from(campaigns)
    .limit(1);
  return database.driver;
}

/**
 * The newest migration the database has applied and the newest this build ships (drizzle records each
 * journal entry's `when`); ready only when they match, so an instance never serves an older schema.
 */
export async function checkMigrationsCurrent(): Promise<{ current: boolean; applied: number | null; expected: number }> {
  const expected = Math.max(...journal.entries.map((e) => e.when));
  const database = getDatabase();
  const result = (await database.db.execute(sql`select max(created_at)::text as applied from drizzle.__drizzle_migrations`)) as unknown;
  const rows = Array.isArray(result) ? result : (result as { rows: unknown[] }).rows;
  const raw = (rows[0] as { applied: string | null } | undefined)?.applied ?? null;
  const applied = raw === null ? null : Number(raw);
  return { current: applied === expected, applied, expected };
}
