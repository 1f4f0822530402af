import { randomBytes } from 'node:crypto';
import postgres from 'postgres';
import { createDatabase, type Database } from '@/db/client';
import { runMigrations } from '@/db/migrate';

export interface TestDatabase extends Database {
  /** Drops the throw-away database (PostgreSQL) and closes the connection. */
  dispose(): Promise<void>;
  /** The throw-away database's address on PostgreSQL, for a second connection (another "process"); null on PGlite. */
  url: string | null;
}

/**
 * A fresh, migrated database for one test file: in-memory PGlite by default, or a
 * throw-away database on the PostgreSQL server named by DATABASE_URL.
 */
export async function createTestDatabase(options: { migrate?: boolean; driver?: 'pglite' | 'postgres' } = {}): Promise<TestDatabase> {
  const driver = options.driver ?? (process.env.DATABASE_URL ? 'postgres' : 'pglite');
  let database: Database;
  let drop = async () => {};
  let databaseUrl: string | null = null;
  if (driver === 'postgres') {
    const serverUrl = process.env.DATABASE_URL;
    if (!serverUrl) throw new Error('DATABASE_URL is required for PostgreSQL tests');
    const name = `guongsang_test_${randomBytes(6).toString('hex')}`;
    const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
    await admin.unsafe(`CREATE DATABASE ${name}`);
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    databaseUrl = url.toString();
    database = createDatabase({ databaseUrl, poolSize: 4 });
    drop = async () => {
      await admin.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    };
  } else {
    database = createDatabase({ pgliteDir: 'memory://' });
  }
  if (options.migrate !== false) await runMigrations(database);
  return {
    ...database,
    url: databaseUrl,
    async dispose() {
      await database.close();
      await drop();
    },
  };
}

/** Rows of a raw query on either driver. */
export async function queryRows<T>(database: Database, text: string): Promise<T[]> {
  const result = (await database.db.execute(text)) as unknown;
  if (Array.isArray(result)) return result as T[];
  return (result as { rows: T[] }).rows;
}
