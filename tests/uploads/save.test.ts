import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { removeStored, storeDocument, storeProcessedPhoto } from '@/lib/uploads/save';
import type { FileStorage } from '@/lib/domain/file-storage';
import { createDiskStorage } from '@/lib/uploads/storage';

/** In-memory storage that can fail the n-th put, after writing part of the file as a full disk would. */
function fakeStorage(failOnPut?: number, failRemoveOf?: (key: string) => boolean) {
  const files = new Map<string, Uint8Array>();
  const removed: string[] = [];
  let puts = 0;
  const storage: FileStorage = {
    async put(key, bytes) {
      puts += 1;
      if (puts === failOnPut) {
        files.set(key, bytes.subarray(0, 1));
        throw new Error('ENOSPC: no space left on device');
      }
      files.set(key, bytes);
    },
    async get(key) {
      const bytes = files.get(key);
      return bytes ? Buffer.from(bytes) : null;
    },
    // Not async on purpose: a storage that throws synchronously must not break cleanup either.
    remove(key) {
      if (failRemoveOf?.(key)) throw new Error('remove failed');
      removed.push(key);
      files.delete(key);
      return Promise.resolve();
    },
  };
  return { storage, files, removed };
}

const photo = { large: Buffer.from('large'), thumb: Buffer.from('thumb') };

describe('storeProcessedPhoto', () => {
  it('stores both sizes under one random id', async () => {
    const { storage, files } = fakeStorage();
    const { storageKey, thumbnailKey } = await storeProcessedPhoto(storage, photo);
    expect(storageKey).toMatch(/^[0-9a-f]{2}\/[0-9a-f]{32}\.webp$/);
    expect(thumbnailKey).toBe(storageKey.replace('.webp', '-thumb.webp'));
    expect(files.get(storageKey)).toEqual(photo.large);
    expect(files.get(thumbnailKey)).toEqual(photo.thumb);
  });

  it('removes the large photo and rethrows when storing the thumbnail fails', async () => {
    const { storage, files, removed } = fakeStorage(2);
    const failure = storeProcessedPhoto(storage, photo);
    await expect(failure).rejects.toThrow('ENOSPC');
    expect(removed).toHaveLength(2);
    expect(removed[0]).toMatch(/\.webp$/);
    expect(removed[1]).toMatch(/-thumb\.webp$/);
    expect(files.size).toBe(0);
  });

  it('removes a half-written first file', async () => {
    const { storage, files } = fakeStorage(1);
    await expect(storeProcessedPhoto(storage, photo)).rejects.toThrow('ENOSPC');
    expect(files.size).toBe(0);
  });

  it('uses keys the disk storage accepts', async () => {
    const root = await mkdtemp(join(tmpdir(), 'guong-sang-uploads-'));
    try {
      const storage = createDiskStorage(root);
      const { storageKey, thumbnailKey } = await storeProcessedPhoto(storage, photo);
      expect(await storage.get(storageKey)).toEqual(photo.large);
      expect(await storage.get(thumbnailKey)).toEqual(photo.thumb);
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });
});

describe('storeDocument', () => {
  it('stores the PDF as given under a .pdf key', async () => {
    const { storage, files } = fakeStorage();
    const { storageKey } = await storeDocument(storage, Buffer.from('%PDF-1.4'));
    expect(storageKey).toMatch(/^[0-9a-f]{2}\/[0-9a-f]{32}\.pdf$/);
    expect(files.get(storageKey)).toEqual(Buffer.from('%PDF-1.4'));
  });

  it('leaves nothing behind when the write fails', async () => {
    const { storage, files } = fakeStorage(1);
    await expect(storeDocument(storage, Buffer.from('%PDF-1.4'))).rejects.toThrow('ENOSPC');
    expect(files.size).toBe(0);
  });
});

describe('removeStored', () => {
  it('removes every key it can, skips nulls and swallows errors', async () => {
    const { storage, files, removed } = fakeStorage(undefined, (key) => key === 'bad');
    await storage.put('a', Buffer.from('a'));
    await storage.put('b', Buffer.from('b'));
    await expect(removeStored(storage, ['bad', null, 'a', undefined, 'b'])).resolves.toBeUndefined();
    expect(removed).toEqual(['a', 'b']);
    expect(files.size).toBe(0);
  });
});
