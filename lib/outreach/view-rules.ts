import { isbot } from 'isbot';
import type { RequestFacts } from '../public-page-cache/rules';

// No `server-only` here: scripts/server.ts counts views in front of Next.

const EXAMPLE_PAGE = /^\/examples\/([a-z0-9-]{1,120})$/;
/** Next's router fetching a page ahead of a click, and browsers' speculative loads: nobody looked yet. */
const PREFETCH_HEADERS = ['next-router-prefetch', 'next-router-segment-prefetch'];
const PREFETCH_PURPOSE = /prefetch|prerender/i;

function header(facts: RequestFacts, name: string): string {
  const value = facts.headers[name];
  return Array.isArray(value) ? value.join(', ') : (value ?? '');
}

/**
 * The slug of the example page a request may count as a view of, or null. Only GETs of the page itself,
 * full loads or client-side navigations; never a prefetch, a crawler, a link preview or a request without
 * a user agent (scripts). Whether it counts is decided once the answer is known to be 200.
 */
export function viewedExampleSlug(facts: RequestFacts): string | null {
  if (facts.method !== 'GET') return null;
  const queryAt = facts.url.indexOf('?');
  const match = EXAMPLE_PAGE.exec(queryAt === -1 ? facts.url : facts.url.slice(0, queryAt));
  if (!match) return null;
  if (PREFETCH_HEADERS.some((name) => facts.headers[name] !== undefined)) return null;
  if (PREFETCH_PURPOSE.test(header(facts, 'sec-purpose')) || PREFETCH_PURPOSE.test(header(facts, 'purpose'))) return null;
  const userAgent = header(facts, 'user-agent').trim();
  // isbot, not the page cache's crawler pattern: that one also matches Zalo's in-app browser (people
  // reading a shared link), which the cache may well send to Next, but whose views count.
  if (!userAgent || isbot(userAgent)) return null;
  return match[1]!;
}
