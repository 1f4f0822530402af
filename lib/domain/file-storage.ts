import { randomBytes } from 'node:crypto';

/** Where files live; small on purpose so object storage can replace the disk. */
export interface FileStorage {
  put(key: string, bytes: Uint8Array): Promise<void>;
  get(key: string): Promise<Buffer | null>;
  remove(key: string): Promise<void>;
  /** Whether the file is there, without reading it; a storage without it is asked with `get`. */
  has?(key: string): Promise<boolean>;
}

const KEY_PATTERN = /^[0-9a-f]{2}\/[0-9a-f]{32}(-[a-z0-9]+)?\.[a-z0-9]{2,5}$/;

/** Only keys this app makes: no path or bucket trick can reach outside the uploads. */
export function isStorageKey(key: string): boolean {
  return KEY_PATTERN.test(key);
}

export function assertStorageKey(key: string): void {
  if (!isStorageKey(key)) throw new Error(`Khoá tệp không hợp lệ: ${JSON.stringify(key.slice(0, 120))}`);
}

/** Random, unguessable keys; two levels of folders keep directories small. */
export function newStorageKey(extension: string): string {
  const id = randomBytes(16).toString('hex');
  return `${id.slice(0, 2)}/${id}.${extension}`;
}

export async function storageHas(storage: FileStorage, key: string): Promise<boolean> {
  return storage.has ? storage.has(key) : (await storage.get(key)) !== null;
}
