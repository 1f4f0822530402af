import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import postgres from 'postgres';
import type { TestProject } from 'vitest/node';
import { createDatabase } from '@/db/client';
import { runMigrations } from '@/db/migrate';
import { seedDemo } from '@/db/seed';
import { createDiskStorage } from '@/lib/uploads/storage';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A migrated PGlite data folder (dumpDataDir) that each in-memory test database starts from. */
    pgliteTemplate: string | null;
    /** A migrated PostgreSQL database that each throw-away test database is created from. */
    postgresTemplate: string | null;
    /** The same, with the demo seeded (createTestDatabase({ seeded })). */
    pgliteSeededTemplate: string | null;
    postgresSeededTemplate: string | null;
    /** The seeded demo's photo files, copied for a file that serves them. */
    seededUploads: string | null;
  }
}

/**
 * Migrates once per run, so a test file's database (tests/support/database.ts) is a copy of a migrated
 * one instead of an empty cluster migrated again: on PGlite an empty cluster alone costs ~3 s.
 * The migrations themselves are tested on empty databases (tests/db/migrations.test.ts).
 * Then seeds the demo once into a second copy: about fifty files start from the demo, and seeding it
 * took each of them 5–15 s on PGlite. The seed itself is tested on an empty database (tests/db/seed.test.ts).
 */
export default async function setup(project: TestProject) {
  const dir = mkdtempSync(join(tmpdir(), 'guongsang-test-template-'));
  const uploads = join(dir, 'uploads');
  mkdirSync(uploads);
  project.provide('seededUploads', uploads);
  const serverUrl = process.env.DATABASE_URL;
  if (serverUrl) {
    const suffix = randomBytes(6).toString('hex');
    const name = `guongsang_test_template_${suffix}`;
    const seededName = `guongsang_test_seeded_${suffix}`;
    const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
    const urlOf = (db: string) => {
      const url = new URL(serverUrl);
      url.pathname = `/${db}`;
      return url.toString();
    };
    await admin.unsafe(`CREATE DATABASE ${name}`);
    const database = createDatabase({ databaseUrl: urlOf(name), poolSize: 1 });
    await runMigrations(database);
    // CREATE DATABASE … TEMPLATE refuses while anyone is connected to the template.
    await database.close();
    await admin.unsafe(`CREATE DATABASE ${seededName} TEMPLATE ${name}`);
    const seeded = createDatabase({ databaseUrl: urlOf(seededName), poolSize: 1 });
    await seedDemo(seeded.db, createDiskStorage(uploads));
    await seeded.close();
    project.provide('postgresTemplate', name);
    project.provide('postgresSeededTemplate', seededName);
    project.provide('pgliteTemplate', null);
    project.provide('pgliteSeededTemplate', null);
    return async () => {
      await admin.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.unsafe(`DROP DATABASE IF EXISTS ${seededName} WITH (FORCE)`);
      await admin.end();
      rmSync(dir, { recursive: true, force: true });
    };
  }
  const database = createDatabase({ pgliteDir: 'memory://' });
  await runMigrations(database);
  const file = join(dir, 'migrated.tar.gz');
  writeFileSync(file, await database.dumpDataDir!());
  await seedDemo(database.db, createDiskStorage(uploads));
  const seededFile = join(dir, 'seeded.tar.gz');
  writeFileSync(seededFile, await database.dumpDataDir!());
  await database.close();
  project.provide('pgliteTemplate', file);
  project.provide('pgliteSeededTemplate', seededFile);
  project.provide('postgresTemplate', null);
  project.provide('postgresSeededTemplate', null);
  return () => rmSync(dir, { recursive: true, force: true });
}
