import {
  DeleteObjectCommand,
  GetObjectCommand,
  HeadBucketCommand,
  HeadObjectCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  S3Client,
  type S3ClientConfig,
} from '@aws-sdk/client-s3';
import { assertStorageKey, isStorageKey, type FileStorage } from '@/lib/domain/file-storage';
import { describeLocation, type S3Location } from './storage-url';

export interface StoredObject {
  key: string;
  size: number;
}

/** The bucket behind FileStorage, plus what operations (backup manifest, start-up check) need. */
export interface S3Storage extends FileStorage {
  readonly location: S3Location;
  has(key: string): Promise<boolean>;
  /** This app's files in the bucket (keys it could have made), in key order. */
  list(): AsyncIterable<StoredObject>;
  /** Throws when the bucket cannot be reached with these credentials. */
  probe(signal?: AbortSignal): Promise<void>;
}

const CONTENT_TYPES: Record<string, string> = { webp: 'image/webp', pdf: 'application/pdf', jpg: 'image/jpeg', png: 'image/png' };

/**
 * Credentials come from the SDK's usual chain (AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, AWS_SESSION_TOKEN,
 * AWS_PROFILE…) unless given; the region from STORAGE_URL, else AWS_REGION.
 */
export function createS3Storage(location: S3Location, options: { credentials?: S3ClientConfig['credentials'] } = {}): S3Storage {
  const client = new S3Client({
    endpoint: location.endpoint,
    region: location.region,
    forcePathStyle: location.forcePathStyle,
    credentials: options.credentials,
    // Checksums only where S3 requires them: several S3-compatible stores refuse the SDK's newer default headers.
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
    // A store that does not answer fails the request instead of holding an upload (or the start) forever.
    requestHandler: { connectionTimeout: 5_000, requestTimeout: 60_000 },
  });
  const Bucket = location.bucket;
  const keyOf = (key: string) => {
    assertStorageKey(key);
    return key;
  };
  return {
    location,
    async put(key, bytes) {
      const Key = keyOf(key);
      const extension = Key.slice(Key.lastIndexOf('.') + 1);
      await client.send(
        new PutObjectCommand({ Bucket, Key, Body: bytes, ContentLength: bytes.length, ContentType: CONTENT_TYPES[extension] ?? 'application/octet-stream' }),
      );
    },
    async get(key) {
      try {
        const object = await client.send(new GetObjectCommand({ Bucket, Key: keyOf(key) }));
        return object.Body ? Buffer.from(await object.Body.transformToByteArray()) : Buffer.alloc(0);
      } catch (error) {
        if (isMissing(error)) return null;
        throw error;
      }
    },
    async remove(key) {
      // S3 answers a delete of a missing key with success, as the disk's `rm --force` does.
      await client.send(new DeleteObjectCommand({ Bucket, Key: keyOf(key) }));
    },
    async has(key) {
      try {
        await client.send(new HeadObjectCommand({ Bucket, Key: keyOf(key) }));
        return true;
      } catch (error) {
        if (isMissing(error)) return false;
        throw error;
      }
    },
    async *list() {
      let ContinuationToken: string | undefined;
      do {
        const page = await client.send(new ListObjectsV2Command({ Bucket, ContinuationToken }));
        for (const object of page.Contents ?? []) if (object.Key && isStorageKey(object.Key)) yield { key: object.Key, size: object.Size ?? 0 };
        ContinuationToken = page.IsTruncated ? page.NextContinuationToken : undefined;
      } while (ContinuationToken);
    },
    async probe(signal) {
      await client.send(new HeadBucketCommand({ Bucket }), { abortSignal: signal });
    },
  };
}

function statusOf(error: unknown): number | undefined {
  return (error as { $metadata?: { httpStatusCode?: number } })?.$metadata?.httpStatusCode;
}

function isMissing(error: unknown): boolean {
  const name = (error as { name?: string })?.name;
  return name === 'NoSuchKey' || name === 'NotFound' || statusOf(error) === 404;
}

/**
 * Why the bucket could not be used, in Vietnamese, naming the variables to check. The SDK's own messages
 * never carry the secret key; any value of a secret variable is blanked all the same.
 */
export function describeS3Failure(error: unknown, location: S3Location, env: NodeJS.ProcessEnv = process.env): string {
  const where = describeLocation(location);
  const name = String((error as { name?: string })?.name ?? '');
  const code = String((error as { code?: string })?.code ?? (error as { cause?: { code?: string } })?.cause?.code ?? '');
  const message = error instanceof Error ? error.message : String(error);
  const status = statusOf(error);
  if (name === 'CredentialsProviderError' || /credentials/i.test(message))
    return `${where}: không tìm thấy thông tin đăng nhập; hãy đặt AWS_ACCESS_KEY_ID và AWS_SECRET_ACCESS_KEY`;
  if (/region is missing/i.test(message)) return `${where}: chưa có region; thêm &region=… vào STORAGE_URL hoặc đặt AWS_REGION`;
  if (status === 404 || name === 'NoSuchBucket') return `${where}: không có bucket "${location.bucket}"`;
  if (status === 403 || status === 401 || ['InvalidAccessKeyId', 'SignatureDoesNotMatch', 'AccessDenied'].includes(name))
    // A HEAD answer has no body, so the SDK knows only the status.
    return `${where}: bị từ chối (${name && name !== 'Unknown' ? name : `HTTP ${status}`}); hãy kiểm tra AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY và quyền trên bucket`;
  if (['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'ECONNRESET', 'ETIMEDOUT', 'EHOSTUNREACH'].includes(code) || ['TimeoutError', 'AbortError'].includes(name))
    return `${where}: không kết nối được tới ${location.endpoint ?? 'AWS S3'} (${code || name})`;
  return `${where}: ${scrubSecrets(`${name ? `${name}: ` : ''}${message}`, env)}`;
}

export function scrubSecrets(text: string, env: NodeJS.ProcessEnv = process.env): string {
  let out = text;
  for (const secret of [env.AWS_SECRET_ACCESS_KEY, env.AWS_SESSION_TOKEN]) if (secret && secret.length >= 4) out = out.replaceAll(secret, '***');
  return out;
}
