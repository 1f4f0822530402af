import { buildCustomRoute } from 'next/dist/lib/build-custom-route';
import { NextRequest } from 'next/server';
import { afterEach, describe, expect, it } from 'vitest';
import nextConfig from '@/next.config';
import { embedFrameAncestors, parseEmbedOrigins } from '@/lib/embeds/origins';
import { readEnv } from '@/lib/env';
import { capturePage, renderPage } from '@/lib/public-page-cache/page';
import { pageCacheKey } from '@/lib/public-page-cache/rules';
import { proxy } from '@/proxy';

const frameAncestors = (policy: string | null) => /frame-ancestors ([^;]+)/.exec(policy ?? '')?.[1];

describe('EMBED_ORIGINS', () => {
  it('allows every origin when unset or empty', () => {
    expect(parseEmbedOrigins(undefined)).toEqual({ ok: true, sources: ['*'] });
    expect(embedFrameAncestors('  ')).toBe('*');
  });

  it('takes origins separated by spaces or commas, with wildcards for subdomains and ports', () => {
    expect(embedFrameAncestors('https://bugiamap.binhphuoc.gov.vn, https://*.gov.vn  http://localhost:8080,HTTPS://Portal.Example/')).toBe(
      'https://bugiamap.binhphuoc.gov.vn https://*.gov.vn http://localhost:8080 https://portal.example',
    );
  });

  it('refuses anything that is not an origin, which could otherwise change the policy', () => {
    for (const bad of [
      'https://a.gov.vn/path',
      'https://a.gov.vn; script-src *',
      "'unsafe-inline'",
      'javascript:alert(1)',
      'ftp://a.gov.vn',
      'a.gov.vn',
      'https://a.gov.vn?x=1',
      'https://*',
    ]) {
      expect(parseEmbedOrigins(`https://ok.gov.vn ${bad}`).ok, bad).toBe(false);
      expect(embedFrameAncestors(bad), bad).toBe("'none'");
    }
    expect(() => readEnv({ NODE_ENV: 'test', EMBED_ORIGINS: 'https://a.gov.vn/path' })).toThrow(/EMBED_ORIGINS: không phải nguồn gốc/);
    expect(readEnv({ NODE_ENV: 'test', EMBED_ORIGINS: 'https://a.gov.vn' }).EMBED_ORIGINS).toBe('https://a.gov.vn');
  });
});

describe('framing headers', () => {
  const saved = process.env.EMBED_ORIGINS;
  afterEach(() => {
    if (saved === undefined) delete process.env.EMBED_ORIGINS;
    else process.env.EMBED_ORIGINS = saved;
  });
  const policyOf = (path: string) => proxy(new NextRequest(`http://localhost${path}`)).headers.get('content-security-policy');

  it('let the embeddable lists be framed by EMBED_ORIGINS, or by anyone when it is unset; every other page by no one', () => {
    delete process.env.EMBED_ORIGINS;
    expect(frameAncestors(policyOf('/embed/communes/25267'))).toBe('*');
    expect(frameAncestors(policyOf('/embed/campaigns/chung-tay'))).toBe('*');
    process.env.EMBED_ORIGINS = 'https://bugiamap.binhphuoc.gov.vn https://*.gov.vn';
    expect(frameAncestors(policyOf('/embed/communes/25267'))).toBe('https://bugiamap.binhphuoc.gov.vn https://*.gov.vn');
    for (const path of ['/', '/examples', '/communes/25267', '/embed', '/embedded/x', '/campaigns/x/casebook.pdf', '/login']) {
      expect(frameAncestors(policyOf(path)), path).toBe("'none'");
    }
    process.env.EMBED_ORIGINS = 'https://a.gov.vn/path';
    expect(frameAncestors(policyOf('/embed/communes/25267'))).toBe("'none'");
  });

  it('set no cookie on an embed', () => {
    expect(proxy(new NextRequest('http://localhost/embed/communes/25267')).headers.get('set-cookie')).toBeNull();
  });

  it('send X-Frame-Options: DENY everywhere but the embeds, as Next compiles next.config.ts', async () => {
    const rules = (await nextConfig.headers!()).map((rule) => ({ ...rule, regex: new RegExp(buildCustomRoute('header', rule).regex) }));
    const headersOf = (path: string) => Object.fromEntries(rules.filter((r) => r.regex.test(path)).flatMap((r) => r.headers.map((h) => [h.key, h.value])));
    for (const path of ['/', '/examples', '/examples/a-b', '/communes/25267', '/embed', '/api/v1/examples', '/campaigns/x/casebook.pdf']) {
      expect(headersOf(path)['X-Frame-Options'], path).toBe('DENY');
      expect(headersOf(path)['X-Content-Type-Options'], path).toBe('nosniff');
    }
    for (const path of ['/embed/communes/25267', '/embed/campaigns/chung-tay-vi-nguoi-ngheo-2021-2025']) {
      expect(headersOf(path)['X-Frame-Options'], path).toBeUndefined();
      expect(headersOf(path)['X-Content-Type-Options'], path).toBe('nosniff');
    }
  });

  it('are kept by the page cache, which stores the embeds for every visitor', () => {
    expect(pageCacheKey({ method: 'GET', url: '/embed/communes/2024-25231', headers: { 'user-agent': 'Mozilla/5.0' } })).toBe('/embed/communes/2024-25231');
    expect(pageCacheKey({ method: 'GET', url: '/embed/campaigns/chung-tay', headers: { 'user-agent': 'Mozilla/5.0' } })).toBe('/embed/campaigns/chung-tay');
    const policy = "default-src 'self'; script-src 'self' 'nonce-QUJDREVGR0hJSktMTU5PUA==' 'strict-dynamic'; frame-ancestors https://a.gov.vn";
    const page = capturePage({
      status: 200,
      headers: new Headers({ 'content-security-policy': policy, 'content-type': 'text/html' }),
      body: Buffer.from('<p>x</p>'),
    });
    expect(page.cacheable).toBe(true);
    // What a later visitor gets from the stored copy, with a nonce of its own.
    const served = renderPage(page, 'bm9uY2Vub25jZW5vbmNlMQ==');
    const headers = new Map(served.headers.map(([k, v]) => [k.toLowerCase(), v]));
    expect(frameAncestors(headers.get('content-security-policy') ?? null)).toBe('https://a.gov.vn');
    expect(headers.has('x-frame-options')).toBe(false);
    expect(headers.has('set-cookie')).toBe(false);
  });
});
