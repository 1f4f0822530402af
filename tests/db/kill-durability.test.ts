import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createDatabase, type Database } from '@/db/client';
import { runMigrations } from '@/db/migrate';
import { campaigns } from '@/db/schema';
import { createTestDatabase, type TestDatabase } from '../support/database';

/**
 * "No acknowledged write is lost": a process writes, says so, and is killed with SIGKILL at once (no
 * close, no flush); the row must be there when the database is opened again. On PGlite this relies on
 * its files being written before the query returns; on PostgreSQL on the commit's WAL flush.
 */
async function writeThenKill(env: Record<string, string>): Promise<string> {
  const child = spawn(process.execPath, ['--import', 'tsx', join(__dirname, '../support/ack-then-wait.ts')], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const slug = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /ACK (\S+)\n/.exec(out);
      if (match) {
        child.kill('SIGKILL');
        resolve(match[1]!);
      }
    });
    child.on('exit', (code, signal) => signal !== 'SIGKILL' && reject(new Error(`the writer exited early (${code ?? signal})`)));
  });
  await new Promise((resolve) => (child.exitCode !== null || child.signalCode ? resolve(null) : child.on('exit', resolve)));
  expect(child.signalCode).toBe('SIGKILL');
  return slug;
}

async function hasCampaign(database: Database, slug: string) {
  return (await database.db.select({ id: campaigns.id }).from(campaigns).where(eq(campaigns.slug, slug))).length === 1;
}

describe.runIf(!process.env.DATABASE_URL)('an acknowledged write survives SIGKILL on the embedded database', () => {
  const dir = mkdtempSync(join(tmpdir(), 'guongsang-kill-'));

  beforeAll(async () => {
    const database = createDatabase({ pgliteDir: dir });
    await runMigrations(database);
    await database.close();
  });

  it('is there after a restart', async () => {
    const slug = await writeThenKill({ PGLITE_DIR: dir });
    const reopened = createDatabase({ pgliteDir: dir });
    try {
      expect(await hasCampaign(reopened, slug)).toBe(true);
    } finally {
      await reopened.close();
    }
  });
});

describe.runIf(Boolean(process.env.DATABASE_URL))('an acknowledged write survives SIGKILL on PostgreSQL', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => {
    await database?.dispose();
  });

  it('is there after a restart of the app', async () => {
    const slug = await writeThenKill({ DATABASE_URL: database.url! });
    expect(await hasCampaign(database, slug)).toBe(true);
  });
});
