// The long-tail rows of the HTTP phase: the visitors' mix (the headline), and three of its parts alone.
import type { Sql } from 'postgres';
import { measureUrlStream, type LoadOptions, type Route, type RouteResult } from './load';
import { loadLongTailPools, LongTailUrls, MIX_WEIGHTS, type LongTailStream, type MixCategory } from './longtail';

export const LONG_TAIL_ROWS: (Route & { stream: LongTailStream })[] = [
  { name: 'đuôi dài: hỗn hợp khách', path: '(mỗi yêu cầu một URL mới, theo tỉ lệ khách)', kind: 'longtail', stream: 'mix' },
  { name: 'đuôi dài: trang điển hình', path: '/examples/… (mỗi yêu cầu một trang)', kind: 'longtail-page', stream: 'examples' },
  { name: 'đuôi dài: lọc xã + năm', path: '/examples?commune=…&year=… (URL mới)', kind: 'longtail-list', stream: 'communeYearLists' },
  { name: 'đuôi dài: tìm từ phổ biến', path: '/examples?q=…[&year][&sort] (URL mới)', kind: 'longtail-search', stream: 'commonSearches' },
];

export interface LongTailSummary {
  seed: number;
  weights: typeof MIX_WEIGHTS;
  /** Distinct URLs each kind of page can give. */
  pools: Record<string, number>;
  /** What the mix row actually asked for, by kind. */
  mixDrawn: Record<MixCategory, number>;
}

export async function measureLongTail(
  sql: Sql,
  baseUrl: string,
  options: LoadOptions & { seed: number; onRow?: (line: string) => void },
): Promise<{ routes: RouteResult[]; summary: LongTailSummary }> {
  const urls = new LongTailUrls(await loadLongTailPools(sql), options.seed);
  const mixDrawn = Object.fromEntries(Object.keys(MIX_WEIGHTS).map((k) => [k, 0])) as Record<MixCategory, number>;
  const routes: RouteResult[] = [];
  for (const { stream, ...route } of LONG_TAIL_ROWS) {
    const next =
      stream === 'mix'
        ? () => {
            const { category, url } = urls.nextMixed();
            mixDrawn[category]++;
            return url;
          }
        : () => urls.next(stream);
    const result = await measureUrlStream(baseUrl, route, next, urls.poolSize(stream), options);
    routes.push(result);
    options.onRow?.(
      `${route.name}: ${
        result.state === 'measured'
          ? `${result.requestsPerSec} req/s, p99 ${result.p99Ms} ms, ${result.urls!.distinct}/${result.urls!.drawn} URL khác nhau, ${result.cacheHits!.hits}/${result.cacheHits!.answers} từ bộ đệm, 4xx/5xx ${result.failedResponses}`
          : `lỗi: ${result.failure}`
      }`,
    );
  }
  return { routes, summary: { seed: options.seed, weights: MIX_WEIGHTS, pools: urls.poolSizes(), mixDrawn } };
}
