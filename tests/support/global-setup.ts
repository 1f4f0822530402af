import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import postgres from 'postgres';
import type { TestProject } from 'vitest/node';
import { createDatabase } from '@/db/client';
import { runMigrations } from '@/db/migrate';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A migrated PGlite data folder (dumpDataDir) that each in-memory test database starts from. */
    pgliteTemplate: string | null;
    /** A migrated PostgreSQL database that each throw-away test database is created from. */
    postgresTemplate: string | null;
  }
}

/**
 * Migrates once per run, so a test file's database (tests/support/database.ts) is a copy of a migrated
 * one instead of an empty cluster migrated again: on PGlite an empty cluster alone costs ~3 s.
 * The migrations themselves are tested on empty databases (tests/db/migrations.test.ts).
 */
export default async function setup(project: TestProject) {
  const serverUrl = process.env.DATABASE_URL;
  if (serverUrl) {
    const name = `guongsang_test_template_${randomBytes(6).toString('hex')}`;
    const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
    await admin.unsafe(`CREATE DATABASE ${name}`);
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    const database = createDatabase({ databaseUrl: url.toString(), poolSize: 1 });
    await runMigrations(database);
    // CREATE DATABASE … TEMPLATE refuses while anyone is connected to the template.
    await database.close();
    project.provide('postgresTemplate', name);
    project.provide('pgliteTemplate', null);
    return async () => {
      await admin.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    };
  }
  const dir = mkdtempSync(join(tmpdir(), 'guongsang-test-template-'));
  const database = createDatabase({ pgliteDir: 'memory://' });
  await runMigrations(database);
  const file = join(dir, 'migrated.tar.gz');
  writeFileSync(file, await database.dumpDataDir!());
  await database.close();
  project.provide('pgliteTemplate', file);
  project.provide('postgresTemplate', null);
  return () => rmSync(dir, { recursive: true, force: true });
}
