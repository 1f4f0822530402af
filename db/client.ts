import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePostgres, type PostgresJsDatabase } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';
import { keepPlans } from './kept-plans';
import { watchPool } from './pool-watch';
import * as schema from './schema';

/** Both drivers expose the same query builder; the postgres-js type stands for both. */
export type Db = PostgresJsDatabase<typeof schema>;
export type DriverName = 'pglite' | 'postgres';
/** A transaction's handle; queries that may run inside or outside one take an Executor. */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
export type Executor = Db | Tx;

export interface Database {
  db: Db;
  driver: DriverName;
  /** Runs raw SQL (no parameters) — for migrations, resets and maintenance only. */
  exec(sqlText: string): Promise<void>;
  /** The public data version (migration 0007) in one round trip, for the page cache in front of Next. */
  readPublicDataVersion(): Promise<number>;
  /** The embedded database's whole data folder as a gzipped tar (backups); absent on PostgreSQL, which has pg_dump. */
  dumpDataDir?(): Promise<Uint8Array>;
  /** The pool's size, what is using it now and the statement timeouts so far, for /metrics (lib/ops/metrics.ts). */
  usage(): DatabaseUsage;
  close(): Promise<void>;
}

export interface DatabaseUsage {
  poolMax: number;
  /** Queries and transactions started and not settled; null where it cannot be told (PGlite). */
  inFlight: number | null;
  statementTimeouts: number;
}

const VERSION_QUERY = 'SELECT version FROM public_data_version WHERE id = 1';

export interface DatabaseOptions {
  databaseUrl?: string;
  /** A folder, or `memory://` for a throw-away in-memory database. */
  pgliteDir?: string;
  poolSize?: number;
  /**
   * Longest a statement may run on these connections (0: no limit). The app sets one so that no request
   * holds a connection for long; scripts (migrations, imports, seeding) do not.
   */
  statementTimeoutMs?: number;
  /**
   * PGlite's shared buffers. PostgreSQL's default of 128 MB is touched at start and stays in the WASM
   * heap of every process that opens the embedded database; the files are small and the OS caches them.
   */
  pgliteSharedBuffersMb?: number;
  /**
   * A data folder dumped by `dumpDataDir` to start from instead of an empty cluster. The tests start each
   * in-memory database from one migrated copy: creating an empty cluster costs seconds, loading one a second.
   */
  pgliteStartFrom?: Uint8Array;
}

export class DatabaseConnectionError extends Error {}

/** "postgres://user:secret@db.example:5432/x" → "db.example:5432": safe to print. */
export function describeDatabaseUrl(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.hostname}${parsed.port ? `:${parsed.port}` : ''}`;
  } catch {
    return '(địa chỉ không hợp lệ)';
  }
}

/**
 * Typo tolerance: the `<<%` operator (strict word similarity above this threshold) can use the trigram
 * index, where a `strict_word_similarity(...) >= x` call cannot; 0.3 lets one doubled, missing, swapped or
 * wrong letter in a word of four or more pass. It applies only when nothing matches exactly.
 */
const SESSION_SETTINGS = { 'pg_trgm.strict_word_similarity_threshold': '0.3' };
/** Compiling a plan with LLVM costs ~100 ms, more than the short queries of a web page take to run. */
const POSTGRES_SETTINGS = { ...SESSION_SETTINGS, jit: 'off' };

export function createDatabase(options: DatabaseOptions): Database {
  const timeout: Record<string, string> = options.statementTimeoutMs ? { statement_timeout: String(Math.trunc(options.statementTimeoutMs)) } : {};
  if (options.databaseUrl) return createPostgres(options.databaseUrl, options.poolSize ?? 10, timeout);
  return createPglite(
    options.pgliteDir ?? './data/pglite',
    timeout,
    options.pgliteSharedBuffersMb ?? DEFAULT_PGLITE_SHARED_BUFFERS_MB,
    options.pgliteStartFrom,
  );
}

function createPostgres(url: string, max: number, extra: Record<string, string>): Database {
  // Sent at connection start-up, so every pooled connection has them before its first query.
  const client = postgres(url, { max, onnotice: () => {}, connect_timeout: 10, connection: { ...POSTGRES_SETTINGS, ...extra } });
  keepPlans(client);
  const watched = watchPool(client);
  return {
    db: drizzlePostgres(client, { schema }),
    driver: 'postgres',
    exec: async (sqlText) => {
      await client.unsafe(sqlText);
    },
    readPublicDataVersion: async () => Number((await client.unsafe(VERSION_QUERY, [], { prepare: true }))[0]?.version ?? 0),
    usage: () => ({ poolMax: max, inFlight: watched.inFlight(), statementTimeouts: watched.statementTimeouts() }),
    close: () => client.end({ timeout: 5 }),
  };
}

export const DEFAULT_PGLITE_SHARED_BUFFERS_MB = 16;

function createPglite(dir: string, extra: Record<string, string>, sharedBuffersMb: number, startFrom?: Uint8Array): Database {
  const inMemory = dir.startsWith('memory://');
  // PGlite does not create missing parent folders.
  if (!inMemory) mkdirSync(dir, { recursive: true });
  const client = new PGlite(inMemory ? 'memory://' : dir, {
    extensions: { unaccent, pg_trgm },
    postgresqlconf: [`shared_buffers = ${Math.trunc(sharedBuffersMb)}MB`],
    ...(startFrom ? { loadDataDir: new Blob([new Uint8Array(startFrom)]) } : {}),
  });
  // PGlite accepts statement_timeout but, running on the caller's thread with no timer signals, cannot
  // interrupt a statement: on the embedded database it is a setting, not a bound (see README).
  void client.exec(
    Object.entries({ ...SESSION_SETTINGS, ...extra })
      .map(([name, value]) => `SET ${name} = ${value};`)
      .join('\n'),
  );
  return {
    db: drizzlePglite(client, { schema }) as unknown as Db,
    driver: 'pglite',
    exec: async (sqlText) => {
      await client.exec(sqlText);
    },
    readPublicDataVersion: async () => Number((await client.query<{ version: number | string }>(VERSION_QUERY)).rows[0]?.version ?? 0),
    dumpDataDir: async () => new Uint8Array(await (await client.dumpDataDir('gzip')).arrayBuffer()),
    // One connection, on this thread: statements run one after another, and none can be interrupted.
    usage: () => ({ poolMax: 1, inFlight: null, statementTimeouts: 0 }),
    close: () => client.close(),
  };
}

/** Fills an empty folder with a data folder dumped by `dumpDataDir` (a restore), then closes it. */
export async function loadPgliteDataDir(dir: string, tarGz: Uint8Array): Promise<void> {
  mkdirSync(dir, { recursive: true });
  const client = new PGlite(dir, { extensions: { unaccent, pg_trgm }, loadDataDir: new Blob([new Uint8Array(tarGz)]) });
  await client.waitReady;
  await client.close();
}

/** Fails with a message naming the host (never the password) when the database cannot be reached. */
export async function checkConnection(database: Database, url?: string): Promise<void> {
  try {
    await database.exec('SELECT 1');
  } catch (error) {
    const where = url ? describeDatabaseUrl(url) : 'PGlite';
    const reason = error instanceof Error ? error.message.replace(/postgres(ql)?:\/\/\S+/gi, '[url]') : '';
    throw new DatabaseConnectionError(`Không kết nối được cơ sở dữ liệu tại ${where}: ${reason}`);
  }
}
