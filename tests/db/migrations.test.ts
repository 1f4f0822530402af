import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS_DIR, runMigrations } from '@/db/migrate';
import { createTestDatabase, queryRows, type TestDatabase } from '../support/database';

interface Column {
  table_name: string;
  column_name: string;
  data_type: string;
  is_nullable: string;
}

/** drizzle-kit's `meta/_journal.json`, as far as this test reads it (the entries hold more fields, kept by the spread). */
interface Journal {
  entries: { idx: number; when: number; tag: string }[];
}

const SHAPE_SQL = `SELECT table_name, column_name, data_type, is_nullable FROM information_schema.columns
  WHERE table_schema = 'public' ORDER BY table_name, column_name`;

async function shapeOf(database: TestDatabase) {
  const columns = await queryRows<Column>(database, SHAPE_SQL);
  const indexes = await queryRows<{ indexname: string }>(database, `SELECT indexname FROM pg_indexes WHERE schemaname = 'public' ORDER BY indexname`);
  const applied = await queryRows<{ hash: string }>(database, 'SELECT hash FROM drizzle.__drizzle_migrations ORDER BY id');
  return { columns, indexes: indexes.map((i) => i.indexname), applied: applied.map((a) => a.hash) };
}

const journal = JSON.parse(readFileSync(join(MIGRATIONS_DIR, 'meta', '_journal.json'), 'utf8')) as {
  entries: { tag: string }[];
};

describe('migrations', () => {
  it('apply every committed migration, with the extensions and the immutable unaccent wrapper', async () => {
    const database = await createTestDatabase();
    try {
      const shape = await shapeOf(database);
      expect(shape.applied).toHaveLength(journal.entries.length);
      expect(shape.indexes).toContain('nominations_search_trgm_idx');
      const [folded] = await queryRows<{ v: string }>(database, `SELECT f_unaccent(lower('Bù Gia Mập Đak Ơ')) AS v`);
      expect(folded?.v).toBe('bu gia map dak o');
      const [volatility] = await queryRows<{ provolatile: string }>(database, `SELECT provolatile FROM pg_proc WHERE proname = 'f_unaccent'`);
      expect(volatility?.provolatile).toBe('i');
      // Running again is a no-op.
      await runMigrations(database);
      expect((await shapeOf(database)).applied).toHaveLength(journal.entries.length);
    } finally {
      await database.dispose();
    }
  });

  it.runIf(Boolean(process.env.DATABASE_URL))('produce the same schema on PGlite and PostgreSQL', async () => {
    const lite = await createTestDatabase({ driver: 'pglite' });
    const pg = await createTestDatabase({ driver: 'postgres' });
    try {
      const [a, b] = [await shapeOf(lite), await shapeOf(pg)];
      expect(a.columns.length).toBeGreaterThan(50);
      expect(b).toEqual(a);
    } finally {
      await lite.dispose();
      await pg.dispose();
    }
  });

  it('leave the database as it was when a migration fails', async () => {
    const database = await createTestDatabase({ migrate: false });
    const folder = mkdtempSync(join(tmpdir(), 'guongsang-migrations-'));
    cpSync(MIGRATIONS_DIR, folder, { recursive: true });
    const broken = JSON.parse(readFileSync(join(folder, 'meta', '_journal.json'), 'utf8')) as Journal;
    const last = broken.entries.at(-1)!;
    broken.entries.push({ ...last, idx: last.idx + 1, when: last.when + 1, tag: '9999_broken' });
    writeFileSync(join(folder, 'meta', '_journal.json'), JSON.stringify(broken));
    writeFileSync(join(folder, '9999_broken.sql'), 'CREATE TABLE half_done (id int);--> statement-breakpoint\nSELECT no_such_function();');
    try {
      await expect(runMigrations(database, folder)).rejects.toThrow();
      const tables = await queryRows<{ table_name: string }>(database, `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'`);
      expect(tables).toEqual([]);
    } finally {
      await database.dispose();
    }
  });
});
