// npm run lighthouse -- [--url http://localhost:3000]
// Lighthouse 12 (default mobile profile) on /, /examples, one example page, its commune's page and /stats;
// scores, total blocking time and largest contentful paint per page; reports in bench/lighthouse/.
// Without --url it starts the production server on the bench database, as `npm run bench` does.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { benchDatabaseUrl, readFlag } from './args';
import { writeResults } from './report';
import { assertProductionBuild, findFreePort, startServer, type RunningServer } from './server';

// BENCH_OUT_DIR, as for `npm run bench`: a trial run need not overwrite the committed results.
const BENCH_DIR = process.env.BENCH_OUT_DIR || join(process.cwd(), 'bench');
const OUT_DIR = join(BENCH_DIR, 'lighthouse');
const CHROMIUM = '/usr/bin/chromium';
const CHROME_FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'];
const TARGETS = { performance: 98, accessibility: 100, 'best-practices': 95, seo: 100 } as const;
type Category = keyof typeof TARGETS;
const LABELS: Record<Category, string> = { performance: 'hiệu năng', accessibility: 'trợ năng', 'best-practices': 'thực hành tốt', seo: 'SEO' };

let server: RunningServer | null = null;
let killChrome: (() => void) | null = null;

async function examplePath(baseUrl: string): Promise<string> {
  const html = await (await fetch(`${baseUrl}/examples`)).text();
  const slug = /href="\/examples\/([a-z0-9-]+)"/.exec(html)?.[1];
  if (!slug) throw new Error('Trang /examples không có điển hình nào: hãy nạp dữ liệu trước (npm run bench:seed).');
  return `/examples/${slug}`;
}

/** The commune page linked from an example page (its place line). */
async function communePath(baseUrl: string, example: string): Promise<string> {
  const html = await (await fetch(`${baseUrl}${example}`)).text();
  const path = /href="(\/communes\/[^"?#]+)"/.exec(html)?.[1];
  if (!path) throw new Error(`Trang ${example} không dẫn tới trang xã, phường nào.`);
  return path;
}

/** Budgets beside the scores (issue 20): the main thread blocked at most this long, the largest paint this soon. */
const TBT_BUDGET_MS = 100;
const LCP_BUDGET_MS = 2000;

async function main(): Promise<void> {
  const given = readFlag(process.argv.slice(2), 'url');
  let baseUrl: string;
  if (typeof given === 'string') {
    baseUrl = given.replace(/\/$/, '');
  } else {
    assertProductionBuild();
    const port = await findFreePort();
    const url = benchDatabaseUrl();
    server = await startServer({ port, env: { DATABASE_URL: url, PORT: String(port), SITE_URL: `http://localhost:${port}` } });
    baseUrl = `http://localhost:${port}`;
  }
  const example = await examplePath(baseUrl);
  const pages = [
    { name: 'home', path: '/' },
    { name: 'examples', path: '/examples' },
    { name: 'example', path: example },
    { name: 'commune', path: await communePath(baseUrl, example) },
    { name: 'stats', path: '/stats' },
  ];
  // Both packages are ES modules; this script runs as CommonJS under tsx.
  const { default: lighthouse } = await import('lighthouse');
  const chromeLauncher = await import('chrome-launcher');
  const chrome = await chromeLauncher.launch({ chromePath: existsSync(CHROMIUM) ? CHROMIUM : undefined, chromeFlags: CHROME_FLAGS });
  killChrome = () => chrome.kill();
  mkdirSync(OUT_DIR, { recursive: true });
  const summary: { page: string; url: string; scores: Record<Category, number | null>; totalBlockingTimeMs: number | null; largestContentfulPaintMs: number | null }[] = [];
  let failed = 0;
  try {
    for (const page of pages) {
      const url = `${baseUrl}${page.path}`;
      // As a visitor mostly finds it: rendered once already (the page cache), the server warmed up.
      for (let i = 0; i < 2; i++) await (await fetch(url)).arrayBuffer();
      const result = await lighthouse(url, { port: chrome.port, output: ['html', 'json'], logLevel: 'error', onlyCategories: Object.keys(TARGETS) });
      if (!result) throw new Error(`Lighthouse không trả kết quả cho ${url}`);
      const [html, json] = result.report as string[];
      writeFileSync(join(OUT_DIR, `${page.name}.report.html`), html!);
      writeFileSync(join(OUT_DIR, `${page.name}.report.json`), json!);
      const scores = Object.fromEntries(
        (Object.keys(TARGETS) as Category[]).map((c) => {
          const score = result.lhr.categories[c]?.score;
          return [c, typeof score === 'number' ? Math.round(score * 100) : null];
        }),
      ) as Record<Category, number | null>;
      const audit = (id: string) => {
        const value = result.lhr.audits[id]?.numericValue;
        return typeof value === 'number' ? Math.round(value) : null;
      };
      const tbt = audit('total-blocking-time');
      const lcp = audit('largest-contentful-paint');
      summary.push({ page: page.path, url, scores, totalBlockingTimeMs: tbt, largestContentfulPaintMs: lcp });
      const cells = (Object.keys(TARGETS) as Category[]).map((c) => {
        const ok = (scores[c] ?? 0) >= TARGETS[c];
        if (!ok) failed++;
        return `${LABELS[c]} ${scores[c] ?? '—'}${ok ? ' ✓' : ` ✗ (cần ≥ ${TARGETS[c]})`}`;
      });
      const budgets = [
        { label: 'TBT', value: tbt, budget: TBT_BUDGET_MS },
        { label: 'LCP', value: lcp, budget: LCP_BUDGET_MS },
      ].map(({ label, value, budget }) => {
        const ok = value !== null && value <= budget;
        if (!ok) failed++;
        return `${label} ${value ?? '—'} ms${ok ? ' ✓' : ` ✗ (cần ≤ ${budget})`}`;
      });
      console.log(`${page.path.padEnd(40)} ${[...cells, ...budgets].join(' · ')}`);
    }
  } finally {
    chrome.kill();
    killChrome = null;
  }
  writeResults(join(BENCH_DIR, 'results.json'), {
    lighthouse: { date: new Date().toISOString(), profile: 'mobile (mặc định của Lighthouse 12.2.3)', targets: TARGETS, budgetsMs: { totalBlockingTime: TBT_BUDGET_MS, largestContentfulPaint: LCP_BUDGET_MS }, pages: summary },
  });
  console.log(`\n${failed === 0 ? '✓ Đạt mọi mục tiêu Lighthouse.' : `✗ ${failed} điểm chưa đạt mục tiêu.`} Báo cáo: bench/lighthouse/`);
}

async function shutdown(code: number): Promise<never> {
  killChrome?.();
  await server?.stop();
  process.exit(code);
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => void shutdown(130));

main().then(
  () => shutdown(0),
  (error: unknown) => {
    console.error('✗', error instanceof Error ? error.message : error);
    return shutdown(1);
  },
);
