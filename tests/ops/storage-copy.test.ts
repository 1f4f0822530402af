import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newStorageKey, type FileStorage } from '@/lib/domain/file-storage';
import { copyUploads } from '@/lib/ops/storage-copy';
import { createS3Storage, type S3Storage } from '@/lib/uploads/s3-storage';
import { parseStorageUrl } from '@/lib/uploads/storage-url';
import { startS3Standin, STANDIN_CREDENTIALS, type S3Standin } from '../support/s3-standin';

let standin: S3Standin;
let bucket: S3Storage;

/** An UPLOAD_DIR with three uploads in the storage layout and one stray file that is not an upload. */
function uploadDir(): { dir: string; keys: string[] } {
  const dir = mkdtempSync(join(tmpdir(), 'guongsang-copy-'));
  const keys = [newStorageKey('webp'), newStorageKey('pdf')];
  keys.push(keys[0]!.replace('.webp', '-thumb.webp'));
  for (const key of keys) {
    mkdirSync(join(dir, key.slice(0, 2)), { recursive: true });
    writeFileSync(join(dir, key), randomBytes(3000));
  }
  writeFileSync(join(dir, 'ghi-chu.txt'), 'not an upload');
  mkdirSync(join(dir, '.cache', 'casebooks'), { recursive: true });
  writeFileSync(join(dir, '.cache', 'casebooks', 'so-vang.pdf'), 'a cache, not an upload');
  return { dir, keys };
}

beforeAll(async () => {
  standin = await startS3Standin({ bucket: 'chep-tep' });
  const parsed = parseStorageUrl(standin.storageUrl);
  if (!parsed.ok) throw new Error('bad stand-in URL');
  bucket = createS3Storage(parsed.location, { credentials: STANDIN_CREDENTIALS });
});
afterAll(async () => {
  await standin?.stop();
});

describe('copying UPLOAD_DIR into the bucket', () => {
  it('copies each upload byte for byte, is idempotent, and rewrites a copy whose hash differs', async () => {
    const { dir, keys } = uploadDir();
    expect(await copyUploads({ uploadDir: dir, target: bucket })).toEqual({ copied: 3, alreadyThere: 0, skipped: ['ghi-chu.txt'], failed: [] });
    for (const key of keys) expect(await bucket.get(key)).toEqual(readFileSync(join(dir, key)));
    expect(await copyUploads({ uploadDir: dir, target: bucket })).toEqual({ copied: 0, alreadyThere: 3, skipped: ['ghi-chu.txt'], failed: [] });

    // A copy cut short by an earlier run: found by its hash and written again.
    await bucket.put(keys[1]!, readFileSync(join(dir, keys[1]!)).subarray(0, 100));
    expect(await copyUploads({ uploadDir: dir, target: bucket })).toMatchObject({ copied: 1, alreadyThere: 2, failed: [] });
    expect(await bucket.get(keys[1]!)).toEqual(readFileSync(join(dir, keys[1]!)));
  });

  it('reports a file that does not read back with the same SHA-256, and one that fails to upload', async () => {
    const { dir, keys } = uploadDir();
    let puts = 0;
    // A store that damages what it keeps (the first file), then one that refuses a write (the second).
    const faulty: FileStorage = {
      ...bucket,
      async put(key, bytes) {
        puts += 1;
        if (puts === 2) throw new Error('bucket refused the write');
        await bucket.put(key, puts === 1 ? bytes.subarray(1) : bytes);
      },
    };
    const report = await copyUploads({ uploadDir: dir, target: faulty, parallel: 1 });
    expect(report.copied).toBe(1);
    expect(report.failed).toEqual(
      [
        { key: [...keys].sort()[0], reason: 'đọc lại khác mã SHA-256' },
        { key: [...keys].sort()[1], reason: 'bucket refused the write' },
      ].sort((a, b) => a.key!.localeCompare(b.key!)),
    );
  });

  it('npm run storage:copy reports the counts in Vietnamese, and refuses without STORAGE_URL', async () => {
    const { dir } = uploadDir();
    // Not spawnSync: the stand-in answers from this very process.
    const run = (env: Record<string, string>) =>
      new Promise<{ status: number; stdout: string; stderr: string }>((resolve) => {
        execFile(
          process.execPath,
          ['--import', 'tsx', 'scripts/storage-copy.ts'],
          { env: { ...process.env, UPLOAD_DIR: dir, AWS_ACCESS_KEY_ID: STANDIN_CREDENTIALS.accessKeyId, AWS_SECRET_ACCESS_KEY: 'irrelevant-secret', ...env } },
          (error, stdout, stderr) => resolve({ status: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
        );
      });
    const first = await run({ STORAGE_URL: standin.storageUrl });
    expect(first.status).toBe(0);
    expect(first.stdout).toContain('Đã chép và kiểm tra SHA-256: 3 tệp.');
    expect(first.stdout).toContain('Bỏ qua 1 tệp không phải tệp tải lên của ứng dụng: ghi-chu.txt');
    const second = await run({ STORAGE_URL: standin.storageUrl });
    expect(second.status).toBe(0);
    expect(second.stdout).toContain('Đã chép và kiểm tra SHA-256: 0 tệp.');
    expect(second.stdout).toContain('Đã có sẵn, khớp SHA-256: 3 tệp.');
    const none = await run({ STORAGE_URL: '' });
    expect(none.status).toBe(1);
    expect(none.stderr).toContain('Chưa đặt STORAGE_URL');
  });
});
