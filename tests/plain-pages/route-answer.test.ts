import { describe, expect, it } from 'vitest';
import { RENDER_HEADER, routeAnswer } from '@/lib/plain-pages/route-answer';
import { NO_FRAMING_HEADERS, SECURITY_HEADERS } from '@/lib/security-headers';

describe("a route handler's answer for the page cache", () => {
  it('hands the handler the query, and keeps its status, body and own headers', async () => {
    const seen: string[] = [];
    const answer = await routeAnswer(
      async (request) => {
        seen.push(new URL(request.url).search);
        return Response.json(
          { error: { code: 'invalid_limit' } },
          { status: 400, headers: { 'Cache-Control': 'no-store', 'Access-Control-Allow-Origin': '*' } },
        );
      },
      '/api/v1/examples?limit=abc&q=b%C3%B2',
      'bm9uY2Utb2YtdGhlLXRlc3Q=',
    );
    expect(seen).toEqual(['?limit=abc&q=b%C3%B2']);
    expect(answer.status).toBe(400);
    expect(JSON.parse(answer.body.toString())).toEqual({ error: { code: 'invalid_limit' } });
    expect(answer.headers.get('cache-control')).toBe('no-store');
    expect(answer.headers.get('access-control-allow-origin')).toBe('*');
    expect(answer.headers.get('content-type')).toBe('application/json');
  });

  it("adds what next.config.ts and the proxy add to Next's answers, and says who rendered it", async () => {
    const answer = await routeAnswer(async () => Response.json({ items: [] }), '/api/v1/examples', 'bm9uY2Utb2YtdGhlLXRlc3Q=');
    for (const { key, value } of [...SECURITY_HEADERS, ...NO_FRAMING_HEADERS]) expect(answer.headers.get(key), key).toBe(value);
    expect(answer.headers.get('content-security-policy')).toContain("'nonce-bm9uY2Utb2YtdGhlLXRlc3Q='");
    expect(answer.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(answer.headers.get(RENDER_HEADER)).toBe('plain');
    // The router's Vary is Next's own; the page cache adds Accept-Encoding itself.
    expect(answer.headers.get('vary')).toBeNull();
  });
});
