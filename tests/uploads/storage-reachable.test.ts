import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { assertStorageReachable } from '@/lib/uploads/reachable';
import { startS3Standin, STANDIN_CREDENTIALS, type S3Standin } from '../support/s3-standin';

// s3rver checks the access key id only, so any secret passes; it must still never be printed.
const SECRET = 'Sup3r-Secret-Value-Never-Printed';
const saved = { ...process.env };
let standin: S3Standin;

/** A port nothing listens on. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

beforeAll(async () => {
  standin = await startS3Standin({ bucket: 'anh-guong-sang' });
});
afterAll(async () => {
  await standin?.stop();
});
afterEach(() => {
  process.env = { ...saved };
});

function useCredentials(accessKeyId: string | null) {
  // The SDK's chain must not wander to instance metadata or ~/.aws when the variables are absent.
  process.env.AWS_EC2_METADATA_DISABLED = 'true';
  process.env.AWS_SHARED_CREDENTIALS_FILE = '/nonexistent/credentials';
  process.env.AWS_CONFIG_FILE = '/nonexistent/config';
  delete process.env.AWS_PROFILE;
  if (accessKeyId === null) {
    delete process.env.AWS_ACCESS_KEY_ID;
    delete process.env.AWS_SECRET_ACCESS_KEY;
  } else {
    process.env.AWS_ACCESS_KEY_ID = accessKeyId;
    process.env.AWS_SECRET_ACCESS_KEY = SECRET;
  }
}

async function refusal(storageUrl: string): Promise<string> {
  const error = await assertStorageReachable({ STORAGE_URL: storageUrl }, { timeoutMs: 5_000 }).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(Error);
  const message = (error as Error).message;
  expect(message).not.toContain(SECRET);
  expect(message).toMatch(/^Không dùng được kho lưu tệp \(STORAGE_URL\) — .*Máy chủ không khởi động\.$/);
  return message;
}

describe('the bucket is checked at start', () => {
  it('passes a reachable bucket with the credentials from the environment, and the disk without asking', async () => {
    useCredentials(STANDIN_CREDENTIALS.accessKeyId);
    await expect(assertStorageReachable({ STORAGE_URL: standin.storageUrl })).resolves.toBeUndefined();
    await expect(assertStorageReachable({ STORAGE_URL: '' })).resolves.toBeUndefined();
  });

  it('refuses a missing bucket, a closed endpoint, an unknown key and absent credentials, each by name', async () => {
    useCredentials(STANDIN_CREDENTIALS.accessKeyId);
    expect(await refusal(`s3://khong-co?endpoint=${standin.endpoint}&region=us-east-1`)).toMatch(/không có bucket "khong-co"/);
    expect(await refusal(`s3://anh-guong-sang?endpoint=http://127.0.0.1:${await closedPort()}&region=us-east-1`)).toMatch(
      /không kết nối được tới http:\/\/127\.0\.0\.1:\d+/,
    );
    useCredentials('AKIA-UNKNOWN');
    expect(await refusal(standin.storageUrl)).toMatch(/bị từ chối \(HTTP 403\); hãy kiểm tra AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY/);
    useCredentials(null);
    expect(await refusal(standin.storageUrl)).toMatch(/không tìm thấy thông tin đăng nhập; hãy đặt AWS_ACCESS_KEY_ID và AWS_SECRET_ACCESS_KEY/);
  });

  it('stops scripts/server.ts before it serves, with the reason and without the secret', async () => {
    const run = (storageUrl: string) =>
      new Promise<{ code: number | null; output: string }>((resolve) => {
        const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/server.ts', '-p', '0', '-H', '127.0.0.1'], {
          env: {
            ...saved,
            STORAGE_URL: storageUrl,
            AWS_ACCESS_KEY_ID: 'AKIA-UNKNOWN',
            AWS_SECRET_ACCESS_KEY: SECRET,
            AWS_EC2_METADATA_DISABLED: 'true',
            DATABASE_URL: '',
          },
          stdio: ['ignore', 'pipe', 'pipe'],
        });
        let output = '';
        child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
        child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
        child.on('exit', (code) => resolve({ code, output }));
      });
    const unreachable = await run(standin.storageUrl);
    expect(unreachable.code).toBe(1);
    expect(unreachable.output).toMatch(/Không dùng được kho lưu tệp \(STORAGE_URL\) — s3:\/\/anh-guong-sang .*bị từ chối/);
    expect(unreachable.output).not.toContain(SECRET);
    expect(unreachable.output).not.toMatch(/Sẵn sàng/);
    const malformed = await run(`s3://KEY:${SECRET}@anh-guong-sang`);
    expect(malformed.code).toBe(1);
    expect(malformed.output).toMatch(/STORAGE_URL: không ghi khoá truy cập/);
    expect(malformed.output).not.toContain(SECRET);
  });
});
