import { describe, expect, it } from 'vitest';
import type { ViewCount } from '@/lib/domain/outreach';
import { VIEW_DEDUPE_MS, ViewCounter } from '@/lib/outreach/view-counter';
import { viewedExampleSlug } from '@/lib/outreach/view-rules';

const CHROME = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0 Safari/537.36';
const ZALO_IN_APP =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 ZaloTheme/light ZaloLanguage/vi';
// 2026-11-20 10:00 in Vietnam.
const START = Date.parse('2026-11-20T03:00:00Z');

function counter(options: { maxVisitors?: number; fail?: () => boolean } = {}) {
  let clock = START;
  const writes: ViewCount[][] = [];
  const views = new ViewCounter({
    now: () => clock,
    maxVisitors: options.maxVisitors,
    write: async (counts) => {
      if (options.fail?.()) throw new Error('database down');
      writes.push(counts.map((c) => ({ ...c })));
    },
  });
  return {
    views,
    writes,
    advance: (ms: number) => {
      clock += ms;
    },
  };
}

const visit = (slug: string, address = '203.0.113.5', userAgent = CHROME) => ({ slug, address, userAgent });

describe('which requests may count as a view', () => {
  const facts = (url: string, headers: Record<string, string> = {}, method = 'GET') => ({ method, url, headers: { 'user-agent': CHROME, ...headers } });

  it('the example page itself, with or without a query, as a full load or a client-side navigation', () => {
    expect(viewedExampleSlug(facts('/examples/ngan-hang-bo'))).toBe('ngan-hang-bo');
    expect(viewedExampleSlug(facts('/examples/ngan-hang-bo?utm_source=zalo'))).toBe('ngan-hang-bo');
    expect(viewedExampleSlug(facts('/examples/ngan-hang-bo?_rsc=1x2', { rsc: '1' }))).toBe('ngan-hang-bo');
    expect(viewedExampleSlug(facts('/examples/ngan-hang-bo', { 'user-agent': ZALO_IN_APP }))).toBe('ngan-hang-bo');
  });

  it('not other pages, other methods, or prefetches', () => {
    for (const url of ['/examples', '/examples/ngan-hang-bo/v/2', '/api/v1/examples/ngan-hang-bo', '/examples/Ngan-Hang', '/examplesx/a'])
      expect(viewedExampleSlug(facts(url))).toBeNull();
    expect(viewedExampleSlug(facts('/examples/ngan-hang-bo', {}, 'HEAD'))).toBeNull();
    expect(viewedExampleSlug(facts('/examples/ngan-hang-bo', {}, 'POST'))).toBeNull();
    expect(viewedExampleSlug(facts('/examples/ngan-hang-bo', { rsc: '1', 'next-router-prefetch': '1' }))).toBeNull();
    expect(viewedExampleSlug(facts('/examples/ngan-hang-bo', { rsc: '1', 'next-router-segment-prefetch': '/_tree' }))).toBeNull();
    expect(viewedExampleSlug(facts('/examples/ngan-hang-bo', { 'sec-purpose': 'prefetch;prerender' }))).toBeNull();
    expect(viewedExampleSlug(facts('/examples/ngan-hang-bo', { purpose: 'prefetch' }))).toBeNull();
  });

  it('not crawlers, link previews of chat apps, or scripts', () => {
    const robots = [
      'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)',
      'facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)',
      'ZaloPC-win32-24v605',
      'Zalo',
      'TelegramBot (like TwitterBot)',
      'WhatsApp/2.23.20.0',
      'Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)',
      'Mozilla/5.0 (compatible; Discordbot/2.0; +https://discordapp.com)',
      'curl/8.5.0',
      'python-requests/2.31.0',
      'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/124.0 Safari/537.36',
      '',
    ];
    for (const ua of robots) expect(viewedExampleSlug(facts('/examples/ngan-hang-bo', { 'user-agent': ua })), ua).toBeNull();
  });
});

describe('the view counter', () => {
  it('counts a visitor once per page within 30 minutes, and again after', () => {
    const { views, advance } = counter();
    expect(views.record(visit('a'))).toBe(true);
    advance(VIEW_DEDUPE_MS - 1000);
    expect(views.record(visit('a'))).toBe(false);
    // Another page, another browser on the same address, another address: other views.
    expect(views.record(visit('b'))).toBe(true);
    expect(views.record(visit('a', '203.0.113.5', ZALO_IN_APP))).toBe(true);
    expect(views.record(visit('a', '203.0.113.6'))).toBe(true);
    advance(1001);
    expect(views.record(visit('a'))).toBe(true);
    expect(views.pendingViews).toBe(5);
  });

  it('forgets every visitor when the day changes in Vietnam, and books views on the day they happened', async () => {
    const { views, writes, advance } = counter();
    views.record(visit('a'));
    // 23:50 → 00:10 in Vietnam: a new day, a new key, nobody remembered.
    advance(13 * 3_600_000 + 50 * 60_000);
    expect(views.record(visit('a'))).toBe(true);
    advance(20 * 60_000);
    expect(views.record(visit('a'))).toBe(true);
    await views.flush();
    expect(writes).toEqual([
      [
        { slug: 'a', day: '2026-11-20', views: 2 },
        { slug: 'a', day: '2026-11-21', views: 1 },
      ],
    ]);
  });

  it('holds a bounded number of visitors, forgetting the oldest first', () => {
    const { views } = counter({ maxVisitors: 3 });
    for (const n of [1, 2, 3, 4]) views.record(visit('a', `198.51.100.${n}`));
    // The first visitor was dropped to make room: counted again; the newest is still known.
    expect(views.record(visit('a', '198.51.100.4'))).toBe(false);
    expect(views.record(visit('a', '198.51.100.1'))).toBe(true);
  });

  it('turns many views into one write per flush, and writes nothing when nothing was seen', async () => {
    const { views, writes } = counter();
    for (let n = 0; n < 250; n++) views.record(visit(n % 2 ? 'a' : 'b', `198.51.100.${n % 250}`, `${CHROME} #${n}`));
    expect(writes).toHaveLength(0);
    await views.flush();
    expect(writes).toHaveLength(1);
    expect(writes[0]!.sort((x, y) => x.slug.localeCompare(y.slug))).toEqual([
      { slug: 'a', day: '2026-11-20', views: 125 },
      { slug: 'b', day: '2026-11-20', views: 125 },
    ]);
    await views.flush();
    expect(writes).toHaveLength(1);
    expect(views.pendingViews).toBe(0);
  });

  it('keeps the counts of a failed write for the next flush', async () => {
    let down = true;
    const { views, writes } = counter({ fail: () => down });
    views.record(visit('a', '198.51.100.1'));
    await expect(views.flush()).rejects.toThrow('database down');
    views.record(visit('a', '198.51.100.2'));
    expect(views.pendingViews).toBe(2);
    down = false;
    await views.flush();
    expect(writes).toEqual([[{ slug: 'a', day: '2026-11-20', views: 2 }]]);
  });
});
