// The performance targets of the issue, checked against one run's figures.
import type { RouteResult } from './load';

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

export function checkDbTarget(name: string, queryClass: DbQueryClass, p95Ms: number): TargetCheck | null {
  if (queryClass === 'info') return null;
  const limit = DB_TARGETS_P95_MS[queryClass];
  return { target: `CSDL ${name}: p95 ≤ ${limit} ms`, ok: p95Ms <= limit, actual: `p95 ${fmt(p95Ms)} ms` };
}

export function printChecks(checks: TargetCheck[]): void {
  for (const c of checks) console.log(`  ${c.ok ? '✓' : '✗'} ${c.target} — ${c.actual}`);
}
