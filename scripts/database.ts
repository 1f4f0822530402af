import { checkConnection, createDatabase, DatabaseConnectionError, type Database } from '../db/client';
import { readEnv } from '../lib/env';

/** Opens the configured database for a command-line script, or exits with one clear message. */
export async function openScriptDatabase(): Promise<Database> {
  const env = readEnv();
  const database = createDatabase({
    databaseUrl: env.DATABASE_URL,
    pgliteDir: env.PGLITE_DIR,
    pgliteSharedBuffersMb: env.PGLITE_SHARED_BUFFERS_MB,
    poolSize: 2,
  });
  try {
    await checkConnection(database, env.DATABASE_URL);
  } catch (error) {
    await database.close().catch(() => {});
    throw error;
  }
  return database;
}

/** Runs a script body; known failures print one Vietnamese line, not a stack trace. */
export function runScript(body: () => Promise<void>): void {
  body().then(
    () => process.exit(0),
    (error: unknown) => {
      if (error instanceof DatabaseConnectionError) console.error(`✗ ${error.message}`);
      else console.error('✗', error instanceof Error ? error.message : error);
      if (process.env.DEBUG && error instanceof Error) console.error(error.stack);
      process.exit(1);
    },
  );
}
