import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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
