import { openS3Storage, type StorageSettings } from './configured';
import { describeS3Failure } from './s3-storage';

/**
 * With STORAGE_URL set, the server starts only when the bucket answers with these credentials: an upload
 * must not be the first to find out. The disk (the default) is left as it always was.
 */
export async function assertStorageReachable(settings: Pick<StorageSettings, 'STORAGE_URL'>, { timeoutMs = 15_000 } = {}): Promise<void> {
  const storage = openS3Storage(settings);
  if (!storage) return;
  try {
    await storage.probe(AbortSignal.timeout(timeoutMs));
  } catch (error) {
    throw new Error(`Không dùng được kho lưu tệp (STORAGE_URL) — ${describeS3Failure(error, storage.location)}. Máy chủ không khởi động.`);
  }
}
