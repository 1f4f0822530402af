import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { MemoCache } from '@/lib/cache/memo-cache';
import { CLIENT_ADDRESS_HEADER, parseTrustedProxies } from '@/lib/net/forwarding';
import { createRequestGuard } from '@/lib/net/request-guard';
import { createPageCacheFront, FILL_HEADER } from '@/lib/public-page-cache/front';
import type { CachedPage } from '@/lib/public-page-cache/page';

const SECRET = 'fill-secret';
let server: Server;

afterEach(async () => {
  await new Promise((resolve) => server.close(resolve));
});

/** scripts/server.ts in small: the guard, then the page cache, then a stand-in for Next that notes who it saw. */
async function start(trustedProxies: string) {
  const seen: { url: string; client: string | undefined; forwardedFor: string | undefined; fill: boolean }[] = [];
  const next = (req: IncomingMessage, res: ServerResponse) => {
    seen.push({
      url: req.url ?? '',
      client: req.headers[CLIENT_ADDRESS_HEADER] as string | undefined,
      forwardedFor: req.headers['x-forwarded-for'] as string | undefined,
      fill: req.headers[FILL_HEADER] === SECRET,
    });
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end('<p>Gương sáng</p>');
  };
  let base = '';
  const front = createPageCacheFront({
    next,
    fill: async (url, visitor) => {
      const response = await fetch(`${base}${url}`, {
        headers: { [FILL_HEADER]: SECRET, [CLIENT_ADDRESS_HEADER]: String(visitor.headers[CLIENT_ADDRESS_HEADER]) },
      });
      return { status: response.status, headers: response.headers, body: Buffer.from(await response.arrayBuffer()) };
    },
    readVersion: async () => 1,
    cache: new MemoCache({ maxEntries: 10, maxAgeMs: 60_000, maxWeight: 1024 * 1024, weigh: (p) => (p as CachedPage).bytes }),
    fillSecret: SECRET,
  });
  const trusted = parseTrustedProxies(trustedProxies);
  if (!trusted.ok) throw new Error('bad test ranges');
  const guard = createRequestGuard({ trusted: trusted.ranges, fillHeader: FILL_HEADER, fillSecret: SECRET });
  server = createServer((req, res) => {
    guard(req);
    front(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { seen, base };
}

describe('the client address through the page cache', () => {
  it('reaches Next on the cache’s own request, as the trusted proxy saw it', async () => {
    const { seen, base } = await start('127.0.0.1');
    await fetch(`${base}/examples`, { headers: { 'x-forwarded-for': '1.2.3.4, 198.51.100.7', 'user-agent': 'Mozilla/5.0' } });
    expect(seen).toEqual([{ url: '/examples', client: '198.51.100.7', forwardedFor: '198.51.100.7', fill: true }]);
  });

  it('cannot be forged by a client, on a cached page or any other', async () => {
    const { seen, base } = await start('');
    const forged = { 'x-forwarded-for': '1.2.3.4', [CLIENT_ADDRESS_HEADER]: '1.2.3.5', 'x-real-ip': '1.2.3.6', 'user-agent': 'Mozilla/5.0' };
    await fetch(`${base}/examples`, { headers: forged });
    await fetch(`${base}/login`, { headers: forged });
    await fetch(`${base}/examples?x=1`, { headers: { ...forged, [FILL_HEADER]: 'guessed' } });
    expect(seen.map((s) => [s.url, s.client, s.forwardedFor])).toEqual([
      ['/examples', '127.0.0.1', '127.0.0.1'],
      ['/login', '127.0.0.1', '127.0.0.1'],
      ['/examples?x=1', '127.0.0.1', '127.0.0.1'],
    ]);
  });
});
