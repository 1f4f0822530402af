import type { IncomingMessage, ServerResponse } from 'node:http';
import { describe, expect, it } from 'vitest';
import { WARM_UP_CRAWLER, WARM_UP_PATHS, WARM_UP_USER_AGENT, warmUp } from '@/lib/net/warm-up';

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
    const steps = await warmUp({ handle: r.handle, useAddress: r.useAddress, timeoutMs: 10_000 });
    const expected = [
      ...WARM_UP_PATHS.map((path) => [path, WARM_UP_USER_AGENT]),
      ['/examples/nuoi-bo-sinh-san', WARM_UP_USER_AGENT],
      ['/examples/nuoi-bo-sinh-san', WARM_UP_CRAWLER],
      ['/communes/25234', WARM_UP_USER_AGENT],
    ];
    expect(r.seen.map((s) => [s.path, s.userAgent])).toEqual(expected);
    expect(steps.map((s) => [s.path, s.status])).toEqual(expected.map(([path]) => [path, 200]));
    expect(steps.filter((s) => s.crawler).map((s) => s.path)).toEqual(['/examples/nuoi-bo-sinh-san']);
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
    const steps = await warmUp({ handle: failing.handle, useAddress: failing.useAddress, timeoutMs: 10_000 });
    expect(steps.map((s) => s.status)).toEqual([200, 200, null, 200, 200]);

    // A page that never answers: the warm-up gives up on time instead of holding the start.
    const hanging = recorder((req, res) => (req.url === '/stats' ? undefined : res.end('ok')));
    const started = Date.now();
    const cut = await warmUp({ handle: hanging.handle, useAddress: hanging.useAddress, timeoutMs: 500 });
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(cut.map((s) => [s.path, s.status])).toEqual([
      ['/', 200],
      ['/', 200],
      ['/examples', 200],
      ['/stats', null],
    ]);
    expect(hanging.addresses.at(-1)).toBeNull();
  });
});
