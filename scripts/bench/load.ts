// One route under load with autocannon's programmatic API.
import autocannon from 'autocannon';

/** `render`: a page rendered for every request (the page cache bypassed), for information; no target. */
export type RouteKind = 'reference' | 'page' | 'list' | 'search' | 'stats' | 'api' | 'feed' | 'render' | LongTailKind;

/** Rows whose every request asks for a URL drawn from the whole data set (scripts/bench/longtail.ts). */
export type LongTailKind = 'longtail' | 'longtail-page' | 'longtail-list' | 'longtail-search';
export const isLongTail = (kind: RouteKind): kind is LongTailKind => kind.startsWith('longtail');

export interface Route {
  name: string;
  path: string;
  kind: RouteKind;
  headers?: Record<string, string>;
}

/** Any session cookie sends a request past the page cache (lib/public-page-cache/rules.ts); public pages ignore it. */
const BYPASS_CACHE = { cookie: 'gs_session=bench-uncached' };

export interface RouteResult extends Route {
  /** `missing` when the route answers 404 before the run (e.g. /stats not built yet); `failed` when it could not be measured. */
  state: 'measured' | 'missing' | 'failed';
  failure?: string;
  firstStatus: number;
  requestsPerSec: number;
  p50Ms: number;
  p99Ms: number;
  requests: number;
  non2xx: number;
  /** Answers with a status of 400 or more (non2xx also counts redirects). */
  failedResponses: number;
  errors: number;
  timeouts: number;
  bytesPerResponse: number;
  /** Requests per second divided by the static reference's, same server, same run. */
  ratioToReference: number | null;
  /** Long-tail rows: URLs asked for during the measured run, how many were different, and how many the pool holds. */
  urls?: { drawn: number; distinct: number; pool: number };
  /** Long-tail rows: answers the page cache gave (`x-gs-cache: hit`), of all answers. */
  cacheHits?: { hits: number; answers: number };
}

export interface LoadOptions {
  connections: number;
  durationSec: number;
}

const FIRST_REQUEST_TIMEOUT_MS = 60_000;

async function firstStatus(url: string, headers: Record<string, string> = {}): Promise<number> {
  const response = await fetch(url, { headers, signal: AbortSignal.timeout(FIRST_REQUEST_TIMEOUT_MS) });
  await response.arrayBuffer();
  return response.status;
}

const EMPTY = { requestsPerSec: 0, p50Ms: 0, p99Ms: 0, requests: 0, non2xx: 0, failedResponses: 0, errors: 0, timeouts: 0, bytesPerResponse: 0, ratioToReference: null };

/** A route that cannot be measured is recorded as such; the other routes still run. */
export async function measureRoute(baseUrl: string, route: Route, options: LoadOptions): Promise<RouteResult> {
  try {
    return await measure(baseUrl, route, options);
  } catch (error) {
    const failure =
      error instanceof Error && error.name === 'TimeoutError'
        ? `yêu cầu đầu tiên quá ${FIRST_REQUEST_TIMEOUT_MS / 1000} s`
        : error instanceof Error
          ? error.message
          : String(error);
    return { ...route, state: 'failed', failure, firstStatus: 0, ...EMPTY };
  }
}

async function measure(baseUrl: string, route: Route, options: LoadOptions): Promise<RouteResult> {
  const url = `${baseUrl}${route.path}`;
  const headers = route.headers ?? {};
  const status = await firstStatus(url, headers);
  if (status === 404) return { ...route, state: 'missing', firstStatus: status, ...EMPTY };
  // Warm-up: JIT, connection pool and any cache the app keeps, before the measured run.
  await autocannon({ url, headers, connections: Math.min(5, options.connections), duration: Math.max(1, Math.round(options.durationSec / 5)), timeout: 30 });
  const result = await autocannon({ url, headers, connections: options.connections, duration: options.durationSec, timeout: 30 });
  return { ...route, state: 'measured', firstStatus: status, ...figures(result) };
}

function figures(result: autocannon.Result) {
  const requests = result.requests.total;
  const failedResponses = Object.entries(result.statusCodeStats ?? {}).reduce((sum, [code, s]) => (Number(code) >= 400 ? sum + s.count : sum), 0);
  return {
    requestsPerSec: Math.round((requests / Math.max(result.duration, 0.001)) * 10) / 10,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    requests,
    non2xx: result.non2xx,
    failedResponses,
    errors: result.errors,
    timeouts: result.timeouts,
    bytesPerResponse: requests > 0 ? Math.round(result.throughput.total / requests) : 0,
    ratioToReference: null,
  };
}

/**
 * A long-tail row: every request asks autocannon's per-request hook for the next URL, so the page
 * cache only answers when a URL comes round again (the row records how many were different). No
 * warm-up: the rows before it have warmed the server, and a warm-up would spend fresh URLs.
 */
export async function measureUrlStream(baseUrl: string, route: Route, nextPath: () => string, pool: number, options: LoadOptions): Promise<RouteResult> {
  const seen = new Set<string>();
  let drawn = 0;
  const cacheHits = { hits: 0, answers: 0 };
  try {
    const first = nextPath();
    const status = await firstStatus(`${baseUrl}${first}`);
    const result = await autocannon({
      url: baseUrl,
      connections: options.connections,
      duration: options.durationSec,
      timeout: 30,
      requests: [
        {
          setupRequest: (request) => {
            const path = nextPath();
            drawn++;
            seen.add(path);
            return { ...request, path };
          },
          // Which answers the page cache gave: with several workers each keeps its own cache, so a URL
          // another worker rendered is still a miss; this is what sharing the cache could gain.
          onResponse: (_status, _body, _context, headers) => {
            cacheHits.answers++;
            if (headers['x-gs-cache'] === 'hit') cacheHits.hits++;
          },
        },
      ],
    });
    // autocannon builds the next request of a connection before the run ends: a few drawn URLs are never sent.
    return { ...route, state: 'measured', firstStatus: status, ...figures(result), urls: { drawn, distinct: seen.size, pool }, cacheHits };
  } catch (error) {
    return { ...route, state: 'failed', failure: error instanceof Error ? error.message : String(error), firstStatus: 0, ...EMPTY };
  }
}

export function routesFor(p: {
  referencePath: string;
  district: { code: string; year: number };
  commune: { tree: string; code: string; year: number };
  slug: string;
  phrase: string;
}): Route[] {
  const communePage = p.commune.tree === '2025' ? p.commune.code : `2024-${p.commune.code}`;
  const search = `/examples?q=${encodeURIComponent(p.phrase)}`;
  return [
    { name: 'tệp tĩnh (mốc)', path: p.referencePath, kind: 'reference' },
    { name: 'trang chủ', path: '/', kind: 'page' },
    { name: 'danh sách', path: '/examples', kind: 'list' },
    { name: 'lọc huyện + năm', path: `/examples?district=${p.district.code}&year=${p.district.year}`, kind: 'list' },
    { name: 'tìm không dấu', path: search, kind: 'search' },
    { name: 'trang điển hình', path: `/examples/${p.slug}`, kind: 'page' },
    { name: 'trang xã', path: `/communes/${communePage}`, kind: 'page' },
    { name: 'thống kê', path: '/stats', kind: 'stats' },
    { name: 'API xã + năm', path: `/api/v1/examples?commune=${p.commune.tree}:${p.commune.code}&year=${p.commune.year}`, kind: 'api' },
    { name: 'feed.xml', path: '/feed.xml', kind: 'feed' },
    // What a visitor pays when the page is not cached: the first one after a change, a signed-in one.
    { name: 'trang chủ, dựng mới', path: '/', kind: 'render', headers: BYPASS_CACHE },
    { name: 'lọc huyện + năm, dựng mới', path: `/examples?district=${p.district.code}&year=${p.district.year}`, kind: 'render', headers: BYPASS_CACHE },
    { name: 'tìm, dựng mới', path: search, kind: 'render', headers: BYPASS_CACHE },
    { name: 'trang điển hình, dựng mới', path: `/examples/${p.slug}`, kind: 'render', headers: BYPASS_CACHE },
  ];
}
