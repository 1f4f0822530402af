import 'server-only';
import { readEnv } from '@/lib/env';
import type { FileStorage } from '@/lib/domain/file-storage';
import { createDiskStorage } from './storage';

let storage: FileStorage | undefined;

export function getStorage(): FileStorage {
  storage ??= createDiskStorage(readEnv().UPLOAD_DIR);
  return storage;
}
