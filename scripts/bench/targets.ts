// The performance targets of the issue, checked against one run's figures.
import { isLongTail, type RouteResult } from './load';

export interface TargetCheck {
  target: string;
  ok: boolean;
  actual: string;
}

export const HTTP_TARGETS = {
  minRatioToReference: 0.5,
  maxP99Ms: 200,
  minRequestsPerSec: 150,
  maxRssMb: 600,
} as const;

/** Issue 20: what visitors spread over the whole data set must get (URLs the page cache has not seen). */
export const LONG_TAIL_TARGETS = {
  mixMinRequestsPerSec: 150,
  mixMaxP99Ms: 400,
  mixMinRatioToReference: 0.05,
  examplesMinRequestsPerSec: 200,
} as const;

export const DB_TARGETS_P95_MS = { filter: 20, search: 60, facets: 50 } as const;
export type DbQueryClass = keyof typeof DB_TARGETS_P95_MS | 'info';

const fmt = (n: number) => (Math.round(n * 10) / 10).toLocaleString('vi-VN');

export function checkHttpTargets(routes: RouteResult[], rssMb: number | null): TargetCheck[] {
  const checks: TargetCheck[] = [];
  for (const r of routes) {
    if (r.state === 'missing') {
      checks.push({ target: `${r.path}: có trang (không 404)`, ok: false, actual: 'chưa có (404)' });
      continue;
    }
    if (r.state === 'failed') {
      checks.push({ target: `${r.name}: đo được`, ok: false, actual: r.failure ?? 'lỗi' });
      continue;
    }
    if (isLongTail(r.kind)) {
      checks.push(...checkLongTail(r));
      continue;
    }
    checks.push({
      target: `${r.name}: non-2xx = 0, không lỗi`,
      ok: r.non2xx === 0 && r.errors === 0 && r.timeouts === 0,
      actual: `non-2xx ${r.non2xx}, lỗi ${r.errors}, quá hạn ${r.timeouts}`,
    });
    if (r.kind === 'page' || r.kind === 'feed') {
      checks.push({
        target: `${r.name}: ≥ ${HTTP_TARGETS.minRatioToReference * 100} % req/s của tệp tĩnh`,
        ok: (r.ratioToReference ?? 0) >= HTTP_TARGETS.minRatioToReference,
        actual: r.ratioToReference === null ? '—' : `${fmt(r.ratioToReference * 100)} %`,
      });
    }
    if (r.kind === 'list' || r.kind === 'search' || r.kind === 'stats' || r.kind === 'api') {
      checks.push({
        target: `${r.name}: p99 ≤ ${HTTP_TARGETS.maxP99Ms} ms và ≥ ${HTTP_TARGETS.minRequestsPerSec} req/s`,
        ok: r.p99Ms <= HTTP_TARGETS.maxP99Ms && r.requestsPerSec >= HTTP_TARGETS.minRequestsPerSec,
        actual: `p99 ${fmt(r.p99Ms)} ms, ${fmt(r.requestsPerSec)} req/s`,
      });
    }
  }
  checks.push({
    target: `RSS máy chủ sau khi đo ≤ ${HTTP_TARGETS.maxRssMb} MB`,
    ok: rssMb !== null && rssMb <= HTTP_TARGETS.maxRssMb,
    actual: rssMb === null ? 'không đọc được' : `${fmt(rssMb)} MB`,
  });
  return checks;
}

/** Redirects are answers too here: only a status of 400 or more, a socket error or a timeout is an error. */
function checkLongTail(r: RouteResult): TargetCheck[] {
  const t = LONG_TAIL_TARGETS;
  const checks: TargetCheck[] = [
    {
      target: `${r.name}: không trả lỗi (4xx/5xx), không lỗi kết nối, không quá hạn`,
      ok: r.failedResponses === 0 && r.errors === 0 && r.timeouts === 0,
      actual: `4xx/5xx ${r.failedResponses}, lỗi ${r.errors}, quá hạn ${r.timeouts}`,
    },
  ];
  if (r.kind === 'longtail') {
    checks.push(
      {
        target: `${r.name}: ≥ ${t.mixMinRequestsPerSec} req/s và p99 ≤ ${t.mixMaxP99Ms} ms`,
        ok: r.requestsPerSec >= t.mixMinRequestsPerSec && r.p99Ms <= t.mixMaxP99Ms,
        actual: `${fmt(r.requestsPerSec)} req/s, p99 ${fmt(r.p99Ms)} ms`,
      },
      {
        target: `${r.name}: ≥ ${t.mixMinRatioToReference * 100} % req/s của tệp tĩnh`,
        ok: (r.ratioToReference ?? 0) >= t.mixMinRatioToReference,
        actual: r.ratioToReference === null ? '—' : `${fmt(r.ratioToReference * 100)} %`,
      },
    );
  }
  if (r.kind === 'longtail-page') {
    checks.push({
      target: `${r.name}: ≥ ${t.examplesMinRequestsPerSec} req/s`,
      ok: r.requestsPerSec >= t.examplesMinRequestsPerSec,
      actual: `${fmt(r.requestsPerSec)} req/s`,
    });
  }
  return checks;
}

export function checkDbTarget(name: string, queryClass: DbQueryClass, p95Ms: number): TargetCheck | null {
  if (queryClass === 'info') return null;
  const limit = DB_TARGETS_P95_MS[queryClass];
  return { target: `CSDL ${name}: p95 ≤ ${limit} ms`, ok: p95Ms <= limit, actual: `p95 ${fmt(p95Ms)} ms` };
}

export function printChecks(checks: TargetCheck[]): void {
  for (const c of checks) console.log(`  ${c.ok ? '✓' : '✗'} ${c.target} — ${c.actual}`);
}
