import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { searchFromSlug, WARM_UP_CRAWLER, WARM_UP_PATHS, WARM_UP_USER_AGENT, warmUp } from '@/lib/net/warm-up';

const HOME = '<a href="/examples/nuoi-bo-sinh-san">Nuôi bò</a> <a href="/communes/25234">Xã Phú Nghĩa</a> <a href="/examples/khac">Khác</a>';

function recorder(answer: (req: IncomingMessage, res: ServerResponse) => void = (req, res) => res.end(req.url === '/' ? HOME : 'ok')) {
  const seen: { path: string; userAgent: string; host: string }[] = [];
  const handle = (req: IncomingMessage, res: ServerResponse) => {
    seen.push({ path: req.url ?? '', userAgent: String(req.headers['user-agent']), host: String(req.headers.host) });
    answer(req, res);
  };
  const addresses: (string | null)[] = [];
  return { seen, handle, addresses, useAddress: (base: string | null) => addresses.push(base) };
}

describe('a new server process warms itself before visitors come (warmUp)', () => {
  it('asks its own pipeline for the public pages, then one example (also as a crawler) and one commune page found on them', async () => {
    const r = recorder();
    const { steps, spread } = await warmUp({ handle: r.handle, useAddress: r.useAddress, timeoutMs: 10_000 });
    const expected = [
      ...WARM_UP_PATHS.map((path) => [path, WARM_UP_USER_AGENT]),
      ['/examples/nuoi-bo-sinh-san', WARM_UP_USER_AGENT],
      ['/examples/nuoi-bo-sinh-san', WARM_UP_CRAWLER],
      ['/communes/25234', WARM_UP_USER_AGENT],
    ];
    expect(r.seen.slice(0, expected.length).map((s) => [s.path, s.userAgent])).toEqual(expected);
    expect(steps.map((s) => [s.path, s.status])).toEqual(expected.map(([path]) => [path, 200]));
    expect(steps.filter((s) => s.crawler).map((s) => s.path)).toEqual(['/examples/nuoi-bo-sinh-san']);
    // Then the spread: what the fixed steps found and did not ask for, once each, as a visitor.
    const rest = r.seen.slice(expected.length);
    expect(rest.map((s) => s.path).sort()).toEqual(['/examples/khac', '/examples?q=khac', '/examples?q=nuoi+bo'].sort());
    expect(new Set(rest.map((s) => s.userAgent))).toEqual(new Set([WARM_UP_USER_AGENT]));
    expect(spread).toMatchObject({ pages: 3, failed: 0 });
  });

  it('spreads over the kinds of page it found, so many at a time, up to its number of pages', async () => {
    // Every page links to new examples, communes and a commune's list: the spread could go on for ever.
    let made = 0;
    let inFlight = 0;
    let most = 0;
    const links = () => {
      const n = ++made;
      return `<a href="/examples/nuoi-ga-${n}-tai-xa-${n}">x</a> <a href="/communes/${10000 + n}">x</a> <a href="/examples?commune=2024:${20000 + n}">x</a>`;
    };
    const r = recorder((req, res) => {
      inFlight++;
      most = Math.max(most, inFlight);
      setTimeout(() => {
        inFlight--;
        res.end(req.url === '/examples?commune=2024:20003' ? ((res.statusCode = 500), 'lỗi') : links());
      }, 5);
    });
    const { spread } = await warmUp({ handle: r.handle, useAddress: r.useAddress, timeoutMs: 10_000, spread: { pages: 30, concurrency: 4 } });
    expect(spread.pages).toBe(30);
    expect(spread.failed).toBe(1);
    const asked = r.seen.slice(WARM_UP_PATHS.length + 3).map((s) => s.path);
    expect(asked).toHaveLength(30);
    expect(new Set(asked).size).toBe(30);
    // Mostly examples (half, when every kind is waiting), and communes, lists and searches as well.
    const kinds = asked.map((path) =>
      path.startsWith('/examples/') ? 'example' : path.startsWith('/communes/') ? 'commune' : path.includes('q=') ? 'search' : 'list',
    );
    const count = (kind: string) => kinds.filter((k) => k === kind).length;
    expect(count('example')).toBeGreaterThanOrEqual(15);
    for (const kind of ['commune', 'search', 'list']) {
      expect(count(kind), kind).toBeGreaterThan(1);
      expect(count(kind), kind).toBeLessThan(count('example'));
    }
    expect(most).toBeLessThanOrEqual(4);
    expect(most).toBeGreaterThan(1);
  });

  it('makes a search of two whole words from the middle of an address, leaving out a cut last word', () => {
    expect(searchFromSlug('/examples/nhan-rong-mo-hinh-nuoi-ca-long-tai-xa-son-kien')).toBe('/examples?q=nuoi+ca');
    expect(searchFromSlug('/examples/ong-quach-quoc-binh-thoat-ngheo-nho-xay-dung-cau-lac-bo-phu-nu-giup-nhau-thoat-n')).toBe('/examples?q=xay+dung');
    expect(searchFromSlug('/examples/khac')).toBe('/examples?q=khac');
  });

  it('asks as a visitor the page cache serves, and as a crawler it leaves to Next, and neither counts as a view', async () => {
    const { isbot } = await import('isbot');
    const { pageCacheKey } = await import('@/lib/public-page-cache/rules');
    const { viewedExampleSlug } = await import('@/lib/outreach/view-rules');
    const facts = (userAgent: string) => ({ method: 'GET', url: '/examples/nuoi-bo-sinh-san', headers: { 'user-agent': userAgent } });
    expect(pageCacheKey(facts(WARM_UP_USER_AGENT))).not.toBeNull();
    expect(pageCacheKey(facts(WARM_UP_CRAWLER))).toBeNull();
    expect(isbot(WARM_UP_CRAWLER)).toBe(true);
    expect(viewedExampleSlug(facts(WARM_UP_CRAWLER))).toBeNull();
  });

  it('tells the page cache its private address while it runs, then closes that port', async () => {
    const r = recorder();
    await warmUp({ handle: r.handle, useAddress: r.useAddress, timeoutMs: 10_000 });
    expect(r.addresses).toHaveLength(2);
    const [base, after] = r.addresses;
    expect(base).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(new Set(r.seen.map((s) => `http://${s.host}`))).toEqual(new Set([base]));
    expect(after).toBeNull();
    await expect(fetch(`${base}/`)).rejects.toThrow();
  });

  it('goes on past a page that fails, and stops when its time is up', async () => {
    const failing = recorder((req, res) => (req.url === '/examples' ? req.socket.destroy() : res.end('ok')));
    const { steps } = await warmUp({ handle: failing.handle, useAddress: failing.useAddress, timeoutMs: 10_000 });
    expect(steps.map((s) => [s.path, s.status])).toEqual(WARM_UP_PATHS.map((path) => [path, path === '/examples' ? null : 200]));

    // A page that never answers: the warm-up gives up on time instead of holding the start.
    const hanging = recorder((req, res) => (req.url === '/stats' ? undefined : res.end('ok')));
    const started = Date.now();
    const cut = await warmUp({ handle: hanging.handle, useAddress: hanging.useAddress, timeoutMs: 500 });
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(cut.spread.pages).toBe(0);
    expect(cut.steps.map((s) => [s.path, s.status])).toEqual([
      ['/api/ready', 200],
      ['/', 200],
      ['/', 200],
      ['/examples', 200],
      ['/stats', null],
    ]);
    expect(hanging.addresses.at(-1)).toBeNull();
  });
});

describe('after the warm-up, in front of a Next that opens the database on its first request', () => {
  it('has the home page in the page cache, rendered without Next', async () => {
    const { createPageCacheFront } = await import('@/lib/public-page-cache/front');
    const { createPlainFill } = await import('@/lib/plain-pages/fill');
    const { MemoCache } = await import('@/lib/cache/memo-cache');
    // As scripts/server.ts wires them: the version is null until some request has made Next open the database.
    let databaseOpen = false;
    const nextPage = (path: string) => {
      databaseOpen = true;
      return `<html><head><link rel="stylesheet" href="/_next/static/chunks/site.css" data-precedence="next"/></head><body>${path === '/' ? HOME : 'ok'}</body></html>`;
    };
    const front = createPageCacheFront({
      next: (req, res) => {
        res.setHeader('content-type', 'text/html; charset=utf-8');
        res.end(nextPage(req.url ?? ''));
      },
      fill: createPlainFill({
        load: async () => ({
          renderPage: async (route, value) => ({
            status: 200,
            headers: new Headers({ 'content-type': 'text/html; charset=utf-8' }),
            body: Buffer.from(`plain ${route}:${value}`),
          }),
        }),
        next: async (url) => ({ status: 200, headers: new Headers({ 'content-type': 'text/html; charset=utf-8' }), body: Buffer.from(nextPage(url)) }),
        onError: () => undefined,
      }),
      readVersion: async () => (databaseOpen ? 1 : null),
      cache: new MemoCache({ maxEntries: 100, maxAgeMs: 60_000 }),
      fillSecret: 'bi-mat-cua-bo-dem-trang',
    });
    const r = recorder(front);
    await warmUp({ handle: r.handle, useAddress: r.useAddress, timeoutMs: 10_000, spread: { pages: 0, concurrency: 1 } });

    const visitor = createServer(front);
    await new Promise<void>((resolve) => visitor.listen(0, '127.0.0.1', resolve));
    try {
      const home = await fetch(`http://127.0.0.1:${(visitor.address() as AddressInfo).port}/`, { headers: { 'user-agent': 'Mozilla/5.0' } });
      expect(home.headers.get('x-gs-cache')).toBe('hit');
      expect(await home.text()).toBe('plain home:');
    } finally {
      visitor.closeAllConnections();
      await new Promise<void>((resolve) => visitor.close(() => resolve()));
    }
  });
});
