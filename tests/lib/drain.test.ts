import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { drainThenClose } from '@/lib/net/drain';

let server: Server | null = null;
afterEach(() => {
  server?.closeAllConnections();
  server = null;
});

/** A server whose answer waits until the test releases it, recording when the database would close. */
function slowServer(log: string[]) {
  let release = () => {};
  const started = new Promise<void>((resolveStarted) => {
    server = createServer((_req, res) => {
      resolveStarted();
      release = () => {
        log.push('answered');
        res.end('đã lưu');
      };
    });
  });
  return { started, release: () => release() };
}

function get(port: number): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ port, path: '/', agent: false }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('stopping the server (SIGTERM)', () => {
  it('answers the request in flight before closing the database, and takes no new connection', async () => {
    const log: string[] = [];
    const slow = slowServer(log);
    await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
    const { port } = server!.address() as AddressInfo;
    const inFlight = get(port);
    await slow.started;
    const stopped = drainThenClose(
      server!,
      async () => {
        log.push('database closed');
      },
      { timeoutMs: 5_000 },
    );
    await expect(get(port)).rejects.toThrow();
    slow.release();
    expect(await inFlight).toEqual({ status: 200, body: 'đã lưu' });
    expect(await stopped).toBe('drained');
    expect(log).toEqual(['answered', 'database closed']);
  });

  it('cuts a request that never ends after the timeout, then still closes the database', async () => {
    const log: string[] = [];
    const slow = slowServer(log);
    await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
    const { port } = server!.address() as AddressInfo;
    const stuck = get(port).catch(() => 'cut');
    await slow.started;
    const outcome = await drainThenClose(server!, async () => void log.push('database closed'), { timeoutMs: 100 });
    expect(outcome).toBe('cut');
    expect(await stuck).toBe('cut');
    expect(log).toEqual(['database closed']);
  });
});
