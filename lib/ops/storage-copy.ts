import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { isStorageKey, type FileStorage } from '@/lib/domain/file-storage';
import { scrubSecrets } from '@/lib/uploads/s3-storage';
import { eachLimited } from './each-limited';

export interface CopyReport {
  /** Written to the bucket and read back with the same SHA-256. */
  copied: number;
  /** Already in the bucket with the same SHA-256: a second run copies nothing. */
  alreadyThere: number;
  /** Files under UPLOAD_DIR whose names are not keys this app makes (left where they are); hidden folders are not counted. */
  skipped: string[];
  failed: { key: string; reason: string }[];
}

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/**
 * Copies every upload under `uploadDir` into `target` (the bucket) under the same key, then reads each back
 * and compares SHA-256. Nothing on the disk is changed or removed; a file already there intact is left alone.
 */
export async function copyUploads({ uploadDir, target, parallel = 4 }: { uploadDir: string; target: FileStorage; parallel?: number }): Promise<CopyReport> {
  const report: CopyReport = { copied: 0, alreadyThere: 0, skipped: [], failed: [] };
  const keys: string[] = [];
  if (existsSync(uploadDir)) {
    for (const entry of await readdir(uploadDir, { recursive: true, withFileTypes: true })) {
      if (!entry.isFile()) continue;
      const key = relative(uploadDir, join(entry.parentPath, entry.name)).split(sep).join('/');
      // Hidden folders hold caches (e.g. the casebook's `.cache/`), rebuilt wherever the app runs: not uploads.
      if (key.startsWith('.')) continue;
      if (isStorageKey(key)) keys.push(key);
      else report.skipped.push(key);
    }
  }
  keys.sort();
  await eachLimited(keys, parallel, async (key) => {
    try {
      const bytes = await readFile(join(uploadDir, key));
      const hash = sha256(bytes);
      const existing = await target.get(key);
      if (existing && sha256(existing) === hash) {
        report.alreadyThere += 1;
        return;
      }
      // Absent, or a different (e.g. cut-off) copy from an earlier run: written again.
      await target.put(key, bytes);
      const back = await target.get(key);
      if (!back) report.failed.push({ key, reason: 'đọc lại không thấy tệp' });
      else if (sha256(back) !== hash) report.failed.push({ key, reason: 'đọc lại khác mã SHA-256' });
      else report.copied += 1;
    } catch (error) {
      report.failed.push({ key, reason: scrubSecrets(error instanceof Error ? error.message : String(error)) });
    }
  });
  report.skipped.sort();
  report.failed.sort((a, b) => a.key.localeCompare(b.key));
  return report;
}
