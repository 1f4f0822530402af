import 'server-only';
import { sql } from 'drizzle-orm';
import { getDatabase } from '../index';
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
