import type { FileStorage } from '@/lib/domain/file-storage';
import { createS3Storage, type S3Storage } from './s3-storage';
import { createDiskStorage } from './storage';
import { parseStorageUrl } from './storage-url';

export interface StorageSettings {
  UPLOAD_DIR: string;
  STORAGE_URL: string;
}

/** The bucket named by STORAGE_URL, or null when uploads live on the disk (the default). */
export function openS3Storage(settings: Pick<StorageSettings, 'STORAGE_URL'>): S3Storage | null {
  if (!settings.STORAGE_URL) return null;
  const parsed = parseStorageUrl(settings.STORAGE_URL);
  // readEnv has already refused a bad STORAGE_URL; this guards callers that built the settings themselves.
  if (!parsed.ok) throw new Error(`STORAGE_URL không hợp lệ — ${parsed.problems.join('; ')}`);
  return createS3Storage(parsed.location);
}

/** Where uploads are stored: the bucket when STORAGE_URL is set, else UPLOAD_DIR. Scripts and the app alike. */
export function openStorage(settings: StorageSettings): FileStorage {
  return openS3Storage(settings) ?? createDiskStorage(settings.UPLOAD_DIR);
}
