import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDatabase } from '@/db/client';
import { countRows, isEmptyDatabase } from '@/db/queries/backup-counts';
import { newStorageKey } from '@/lib/domain/file-storage';
import { backup, BACKUP_FILES, restore, verifyBackup, type BucketManifest } from '@/lib/ops/backup';
import { createS3Storage, type S3Storage } from '@/lib/uploads/s3-storage';
import { parseStorageUrl } from '@/lib/uploads/storage-url';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { startS3Standin, STANDIN_CREDENTIALS, type S3Standin } from '../support/s3-standin';

const temp = (name: string) => mkdtempSync(join(tmpdir(), `guongsang-${name}-`));
const usePostgres = Boolean(process.env.DATABASE_URL);
const created: string[] = [];
let source: TestDatabase;
let standin: S3Standin;
let bucket: S3Storage;
const files = new Map<string, Buffer>();

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

async function stillEmpty(target: { databaseUrl?: string; pgliteDir?: string }): Promise<boolean> {
  if (target.pgliteDir) return !existsSync(target.pgliteDir);
  const probe = createDatabase({ databaseUrl: target.databaseUrl, poolSize: 1 });
  try {
    return await isEmptyDatabase(probe.db);
  } finally {
    await probe.close();
  }
}

beforeAll(async () => {
  standin = await startS3Standin({ bucket: 'sao-luu' });
  const parsed = parseStorageUrl(standin.storageUrl);
  if (!parsed.ok) throw new Error('bad stand-in URL');
  bucket = createS3Storage(parsed.location, { credentials: STANDIN_CREDENTIALS });
  source = await createTestDatabase({ seeded: true });
  for (const extension of ['webp', 'webp', 'pdf']) {
    const key = newStorageKey(extension);
    files.set(key, randomBytes(1500));
    await bucket.put(key, files.get(key)!);
  }
});
afterAll(async () => {
  await source?.dispose();
  await standin?.stop();
  if (created.length) {
    const admin = postgres(process.env.DATABASE_URL!, { max: 1, onnotice: () => {} });
    for (const name of created) await admin.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  }
});

describe('backup and restore with the files in a bucket', () => {
  it('lists the bucket (key, size, SHA-256) instead of copying, and restores once every key is there', async () => {
    const outDir = join(temp('backup'), 'out');
    const emptyUploads = temp('uploads-unused');
    const manifest = await backup({ database: source, databaseUrl: source.url ?? undefined, uploadDir: emptyUploads, outDir, bucket });
    expect(manifest).toMatchObject({ format: 1, driver: source.driver, uploads: 3, storage: 's3' });
    expect(existsSync(join(outDir, BACKUP_FILES.uploads))).toBe(false);
    const listed = JSON.parse(readFileSync(join(outDir, BACKUP_FILES.bucket), 'utf8')) as BucketManifest;
    expect(listed).toMatchObject({ format: 1, bucket: 'sao-luu', endpoint: standin.endpoint });
    expect(listed.objects).toEqual(
      [...files]
        .map(([key, bytes]) => ({ key, size: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') }))
        .sort((a, b) => a.key.localeCompare(b.key)),
    );
    // The list is covered by the checksums like the rest of the backup.
    expect(readFileSync(join(outDir, BACKUP_FILES.sums), 'utf8')).toMatch(/^[0-9a-f]{64} {2}bucket\.json$/m);
    await expect(verifyBackup(outDir)).resolves.toMatchObject({ storage: 's3' });

    const target = await emptyTarget();
    const uploadDir = temp('restored-uploads');
    // Without STORAGE_URL there is nowhere the files could be: refused, nothing restored.
    await expect(restore({ inDir: outDir, ...target, uploadDir })).rejects.toThrow(/không chứa tệp: tệp nằm trong bucket S3.*STORAGE_URL/);
    // A key gone from the bucket is named, and nothing is restored either.
    const [gone] = [...files.keys()].sort();
    await bucket.remove(gone!);
    await expect(restore({ inDir: outDir, ...target, uploadDir, bucket })).rejects.toThrow(
      new RegExp(`s3://sao-luu \\(${standin.endpoint.replaceAll('.', '\\.')}\\) thiếu 1/3 tệp của bản sao lưu.*${gone}.*Chưa khôi phục gì`),
    );
    expect(await stillEmpty(target)).toBe(true);

    await bucket.put(gone!, files.get(gone!)!);
    const result = await restore({ inDir: outDir, ...target, uploadDir, bucket });
    expect(result.bucketFiles).toBe(3);
    expect(result.counts).toEqual(await countRows(source.db));
  });

  it('a backup of files on the disk is not restored into a bucket without saying how', async () => {
    const outDir = join(temp('backup'), 'out');
    await backup({ database: source, databaseUrl: source.url ?? undefined, uploadDir: temp('uploads'), outDir });
    const target = await emptyTarget();
    await expect(restore({ inDir: outDir, ...target, uploadDir: temp('uploads'), bucket })).rejects.toThrow(/chứa tệp trên đĩa.*npm run storage:copy/);
    expect(await stillEmpty(target)).toBe(true);
  });
});
