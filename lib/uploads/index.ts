import 'server-only';
import { readEnv } from '@/lib/env';
import type { FileStorage } from '@/lib/domain/file-storage';
import { openStorage } from './configured';

let storage: FileStorage | undefined;

export function getStorage(): FileStorage {
  storage ??= openStorage(readEnv());
  return storage;
}
