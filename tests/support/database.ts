import { randomBytes } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import postgres from 'postgres';
import { inject } from 'vitest';
import { createDatabase, type Database } from '@/db/client';
import { runMigrations } from '@/db/migrate';
import { seedDemo } from '@/db/seed';
import { createDiskStorage } from '@/lib/uploads/storage';

export interface TestDatabase extends Database {
  /** Drops the throw-away database (PostgreSQL) and closes the connection. */
  dispose(): Promise<void>;
  /** The throw-away database's address on PostgreSQL, for a second connection (another "process"); null on PGlite. */
  url: string | null;
}

interface Templates {
  pglite: string | null;
  postgres: string | null;
}

/** The copies made once per run (tests/support/global-setup.ts), or nulls outside that setup. */
function templates(seeded: boolean): Templates & { uploads: string | null } {
  try {
    return seeded
      ? { pglite: inject('pgliteSeededTemplate') ?? null, postgres: inject('postgresSeededTemplate') ?? null, uploads: inject('seededUploads') ?? null }
      : { pglite: inject('pgliteTemplate') ?? null, postgres: inject('postgresTemplate') ?? null, uploads: null };
  } catch {
    return { pglite: null, postgres: null, uploads: null };
  }
}

/**
 * A fresh, migrated database for one test file: in-memory PGlite by default, or a
 * throw-away database on the PostgreSQL server named by DATABASE_URL. A migrated one starts as a copy
 * of the run's migrated template where there is one; `migrate: false` gives an empty database.
 *
 * `seeded` gives one holding the whole demo (seedDemo), copied from the run's seeded template: seeding
 * costs seconds per file on PGlite and most database files want the demo. Its photo files are copied into
 * `seeded.uploadDir` when given (a file that serves them); without one they are nowhere, as they were
 * when such a file seeded into a throw-away folder. Outside the run's setup the demo is seeded here.
 */
export async function createTestDatabase(
  options: { migrate?: boolean; driver?: 'pglite' | 'postgres'; seeded?: boolean | { uploadDir: string } } = {},
): Promise<TestDatabase> {
  const driver = options.driver ?? (process.env.DATABASE_URL ? 'postgres' : 'pglite');
  let database: Database;
  let drop = async () => {};
  let databaseUrl: string | null = null;
  const seeded = options.migrate !== false && Boolean(options.seeded);
  const template = options.migrate === false ? { pglite: null, postgres: null, uploads: null } : templates(seeded);
  // Either template of the driver, or none: a seeded file never starts from the merely migrated one.
  const fromTemplate = driver === 'postgres' ? template.postgres : template.pglite;
  let migrated = false;
  if (driver === 'postgres') {
    const serverUrl = process.env.DATABASE_URL;
    if (!serverUrl) throw new Error('DATABASE_URL is required for PostgreSQL tests');
    const name = `guongsang_test_${randomBytes(6).toString('hex')}`;
    const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
    await admin.unsafe(fromTemplate ? `CREATE DATABASE ${name} TEMPLATE ${fromTemplate}` : `CREATE DATABASE ${name}`);
    migrated = Boolean(fromTemplate);
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    databaseUrl = url.toString();
    database = createDatabase({ databaseUrl, poolSize: 4 });
    drop = async () => {
      await admin.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    };
  } else {
    database = createDatabase({ pgliteDir: 'memory://', pgliteStartFrom: fromTemplate ? readFileSync(fromTemplate) : undefined });
    migrated = Boolean(fromTemplate);
  }
  const uploadDir = typeof options.seeded === 'object' ? options.seeded.uploadDir : null;
  if (seeded && !migrated) {
    await runMigrations(database);
    await seedDemo(database.db, createDiskStorage(uploadDir ?? mkdtempSync(join(tmpdir(), 'guongsang-uploads-'))));
  } else if (seeded) {
    if (uploadDir && template.uploads) cpSync(template.uploads, uploadDir, { recursive: true });
  } else if (options.migrate !== false && !migrated) {
    await runMigrations(database);
  }
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
