import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Readable } from 'node:stream';
import S3rver from 's3rver';

/** The stand-in's one account (s3rver's built-in); it checks request signatures against this pair. */
export const STANDIN_CREDENTIALS = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' } as const;

export interface S3Standin {
  endpoint: string;
  bucket: string;
  port: number;
  /** The STORAGE_URL that points at the stand-in's bucket. */
  storageUrl: string;
  stop(): Promise<void>;
}

interface StandinObject {
  bucket: string;
  key: string;
  content: Buffer | Readable;
  metadata: unknown;
}
interface FilesystemStore {
  getResourcePath(bucket: string, key: string, resource: string): string;
  putMetadata(bucket: string, key: string, metadata: unknown, md5: string): Promise<void>;
  putObject(object: StandinObject): Promise<{ size: number; md5: string }>;
}

/**
 * s3rver 3.7.1 answers a PUT once the body has been read, before its file is written, so a GET right after
 * could read the previous content; S3 itself reads its own writes. The store writes the file, then answers.
 */
function readYourWrites(): void {
  const Store = createRequire(import.meta.url)('s3rver/lib/stores/filesystem.js') as { prototype: FilesystemStore & { __readsOwnWrites?: true } };
  if (Store.prototype.__readsOwnWrites) return;
  Store.prototype.__readsOwnWrites = true;
  Store.prototype.putObject = async function putObject(this: FilesystemStore, object: StandinObject) {
    const path = this.getResourcePath(object.bucket, object.key, 'object');
    await mkdir(dirname(path), { recursive: true });
    let bytes: Buffer;
    if (Buffer.isBuffer(object.content)) bytes = object.content;
    else {
      const chunks: Buffer[] = [];
      for await (const chunk of object.content) chunks.push(Buffer.from(chunk as Uint8Array));
      bytes = Buffer.concat(chunks);
    }
    await writeFile(path, bytes);
    const md5 = createHash('md5').update(bytes).digest('hex');
    await this.putMetadata(object.bucket, object.key, object.metadata, md5);
    return { size: bytes.length, md5 };
  };
}

/**
 * A local S3-compatible server (s3rver) over real HTTP, so the SDK's requests, signatures and error answers
 * are the ones a bucket would see. Files live in `dir` (a new temporary folder by default, removed on stop).
 */
export async function startS3Standin({
  bucket = 'guongsang-test',
  port = 0,
  host = '127.0.0.1',
  dir,
}: { bucket?: string; port?: number; host?: string; dir?: string } = {}): Promise<S3Standin> {
  readYourWrites();
  const directory = dir ?? mkdtempSync(join(tmpdir(), 'guongsang-s3-'));
  const server = new S3rver({ address: host, port, directory, silent: true, vhostBuckets: false, configureBuckets: [{ name: bucket, configs: [] }] });
  const address = await server.run();
  const endpoint = `http://${host.includes(':') ? `[${host}]` : host}:${address.port}`;
  return {
    endpoint,
    bucket,
    port: address.port,
    storageUrl: `s3://${bucket}?endpoint=${endpoint}&region=us-east-1`,
    async stop() {
      await server.close();
      if (!dir) rmSync(directory, { recursive: true, force: true });
    },
  };
}
