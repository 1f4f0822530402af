import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import postgres from 'postgres';
import { inject } from 'vitest';
import { createDatabase, type Database } from '@/db/client';
import { runMigrations } from '@/db/migrate';

export interface TestDatabase extends Database {
  /** Drops the throw-away database (PostgreSQL) and closes the connection. */
  dispose(): Promise<void>;
  /** The throw-away database's address on PostgreSQL, for a second connection (another "process"); null on PGlite. */
  url: string | null;
}

/** The migrated copies made once per run (tests/support/global-setup.ts), or null outside that setup. */
function templates(): { pglite: string | null; postgres: string | null } {
  try {
    return { pglite: inject('pgliteTemplate') ?? null, postgres: inject('postgresTemplate') ?? null };
  } catch {
    return { pglite: null, postgres: null };
  }
}

/**
 * A fresh, migrated database for one test file: in-memory PGlite by default, or a
 * throw-away database on the PostgreSQL server named by DATABASE_URL. A migrated one starts as a copy
 * of the run's migrated template where there is one; `migrate: false` gives an empty database.
 */
export async function createTestDatabase(options: { migrate?: boolean; driver?: 'pglite' | 'postgres' } = {}): Promise<TestDatabase> {
  const driver = options.driver ?? (process.env.DATABASE_URL ? 'postgres' : 'pglite');
  let database: Database;
  let drop = async () => {};
  let databaseUrl: string | null = null;
  const template = options.migrate === false ? { pglite: null, postgres: null } : templates();
  let migrated = false;
  if (driver === 'postgres') {
    const serverUrl = process.env.DATABASE_URL;
    if (!serverUrl) throw new Error('DATABASE_URL is required for PostgreSQL tests');
    const name = `guongsang_test_${randomBytes(6).toString('hex')}`;
    const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
    await admin.unsafe(template.postgres ? `CREATE DATABASE ${name} TEMPLATE ${template.postgres}` : `CREATE DATABASE ${name}`);
    migrated = Boolean(template.postgres);
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    databaseUrl = url.toString();
    database = createDatabase({ databaseUrl, poolSize: 4 });
    drop = async () => {
      await admin.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    };
  } else {
    database = createDatabase({ pgliteDir: 'memory://', pgliteStartFrom: template.pglite ? readFileSync(template.pglite) : undefined });
    migrated = Boolean(template.pglite);
  }
  if (options.migrate !== false && !migrated) await runMigrations(database);
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
