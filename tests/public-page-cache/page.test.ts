import { describe, expect, it } from 'vitest';
import { capturePage, newNonce, renderPage } from '@/lib/public-page-cache/page';

const NONCE = 'QUJDREVGR0hJSktMTU5PUA==';
const policy = (nonce: string) => `default-src 'self'; script-src 'self' 'nonce-${nonce}' 'strict-dynamic'`;

function htmlResponse(status = 200, extra: Record<string, string> = {}) {
  const body = `<html><head><script nonce="${NONCE}" src="/a.js"></script></head><body>Điển hình<script nonce="${NONCE}">self.__next_f.push([1,"${NONCE}"])</script></body></html>`;
  return {
    status,
    headers: new Headers({
      'content-type': 'text/html; charset=utf-8',
      'content-security-policy': policy(NONCE),
      etag: '"x"',
      'x-frame-options': 'DENY',
      ...extra,
    }),
    body: Buffer.from(body),
  };
}

describe('capturePage and renderPage', () => {
  it('puts a fresh nonce everywhere the rendered one was, in the body and the policy', () => {
    const page = capturePage(htmlResponse());
    const fresh = newNonce();
    const out = renderPage(page, fresh);
    const html = out.body.toString();
    expect(html).not.toContain(NONCE);
    expect(html.split(fresh)).toHaveLength(4);
    expect(html).toContain('Điển hình');
    const csp = out.headers.find(([name]) => name === 'Content-Security-Policy')?.[1];
    expect(csp).toBe(policy(fresh));
    expect(out.status).toBe(200);
  });

  it('gives different visitors different nonces', () => {
    const page = capturePage(htmlResponse());
    const a = renderPage(page, newNonce()).body.toString();
    const b = renderPage(page, newNonce()).body.toString();
    expect(a).not.toBe(b);
    expect(newNonce()).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  });

  it('keeps the headers that describe the page and drops those of the one response', () => {
    const page = capturePage(htmlResponse(200, { 'cache-control': 'public, max-age=60', 'content-length': '10', date: 'x', 'x-request-id': 'fill-id' }));
    const names = page.headers.map(([name]) => name);
    expect(names).toEqual(expect.arrayContaining(['content-type', 'x-frame-options', 'cache-control']));
    for (const dropped of ['etag', 'content-length', 'date', 'content-security-policy', 'x-request-id']) expect(names).not.toContain(dropped);
  });

  it('keeps a body without a policy as it is', () => {
    const body = Buffer.from('<rss>Gương sáng</rss>');
    const page = capturePage({ status: 200, headers: new Headers({ 'content-type': 'application/rss+xml' }), body });
    expect(page.cspParts).toBeNull();
    expect(renderPage(page, newNonce()).body.equals(body)).toBe(true);
  });

  it('keeps pages and not-found answers, never errors, redirects or anything that sets a cookie', () => {
    expect(capturePage(htmlResponse(200)).cacheable).toBe(true);
    expect(capturePage(htmlResponse(404)).cacheable).toBe(true);
    expect(capturePage(htmlResponse(500)).cacheable).toBe(false);
    expect(capturePage(htmlResponse(307, { location: '/x' })).cacheable).toBe(false);
    expect(capturePage(htmlResponse(200, { 'set-cookie': 'a=b' })).cacheable).toBe(false);
    // An answer its maker asks not to keep (lib/plain-pages/fill.ts).
    expect(capturePage({ ...htmlResponse(200), keep: false }).cacheable).toBe(false);
  });
});
