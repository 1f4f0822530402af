import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MemoCache } from '@/lib/cache/memo-cache';
import type { ViewCount } from '@/lib/domain/outreach';
import { createRequestGuard } from '@/lib/net/request-guard';
import { CACHE_STATUS_HEADER, createPageCacheFront, FILL_HEADER } from '@/lib/public-page-cache/front';
import { type CachedPage } from '@/lib/public-page-cache/page';
import { ViewCounter } from '@/lib/outreach/view-counter';
import { createViewWatcher } from '@/lib/outreach/view-watch';

// scripts/server.ts in small: the request guard, the view watcher, then the page cache in front of a fake Next.
const SECRET = 'fill-secret';
const CHROME = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0 Safari/537.36';

let server: Server;
let base: string;
const rendered: string[] = [];
const writes: ViewCount[][] = [];
const views = new ViewCounter({
  write: async (counts) => {
    writes.push(counts);
  },
});

function fakeNext(req: IncomingMessage, res: ServerResponse) {
  rendered.push(req.url ?? '');
  const found = req.url === '/examples/ngan-hang-bo' || req.url?.startsWith('/examples/ngan-hang-bo?');
  res.writeHead(found ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' });
  res.end(found ? '<h1>Ngân hàng bò</h1>' : '<h1>Không tìm thấy</h1>');
}

beforeAll(async () => {
  const front = createPageCacheFront({
    next: fakeNext,
    fill: async (url, visitor) => {
      const response = await fetch(`${base}${url}`, {
        headers: { [FILL_HEADER]: SECRET, 'user-agent': String(visitor.headers['user-agent']) },
        redirect: 'manual',
      });
      return { status: response.status, headers: response.headers, body: Buffer.from(await response.arrayBuffer()) };
    },
    readVersion: async () => 1,
    cache: new MemoCache({ maxEntries: 100, maxAgeMs: 60_000, maxWeight: 1024 * 1024, weigh: (p) => (p as CachedPage).bytes }),
    fillSecret: SECRET,
  });
  const guard = createRequestGuard({ trusted: [], fillHeader: FILL_HEADER, fillSecret: SECRET });
  const watch = createViewWatcher({ counter: views, fillHeader: FILL_HEADER, fillSecret: SECRET });
  server = createServer((req, res) => {
    guard(req);
    watch(req, res);
    front(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

async function get(path: string, userAgent = CHROME) {
  const response = await fetch(`${base}${path}`, { headers: { 'user-agent': userAgent } });
  await response.text();
  return response;
}

describe('views counted in front of the page cache', () => {
  it('counts pages from the cache like fresh ones, but neither the cache’s own request, a 404 nor a bot', async () => {
    const first = await get('/examples/ngan-hang-bo', `${CHROME} visitor-1`);
    expect(first.headers.get(CACHE_STATUS_HEADER)).toBe('miss');
    const second = await get('/examples/ngan-hang-bo', `${CHROME} visitor-2`);
    expect(second.headers.get(CACHE_STATUS_HEADER)).toBe('hit');
    // The cache asked Next once, with its secret: that request was not a visit.
    expect(rendered).toEqual(['/examples/ngan-hang-bo']);
    await get('/examples/khong-co');
    await get('/examples/ngan-hang-bo', 'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)');
    // A reload by the first visitor.
    await get('/examples/ngan-hang-bo', `${CHROME} visitor-1`);
    await views.flush();
    expect(writes).toHaveLength(1);
    expect(writes[0]!.map(({ slug, views: n }) => ({ slug, n }))).toEqual([{ slug: 'ngan-hang-bo', n: 2 }]);
  });
});
