import { randomBytes } from 'node:crypto';

/** Where files live; small on purpose so object storage can replace the disk. */
export interface FileStorage {
  put(key: string, bytes: Uint8Array): Promise<void>;
  get(key: string): Promise<Buffer | null>;
  remove(key: string): Promise<void>;
}

/** Random, unguessable keys; two levels of folders keep directories small. */
export function newStorageKey(extension: string): string {
  const id = randomBytes(16).toString('hex');
  return `${id.slice(0, 2)}/${id}.${extension}`;
}
