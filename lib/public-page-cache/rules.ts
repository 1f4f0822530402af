/**
 * Which requests the page cache in front of Next may answer. Only anonymous, full-page GETs of public,
 * user-independent routes: a signed-in visitor, a client-side navigation (RSC payload), a server action or
 * a crawler (Next renders metadata differently for bots) always goes to Next.
 */
const PUBLIC_ROUTES = [
  /^\/$/,
  /^\/examples$/,
  /^\/examples\/[a-z0-9-]{1,120}$/,
  /^\/communes\/[0-9a-z-]{1,20}$/,
  /^\/stats$/,
  /^\/open-data$/,
  /^\/feed\.xml$/,
  /^\/sitemap\.xml$/,
  /^\/sitemaps\/(pages|examples-[1-9]\d{0,5})\.xml$/,
  /^\/api\/v1\/examples$/,
  /^\/api\/v1\/examples\/[a-z0-9-]{1,120}$/,
  /^\/embed\/communes\/[0-9a-z-]{1,20}$/,
  /^\/embed\/campaigns\/[a-z0-9-]{1,80}$/,
];

const SESSION_COOKIES = ['gs_session', '__Host-gs_session'];
const NEXT_REQUEST_HEADERS = ['rsc', 'next-action', 'next-router-prefetch', 'next-router-state-tree', 'next-router-segment-prefetch', 'next-url'];
const CRAWLER =
  /bot|crawl|spider|slurp|facebookexternalhit|facebookcatalog|embedly|preview|whatsapp|telegram|zalo|discord|skype|vkshare|pinterest|bingpreview|yandex|baidu/i;
/** Longer URLs are not worth a cache entry (and bound the key's size). */
const MAX_URL_LENGTH = 512;

export interface RequestFacts {
  method: string;
  url: string;
  headers: Record<string, string | string[] | undefined>;
}

function header(facts: RequestFacts, name: string): string {
  const value = facts.headers[name];
  return Array.isArray(value) ? value.join(', ') : (value ?? '');
}

function hasSessionCookie(cookieHeader: string): boolean {
  return cookieHeader.split(';').some((part) => SESSION_COOKIES.includes((part.split('=')[0] ?? '').trim()));
}

/** The cache key for a cacheable request (its path and query as sent), or null. */
export function pageCacheKey(facts: RequestFacts): string | null {
  if (facts.method !== 'GET' || facts.url.length > MAX_URL_LENGTH || !facts.url.startsWith('/')) return null;
  const queryAt = facts.url.indexOf('?');
  const path = queryAt === -1 ? facts.url : facts.url.slice(0, queryAt);
  if (!PUBLIC_ROUTES.some((route) => route.test(path))) return null;
  if (queryAt !== -1 && /(^|&)_rsc=/.test(facts.url.slice(queryAt + 1))) return null;
  if (NEXT_REQUEST_HEADERS.some((name) => facts.headers[name] !== undefined)) return null;
  if (hasSessionCookie(header(facts, 'cookie'))) return null;
  if (CRAWLER.test(header(facts, 'user-agent'))) return null;
  return facts.url;
}

export function acceptsGzip(headers: RequestFacts['headers']): boolean {
  const value = headers['accept-encoding'];
  return /\bgzip\b/i.test(Array.isArray(value) ? value.join(', ') : (value ?? ''));
}
