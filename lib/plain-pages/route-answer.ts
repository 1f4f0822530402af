import { contentSecurityPolicy } from '@/lib/csp';
import { NO_FRAMING_HEADERS, SECURITY_HEADERS } from '@/lib/security-headers';
import { siteUrl } from '@/lib/site';
import type { CapturedResponse } from '../public-page-cache/page';

/** Names the renderer on every answer it gives, pages and API alike. */
export const RENDER_HEADER = 'x-gs-render';

/** What a route handler of app/api answers: the same function Next calls. */
export type RouteHandler = (request: Request) => Promise<Response>;

/**
 * Adds what next.config.ts and the proxy add to every answer outside the embeds (the security headers, no
 * framing, the policy with this answer's nonce) and the renderer's name. The router's Vary is Next's own and
 * is not added.
 */
export function withSiteHeaders(headers: Headers, nonce: string): Headers {
  for (const { key, value } of [...SECURITY_HEADERS, ...NO_FRAMING_HEADERS]) headers.set(key, value);
  headers.set('Content-Security-Policy', contentSecurityPolicy(nonce, { https: siteUrl().startsWith('https://') }));
  headers.set(RENDER_HEADER, 'plain');
  return headers;
}

/**
 * A route handler called without Next, for the page cache: the handler's own answer with the site's headers.
 * Only the URL reaches the handler: the page cache sends no cookie or header a public route could read.
 */
export async function routeAnswer(handler: RouteHandler, url: string, nonce: string): Promise<CapturedResponse> {
  const response = await handler(new Request(new URL(url, 'http://localhost')));
  return { status: response.status, headers: withSiteHeaders(new Headers(response.headers), nonce), body: Buffer.from(await response.arrayBuffer()) };
}
