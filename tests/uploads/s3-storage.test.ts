import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newStorageKey } from '@/lib/domain/file-storage';
import { createS3Storage, type S3Storage } from '@/lib/uploads/s3-storage';
import { parseStorageUrl, type S3Location } from '@/lib/uploads/storage-url';
import { startS3Standin, STANDIN_CREDENTIALS, type S3Standin } from '../support/s3-standin';

let standin: S3Standin;
let storage: S3Storage;

function locationOf(url: string): S3Location {
  const parsed = parseStorageUrl(url);
  if (!parsed.ok) throw new Error(parsed.problems.join('; '));
  return parsed.location;
}

beforeAll(async () => {
  standin = await startS3Standin();
  storage = createS3Storage(locationOf(standin.storageUrl), { credentials: STANDIN_CREDENTIALS });
});
afterAll(async () => {
  await standin?.stop();
});

describe('the S3 storage, over HTTP against a local stand-in', () => {
  it('puts, gets, lists and removes a file byte for byte', async () => {
    const key = newStorageKey('webp');
    const bytes = Buffer.from(Array.from({ length: 70_000 }, (_, i) => (i * 7) % 256));
    await storage.put(key, bytes);
    expect(await storage.get(key)).toEqual(bytes);
    expect(await storage.has(key)).toBe(true);
    const listed = [];
    for await (const object of storage.list()) listed.push(object);
    expect(listed).toContainEqual({ key, size: bytes.length });
    await storage.remove(key);
    expect(await storage.get(key)).toBeNull();
    expect(await storage.has(key)).toBe(false);
    // Removing again is not an error, as on the disk.
    await expect(storage.remove(key)).resolves.toBeUndefined();
  });

  it('answers a missing key with null, not an error', async () => {
    const key = newStorageKey('pdf');
    expect(await storage.get(key)).toBeNull();
    expect(await storage.has(key)).toBe(false);
  });

  it('an empty file comes back empty, not missing', async () => {
    const key = newStorageKey('pdf');
    await storage.put(key, new Uint8Array());
    expect(await storage.get(key)).toEqual(Buffer.alloc(0));
    await storage.remove(key);
  });

  it('validates keys as the disk storage does, before any request', async () => {
    for (const key of ['../etc/passwd', 'ab/../../x.webp', 'AB/0123456789abcdef0123456789abcdef.webp', '/ab/x.webp', 'ab/short.webp', '']) {
      await expect(storage.put(key, Buffer.from('x'))).rejects.toThrow(/Khoá tệp không hợp lệ/);
      await expect(storage.get(key)).rejects.toThrow(/Khoá tệp không hợp lệ/);
      await expect(storage.remove(key)).rejects.toThrow(/Khoá tệp không hợp lệ/);
      await expect(storage.has(key)).rejects.toThrow(/Khoá tệp không hợp lệ/);
    }
  });

  // s3rver checks the access key id of a V4 signature, not the signature itself.
  it('fails a request with an unknown access key instead of treating the file as missing', async () => {
    const wrong = createS3Storage(locationOf(standin.storageUrl), { credentials: { accessKeyId: 'NOT-A-KEY', secretAccessKey: 'S3RVER' } });
    await expect(wrong.get(newStorageKey('webp'))).rejects.toThrow();
    await expect(wrong.probe()).rejects.toThrow();
    await expect(storage.probe()).resolves.toBeUndefined();
  });
});
