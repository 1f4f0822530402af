import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// scripts/serve.ts run from source: its workers look for a compiled server.mjs beside it, which is not
// there, so every worker dies before it listens, as one failing its start-up checks would.
describe('the primary of WEB_CONCURRENCY workers', () => {
  it('stops with an error when workers die before listening, instead of restarting them forever', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', join('scripts', 'serve.ts'), '-p', '0'], {
      env: { ...process.env, DATABASE_URL: 'postgres://postgres@127.0.0.1:1/none', WEB_CONCURRENCY: '2' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => {
      const timer = setTimeout(() => {
        child.kill('SIGKILL');
        resolve(null);
      }, 30_000);
      child.on('exit', (exitCode) => {
        clearTimeout(timer);
        resolve(exitCode);
      });
    });
    expect(output).toContain('2 tiến trình máy chủ');
    expect(code, output).toBe(1);
    expect(output).toContain('Tiến trình máy chủ không khởi động được');
    expect(output).not.toContain('khởi động lại sau 1 giây');
  });
});
