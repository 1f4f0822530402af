import 'server-only';
import { newStorageKey, type FileStorage } from '@/lib/domain/file-storage';
import { observeUpload } from '@/lib/ops/metrics';

export interface StoredPhoto {
  storageKey: string;
  thumbnailKey: string;
}

/**
 * Both sizes or neither: a failed write (a full disk mid-file included) removes every key
 * written or attempted so far, then the original error propagates.
 */
export async function storeProcessedPhoto(storage: FileStorage, photo: { large: Uint8Array; thumb: Uint8Array }): Promise<StoredPhoto> {
  const storageKey = newStorageKey('webp');
  // Same random id, so a thumbnail can always be traced to its photo; storage keys allow `-suffix`.
  const thumbnailKey = storageKey.replace(/\.webp$/, '-thumb.webp');
  await putAll(storage, [
    [storageKey, photo.large],
    [thumbnailKey, photo.thumb],
  ]);
  observeUpload('photo', photo.large.byteLength + photo.thumb.byteLength);
  return { storageKey, thumbnailKey };
}

export async function storeDocument(storage: FileStorage, bytes: Uint8Array): Promise<{ storageKey: string }> {
  const storageKey = newStorageKey('pdf');
  await putAll(storage, [[storageKey, bytes]]);
  observeUpload('pdf', bytes.byteLength);
  return { storageKey };
}

/** Best-effort cleanup, e.g. when the database insert after storing fails; never masks that error. */
export async function removeStored(storage: FileStorage, keys: readonly (string | null | undefined)[]): Promise<void> {
  await Promise.allSettled(keys.filter((key): key is string => Boolean(key)).map(async (key) => storage.remove(key)));
}

async function putAll(storage: FileStorage, files: readonly [string, Uint8Array][]): Promise<void> {
  const attempted: string[] = [];
  try {
    for (const [key, bytes] of files) {
      attempted.push(key);
      await storage.put(key, bytes);
    }
  } catch (error) {
    await removeStored(storage, attempted);
    throw error;
  }
}
