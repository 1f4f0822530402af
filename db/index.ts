import 'server-only';
import { readDatabaseEnv } from './config';
import { createDatabase, type Database, type Db } from './client';

// One client per process; kept on globalThis so dev-mode module reloads reuse it.
const holder = globalThis as unknown as { __guongSangDb?: Database };

export function getDatabase(): Database {
  if (!holder.__guongSangDb) {
    const env = readDatabaseEnv();
    holder.__guongSangDb = createDatabase({
      databaseUrl: env.DATABASE_URL,
      pgliteDir: env.PGLITE_DIR,
      pgliteSharedBuffersMb: env.PGLITE_SHARED_BUFFERS_MB,
      statementTimeoutMs: env.STATEMENT_TIMEOUT_MS,
    });
  }
  return holder.__guongSangDb;
}

export function getDb(): Db {
  return getDatabase().db;
}

/** Lets scripts and tests hand in their own connection (tests: a fresh in-memory database). */
export function setDatabase(database: Database | undefined): void {
  holder.__guongSangDb = database;
}
