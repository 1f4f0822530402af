import type { Db } from '@/db/client';
import { listStoredFileRows, type StoredFileRow } from '@/db/queries/stored-files';
import { storageHas, type FileStorage } from '@/lib/domain/file-storage';
import { eachLimited } from './each-limited';

export interface MissingFile extends Omit<StoredFileRow, 'storageKey' | 'thumbnailKey'> {
  /** Which of the row's keys has no file, e.g. `storage_key ab/….webp`. */
  missing: { column: 'storage_key' | 'thumbnail_key'; key: string }[];
}

export interface StorageCheck {
  rows: number;
  files: number;
  missing: MissingFile[];
}

const PAGE = 500;

/** Every row that names a file, checked against the configured storage; a row is reported once with all it lacks. */
export async function checkStoredFiles(db: Db, storage: FileStorage, { parallel = 8 } = {}): Promise<StorageCheck> {
  const result: StorageCheck = { rows: 0, files: 0, missing: [] };
  let after: string | null = null;
  for (;;) {
    const rows = await listStoredFileRows(db, { after, limit: PAGE });
    if (rows.length === 0) break;
    after = rows.at(-1)!.attachmentId;
    const found: MissingFile[] = [];
    await eachLimited(rows, parallel, async ({ storageKey, thumbnailKey, ...row }) => {
      const keys = [{ column: 'storage_key' as const, key: storageKey }, ...(thumbnailKey ? [{ column: 'thumbnail_key' as const, key: thumbnailKey }] : [])];
      result.files += keys.length;
      const missing: MissingFile['missing'] = [];
      for (const entry of keys) if (!(await present(storage, entry.key))) missing.push(entry);
      if (missing.length) found.push({ ...row, missing });
    });
    result.rows += rows.length;
    result.missing.push(...found.sort((a, b) => a.attachmentId.localeCompare(b.attachmentId)));
  }
  return result;
}

/** A key the storage refuses (not one this app makes) cannot name a file there: it is missing, not an error. */
async function present(storage: FileStorage, key: string): Promise<boolean> {
  try {
    return await storageHas(storage, key);
  } catch (error) {
    if (error instanceof Error && error.message.startsWith('Khoá tệp không hợp lệ')) return false;
    throw error;
  }
}
