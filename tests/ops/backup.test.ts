import { randomBytes } from 'node:crypto';
import { appendFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDatabase } from '@/db/client';
import { countRows } from '@/db/queries/backup-counts';
import { backup, BACKUP_FILES, restore, verifyBackup } from '@/lib/ops/backup';
import { createTestDatabase, type TestDatabase } from '../support/database';

const temp = (name: string) => mkdtempSync(join(tmpdir(), `guongsang-${name}-`));
const usePostgres = Boolean(process.env.DATABASE_URL);

let source: TestDatabase;
const uploadDir = temp('uploads');
const created: string[] = [];

/** Two "photos" in the storage layout, with bytes that must come back identical. */
function writeUploads() {
  for (const name of ['ab/0123456789abcdef0123456789abcdef.webp', 'ab/0123456789abcdef0123456789abcdef-thumb.webp']) {
    mkdirSync(join(uploadDir, 'ab'), { recursive: true });
    writeFileSync(join(uploadDir, name), randomBytes(2048));
  }
}

/** An empty target: a new folder for PGlite, a new database on the PostgreSQL server. */
async function emptyTarget(): Promise<{ databaseUrl?: string; pgliteDir?: string }> {
  if (!usePostgres) return { pgliteDir: join(temp('restore'), 'pglite') };
  const name = `guongsang_restore_${randomBytes(5).toString('hex')}`;
  const admin = postgres(process.env.DATABASE_URL!, { max: 1, onnotice: () => {} });
  await admin.unsafe(`CREATE DATABASE ${name}`);
  await admin.end();
  created.push(name);
  const url = new URL(process.env.DATABASE_URL!);
  url.pathname = `/${name}`;
  return { databaseUrl: url.toString() };
}

beforeAll(async () => {
  source = await createTestDatabase({ seeded: true });
  writeUploads();
});
afterAll(async () => {
  await source?.dispose();
  if (created.length) {
    const admin = postgres(process.env.DATABASE_URL!, { max: 1, onnotice: () => {} });
    for (const name of created) await admin.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  }
});

describe('backup and restore (the drill)', () => {
  it('restores into an empty database and folder with the same counts and the same files', async () => {
    const outDir = join(temp('backup'), 'out');
    const manifest = await backup({ database: source, databaseUrl: source.url ?? undefined, uploadDir, outDir });
    expect(manifest).toMatchObject({ format: 1, driver: source.driver, uploads: 2 });
    expect(manifest.counts.nominations).toBeGreaterThan(0);
    expect(readFileSync(join(outDir, BACKUP_FILES.sums), 'utf8')).toMatch(/^[0-9a-f]{64} {2}uploads\/ab\/0123456789abcdef0123456789abcdef\.webp$/m);

    const target = await emptyTarget();
    const restoredUploads = join(temp('restored-uploads'), 'files');
    const result = await restore({ inDir: outDir, ...target, uploadDir: restoredUploads });
    expect(result.counts).toEqual(await countRows(source.db));
    for (const name of readdirSync(join(uploadDir, 'ab'))) {
      expect(readFileSync(join(restoredUploads, 'ab', name))).toEqual(readFileSync(join(uploadDir, 'ab', name)));
    }
    // The restored database is a working one: it opens and answers.
    const reopened = createDatabase({ ...target });
    expect((await countRows(reopened.db)).nominations).toBe(manifest.counts.nominations);
    await reopened.close();

    // A second restore into the now filled database and folder is refused, and changes nothing.
    await expect(restore({ inDir: outDir, ...target, uploadDir: restoredUploads })).rejects.toThrow(/không trống|đã có dữ liệu/);
  });

  it('refuses a tampered or incomplete backup, and a folder that is not empty to write into', async () => {
    const outDir = join(temp('backup'), 'out');
    await backup({ database: source, databaseUrl: source.url ?? undefined, uploadDir, outDir });
    await expect(backup({ database: source, databaseUrl: source.url ?? undefined, uploadDir, outDir })).rejects.toThrow('đã có tệp');
    appendFileSync(join(outDir, 'uploads', 'ab', '0123456789abcdef0123456789abcdef.webp'), 'x');
    await expect(verifyBackup(outDir)).rejects.toThrow('không khớp mã kiểm tra');
    const target = await emptyTarget();
    await expect(restore({ inDir: outDir, ...target, uploadDir: temp('never') })).rejects.toThrow('không khớp mã kiểm tra');
    writeFileSync(join(outDir, 'extra.txt'), 'thêm');
    await expect(verifyBackup(outDir)).rejects.toThrow('không có trong danh sách');
  });
});
