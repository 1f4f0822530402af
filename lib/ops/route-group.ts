/**
 * The group a request path belongs to, for the request log and the duration histogram: a short fixed
 * list, never the path itself (it would carry ids, slugs and setup tokens, and one series per page).
 */
export const ROUTE_GROUPS = [
  'home',
  'examples',
  'search',
  'example',
  'communes',
  'campaigns',
  'notices',
  'stats',
  'open-data',
  'verify',
  'embed',
  'feeds',
  'api',
  'files',
  'auth',
  'workspace',
  'static',
  'metrics',
  'other',
] as const;
export type RouteGroup = (typeof ROUTE_GROUPS)[number];

const BY_FIRST_SEGMENT: Record<string, RouteGroup> = {
  communes: 'communes',
  campaigns: 'campaigns',
  notices: 'notices',
  stats: 'stats',
  'open-data': 'open-data',
  verify: 'verify',
  embed: 'embed',
  'feed.xml': 'feeds',
  'sitemap.xml': 'feeds',
  sitemaps: 'feeds',
  'robots.txt': 'feeds',
  api: 'api',
  files: 'files',
  login: 'auth',
  setup: 'auth',
  nominations: 'workspace',
  review: 'workspace',
  admin: 'workspace',
  account: 'workspace',
  notifications: 'workspace',
  _next: 'static',
  metrics: 'metrics',
};

/** Only the presence of a search term is read, never its value. */
function hasSearchTerm(query: string): boolean {
  return new URLSearchParams(query).get('q')?.trim() ? true : false;
}

export function routeGroup(url: string): RouteGroup {
  const at = url.indexOf('?');
  const path = at === -1 ? url : url.slice(0, at);
  const segments = path.split('/').filter(Boolean);
  const first = segments[0];
  if (first === undefined) return 'home';
  if (first === 'examples') {
    if (segments.length > 1) return 'example';
    return at !== -1 && hasSearchTerm(url.slice(at + 1)) ? 'search' : 'examples';
  }
  const known = BY_FIRST_SEGMENT[first];
  if (known) return known;
  // Files at the root of public/ and the app's icons (icon.svg, favicon.ico, fonts, images).
  if (segments.length === 1 && /\.(svg|ico|png|jpe?g|webp|gif|txt|webmanifest|woff2?|css|js|map)$/i.test(first)) return 'static';
  return 'other';
}
