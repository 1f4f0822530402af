import { describe, expect, it } from 'vitest';
import { acceptsGzip, pageCacheKey, type RequestFacts } from '@/lib/public-page-cache/rules';

const browser = 'Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0 Mobile Safari/537.36';

function facts(url: string, extra: Partial<RequestFacts> = {}): RequestFacts {
  return { method: 'GET', url, ...extra, headers: { 'user-agent': browser, ...extra.headers } };
}

describe('pageCacheKey', () => {
  it.each([
    '/',
    '/examples',
    '/examples?district=695&year=2024',
    '/examples?q=mai%20am',
    '/examples/nuoi-bo-sinh-san-2',
    '/communes/18790',
    '/communes/2024-25222',
    '/stats?campaign=cung-tay-vi-nguoi-ngheo',
    '/open-data',
    '/feed.xml',
    '/sitemap.xml',
    '/sitemaps/pages.xml',
    '/sitemaps/examples-12.xml',
    '/api/v1/examples?commune=2025:18790&year=2021',
    '/api/v1/examples/nuoi-bo-sinh-san-2',
  ])('keeps anonymous GETs of the public page %s, keyed by path and query', (url) => {
    expect(pageCacheKey(facts(url))).toBe(url);
  });

  it.each([
    '/login',
    '/review',
    '/nominations/123',
    '/admin/campaigns',
    '/account',
    '/files/abc',
    '/api/health',
    '/api/v1/examples.csv',
    '/api/v1/examples.json',
    '/api/v1/communes?q=da',
    '/examples/Khong-Hop-Le',
    '/examples/a/b',
    '/sitemaps/examples-0.xml',
    '/sitemaps/other.xml',
    '/_next/static/chunks/x.js',
  ])('leaves %s to Next', (url) => {
    expect(pageCacheKey(facts(url))).toBeNull();
  });

  it('never serves signed-in visitors from the cache, whichever session cookie they carry', () => {
    expect(pageCacheKey(facts('/', { headers: { cookie: 'gs_session=abc' } }))).toBeNull();
    expect(pageCacheKey(facts('/', { headers: { cookie: 'theme=light; __Host-gs_session=abc' } }))).toBeNull();
    expect(pageCacheKey(facts('/', { headers: { cookie: 'theme=light; gs_session_hint=1' } }))).toBe('/');
  });

  it('leaves other methods, client navigations, server actions and prefetches to Next', () => {
    expect(pageCacheKey(facts('/', { method: 'HEAD' }))).toBeNull();
    expect(pageCacheKey(facts('/', { method: 'POST' }))).toBeNull();
    expect(pageCacheKey(facts('/examples', { headers: { rsc: '1' } }))).toBeNull();
    expect(pageCacheKey(facts('/examples', { headers: { 'next-action': 'abc' } }))).toBeNull();
    expect(pageCacheKey(facts('/examples', { headers: { 'next-router-prefetch': '1' } }))).toBeNull();
    expect(pageCacheKey(facts('/examples?_rsc=1x2y'))).toBeNull();
    expect(pageCacheKey(facts('/examples?year=2024&_rsc=1x2y'))).toBeNull();
  });

  it('leaves crawlers and link previews to Next, which renders metadata for them', () => {
    for (const agent of ['Mozilla/5.0 (compatible; Googlebot/2.1)', 'facebookexternalhit/1.1', 'ZaloPC-win32-24v596', 'Bingbot/2.0']) {
      expect(pageCacheKey(facts('/', { headers: { 'user-agent': agent } }))).toBeNull();
    }
  });

  it('does not keep very long URLs', () => {
    expect(pageCacheKey(facts(`/examples?q=${'a'.repeat(600)}`))).toBeNull();
  });
});

describe('acceptsGzip', () => {
  it('reads Accept-Encoding', () => {
    expect(acceptsGzip({ 'accept-encoding': 'gzip, deflate, br' })).toBe(true);
    expect(acceptsGzip({ 'accept-encoding': 'br' })).toBe(false);
    expect(acceptsGzip({})).toBe(false);
  });
});
