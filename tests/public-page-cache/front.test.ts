import { createServer, get as httpGet, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gunzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MemoCache } from '@/lib/cache/memo-cache';
import { CACHE_STATUS_HEADER, coalesceAfterArrival, createPageCacheFront, FILL_HEADER } from '@/lib/public-page-cache/front';
import { newNonce, type CachedPage } from '@/lib/public-page-cache/page';
import { knownDataVersion } from '@/lib/cache/request-version';

const SECRET = 'test-secret';

/** Stands in for Next: every render gets its own nonce, as the proxy gives it. */
function fakeNext() {
  const renders: string[] = [];
  let stamp = 0;
  const handler = (req: IncomingMessage, res: ServerResponse) => {
    renders.push(req.url ?? '');
    const nonce = newNonce();
    const csp = `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'`;
    if (req.url === '/examples/loi') {
      res.writeHead(500, { 'content-type': 'text/html', 'content-security-policy': csp });
      res.end('<p>Lỗi</p>');
      return;
    }
    if (req.url === '/examples/co-cookie') {
      res.writeHead(200, { 'content-type': 'text/html', 'set-cookie': 'a=b', 'content-security-policy': csp });
      res.end('<p>cookie</p>');
      return;
    }
    stamp++;
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': csp });
    res.end(
      `<html><body><h1>Trang ${req.url} lần ${stamp}</h1>${'<p>Gương sáng</p>'.repeat(200)}<script nonce="${nonce}">1</script><script nonce="${nonce}">2</script></body></html>`,
    );
  };
  return { renders, handler };
}

let server: Server;
let base: string;
let version: number | null;
let next: ReturnType<typeof fakeNext>;
let failVersion: boolean;
/** The data version each fill was handed (knownDataVersion inside it). */
let versionsInFill: (number | null)[];

beforeEach(async () => {
  next = fakeNext();
  version = 1;
  failVersion = false;
  versionsInFill = [];
  const front = createPageCacheFront({
    next: next.handler,
    fill: async (url) => {
      versionsInFill.push(knownDataVersion());
      const response = await fetch(`${base}${url}`, { headers: { [FILL_HEADER]: SECRET }, redirect: 'manual' });
      return { status: response.status, headers: response.headers, body: Buffer.from(await response.arrayBuffer()) };
    },
    readVersion: async () => {
      if (failVersion) throw new Error('database down');
      return version;
    },
    cache: new MemoCache({ maxEntries: 100, maxAgeMs: 60_000, maxWeight: 10 * 1024 * 1024, weigh: (p) => (p as CachedPage).bytes }),
    fillSecret: SECRET,
  });
  server = createServer(front);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterEach(async () => {
  await new Promise((resolve) => server.close(resolve));
});

async function get(path: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${base}${path}`, { headers: { 'user-agent': 'Mozilla/5.0 Chrome/156', 'accept-encoding': 'identity', ...headers } });
  const body = await response.text();
  const nonce = response.headers.get('content-security-policy')?.match(/'nonce-([^']+)'/)?.[1];
  return { response, body, nonce, cache: response.headers.get(CACHE_STATUS_HEADER) };
}

/** Every script of the page carries the nonce of the response's policy. */
function expectConsistentNonce(body: string, nonce: string | undefined) {
  expect(nonce).toBeTruthy();
  const nonces = [...body.matchAll(/nonce="([^"]+)"/g)].map((m) => m[1]);
  expect(nonces).toEqual([nonce, nonce]);
}

describe('the page cache in front of Next', () => {
  it('renders a public page once and then answers from the cache, with a fresh nonce each time', async () => {
    const first = await get('/');
    const second = await get('/');
    expect(first.cache).toBe('miss');
    expect(second.cache).toBe('hit');
    expect(next.renders).toEqual(['/']);
    expectConsistentNonce(first.body, first.nonce);
    expectConsistentNonce(second.body, second.nonce);
    expect(second.nonce).not.toBe(first.nonce);
    expect(second.body.replaceAll(second.nonce!, 'N')).toBe(first.body.replaceAll(first.nonce!, 'N'));
    expect(second.body).toContain('Gương sáng');
    expect(second.response.headers.get('content-length')).toBe(String(Buffer.byteLength(second.body)));
  });

  it('renders again once the public data version moves', async () => {
    await get('/examples?year=2024');
    version = 2;
    const after = await get('/examples?year=2024');
    expect(after.cache).toBe('miss');
    expect(after.body).toContain('lần 2');
    expect(next.renders).toEqual(['/examples?year=2024', '/examples?year=2024']);
  });

  it('hands each render the version its key holds, and forgets it afterwards', async () => {
    version = 7;
    await get('/examples?year=2023');
    version = 8;
    await get('/examples?year=2023');
    expect(versionsInFill).toEqual([7, 8]);
    expect(knownDataVersion()).toBeNull();
  });

  it('keys by the whole query string', async () => {
    await get('/examples?year=2024');
    await get('/examples?year=2023');
    expect(next.renders).toEqual(['/examples?year=2024', '/examples?year=2023']);
  });

  it('shares one render between visitors arriving together', async () => {
    const all = await Promise.all(Array.from({ length: 12 }, () => get('/stats')));
    expect(next.renders).toEqual(['/stats']);
    for (const { body, nonce } of all) expectConsistentNonce(body, nonce);
    expect(new Set(all.map((r) => r.nonce)).size).toBe(12);
  });

  it('always sends signed-in visitors, client navigations and private pages to Next', async () => {
    await get('/', { cookie: 'gs_session=abc' });
    await get('/', { cookie: 'gs_session=abc' });
    await get('/', { rsc: '1' });
    await get('/review');
    await get('/review');
    expect(next.renders).toEqual(['/', '/', '/', '/review', '/review']);
  });

  it('does not keep errors or responses that set cookies', async () => {
    const a = await get('/examples/loi');
    const b = await get('/examples/loi');
    expect([a.response.status, b.response.status]).toEqual([500, 500]);
    await get('/examples/co-cookie');
    await get('/examples/co-cookie');
    expect(next.renders).toEqual(['/examples/loi', '/examples/loi', '/examples/co-cookie', '/examples/co-cookie']);
  });

  it('compresses for browsers that ask, with the same page inside', async () => {
    await get('/');
    // node:http, because fetch would unpack the body itself.
    const { headers, raw } = await new Promise<{ headers: IncomingMessage['headers']; raw: Buffer }>((resolve, reject) => {
      httpGet(`${base}/`, { headers: { 'accept-encoding': 'gzip', 'user-agent': 'Mozilla/5.0' } }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve({ headers: res.headers, raw: Buffer.concat(chunks) }));
      }).on('error', reject);
    });
    expect(headers['content-encoding']).toBe('gzip');
    expect(headers.vary).toMatch(/accept-encoding/i);
    const html = gunzipSync(raw).toString();
    expect(html).toContain('Trang / lần 1');
    expect(raw.length).toBeLessThan(Buffer.byteLength(html));
  });

  it('lets Next answer when the version cannot be read', async () => {
    failVersion = true;
    const a = await get('/');
    expect(a.response.status).toBe(200);
    expect(a.cache).toBeNull();
    version = null;
    failVersion = false;
    const b = await get('/');
    expect(b.cache).toBeNull();
    expect(next.renders).toEqual(['/', '/']);
  });

  it('does not treat a guessed fill header as its own', async () => {
    await get('/', { [FILL_HEADER]: 'wrong' });
    const again = await get('/', { [FILL_HEADER]: 'wrong' });
    expect(again.cache).toBe('hit');
    expect(next.renders).toEqual(['/']);
  });
});

describe('coalesceAfterArrival', () => {
  it('shares one read among callers of the same turn, and reads again for later callers', async () => {
    let reads = 0;
    let value = 1;
    const read = coalesceAfterArrival(async () => {
      reads++;
      return value;
    });
    const together = await Promise.all([read(), read(), read()]);
    expect(together).toEqual([1, 1, 1]);
    expect(reads).toBe(1);
    value = 2;
    expect(await read()).toBe(2);
    expect(reads).toBe(2);
  });

  it('never hands a caller a read sent before it arrived', async () => {
    let value = 1;
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const read = coalesceAfterArrival(async () => {
      const seen = value;
      await gate;
      return seen;
    });
    const early = read();
    await new Promise((resolve) => setImmediate(resolve));
    await new Promise((resolve) => setImmediate(resolve));
    value = 2; // committed after the first read was sent
    const late = read();
    release();
    expect(await early).toBe(1);
    expect(await late).toBe(2);
  });
});
