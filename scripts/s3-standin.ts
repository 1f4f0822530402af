import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { startS3Standin, STANDIN_CREDENTIALS } from '../tests/support/s3-standin';

// npm run s3:standin -- --port P --dir D --bucket B [--host H]: the tests' local S3 stand-in (s3rver) as a
// long-running process, e.g. for CI runs with STORAGE_URL. Files stay in D between runs; stop with Ctrl+C.

function option(flag: string, fallback?: string): string {
  const at = process.argv.indexOf(flag);
  const value = at === -1 ? fallback : process.argv[at + 1];
  if (value === undefined || value.startsWith('--'))
    throw new Error(`Thiếu ${flag}. Cách dùng: npm run s3:standin -- --port 9000 --dir ./data/s3 --bucket guongsang`);
  return value;
}

async function main(): Promise<void> {
  const port = Number(option('--port'));
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error('--port phải là số cổng (0–65535).');
  const dir = resolve(option('--dir'));
  const bucket = option('--bucket');
  mkdirSync(dir, { recursive: true });
  const standin = await startS3Standin({ port, dir, bucket, host: option('--host', '127.0.0.1') });
  // One line a CI script can wait for (grep "S3 stand-in ready") and read the settings from.
  console.log(
    `› S3 stand-in ready: ${standin.endpoint} STORAGE_URL=${standin.storageUrl} AWS_ACCESS_KEY_ID=${STANDIN_CREDENTIALS.accessKeyId} AWS_SECRET_ACCESS_KEY=${STANDIN_CREDENTIALS.secretAccessKey} (thư mục ${dir})`,
  );
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      void standin.stop().finally(() => process.exit(0));
    });
  }
}

main().catch((error: unknown) => {
  console.error('✗', error instanceof Error ? error.message : error);
  process.exit(1);
});
