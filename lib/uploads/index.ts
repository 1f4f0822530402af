import 'server-only';
import { readEnv } from '@/lib/env';
import { createDiskStorage, type FileStorage } from './storage';

let storage: FileStorage | undefined;

export function getStorage(): FileStorage {
  storage ??= createDiskStorage(readEnv().UPLOAD_DIR);
  return storage;
}
