// npm run bench -- [--duration 10] [--connections 20] [--db | --http | --long-tail] [--samples 200] [--case-seconds 60] [--seed 20] [--strict]
// HTTP phase: the production server (scripts/server.ts) on the bench database, autocannon per public route,
// then the long tail (a new URL for every request, drawn from the whole data set; --seed) and the pages' weights.
// DB phase: the app's query functions timed directly, with EXPLAIN plans in bench/plans/.
// Both phases by default; --db runs only the database phase, --http only the HTTP one, --long-tail only the
// static reference and the long-tail rows (and the page weights).
import { join, relative } from 'node:path';
import postgres from 'postgres';
import { checkConnection, createDatabase } from '../../db/client';
import { runMigrations } from '../../db/migrate';
import { DEFAULT_PAGE_CACHE_MB } from '../../lib/env';
import { benchDatabaseUrl, describeUrl, hasFlag, readIntFlag } from './args';
import { runDbPhase } from './db-phase';
import { measureLongTail } from './longtail-rows';
import { measureRoute, routesFor, type RouteResult } from './load';
import { pickParams, pickStaticReference } from './params';
import { countData, describeMachine, printRouteTable, printWeights, writeResults, type MachineInfo } from './report';
import { assertProductionBuild, findFreePort, residentMemory, startServer, type RunningServer } from './server';
import { checkHttpTargets, printChecks, type TargetCheck } from './targets';
import { measurePageWeights } from './weights';

// BENCH_OUT_DIR lets a smoke run (CI) write elsewhere than the committed results.
const OUT_DIR = process.env.BENCH_OUT_DIR || join(process.cwd(), 'bench');
const RESULTS_FILE = join(OUT_DIR, 'results.json');
const PLANS_DIR = join(OUT_DIR, 'plans');

let server: RunningServer | null = null;

/**
 * As `npm start` does before serving: the bench measures the schema the code expects. Then fresh
 * statistics and visibility map (as the seed leaves them), so that a migration that rewrote a table
 * (0008 adds a stored column) does not leave the planner guessing and two runs on the same data agree.
 */
async function prepareDatabase(url: string): Promise<void> {
  const database = createDatabase({ databaseUrl: url, poolSize: 1 });
  try {
    await checkConnection(database, url);
    await runMigrations(database);
    // One statement each: VACUUM refuses to run inside the implicit transaction of a multi-statement query.
    for (const table of ['nominations', 'attachments', 'admin_units', 'admin_unit_mappings']) await database.exec(`VACUUM (ANALYZE) ${table}`);
  } finally {
    await database.close();
  }
}

async function httpPhase(url: string, options: { durationSec: number; connections: number; seed: number; longTailOnly: boolean }) {
  assertProductionBuild();
  const port = await findFreePort();
  const sql = postgres(url, { max: 2, onnotice: () => {} });
  try {
    const params = await pickParams(sql);
    console.log(`› Máy chủ (scripts/server.ts) trên cổng ${port} (CSDL ${describeUrl(url)})…`);
    server = await startServer({ port, env: { DATABASE_URL: url, PORT: String(port), SITE_URL: `http://localhost:${port}` } });
    const reference = await pickStaticReference(server.baseUrl);
    const allRoutes = routesFor({ referencePath: reference.path, ...params });
    // --long-tail: the reference and the long tail only, to compare settings (workers) in a few minutes.
    const routes = options.longTailOnly ? allRoutes.filter((r) => r.kind === 'reference') : allRoutes;
    console.log(`› ${routes.length} tuyến, ${options.connections} kết nối, ${options.durationSec} s mỗi tuyến; cụm từ tìm “${params.phrase}” (${params.phraseMatches} điển hình khớp).`);
    const results: RouteResult[] = [];
    for (const route of routes) {
      const result = await measureRoute(server.baseUrl, route, options);
      results.push(result);
      const outcome = result.state === 'measured' ? `${result.requestsPerSec} req/s, p99 ${result.p99Ms} ms` : result.state === 'missing' ? 'chưa có (404)' : `lỗi: ${result.failure}`;
      console.log(`  ${route.name}: ${outcome}`);
    }
    const longTail = await measureLongTail(sql, server.baseUrl, { ...options, onRow: (line) => console.log(`  ${line}`) });
    results.push(...longTail.routes);
    const referenceRate = results[0]!.requestsPerSec;
    for (const r of results) if (r.state === 'measured' && referenceRate > 0) r.ratioToReference = Math.round((r.requestsPerSec / referenceRate) * 1000) / 1000;
    // All workers and their children, after the long tail has filled their caches.
    const memory = residentMemory(server.pid);
    const weights = await measurePageWeights(server.baseUrl, [
      { name: 'trang chủ', path: '/' },
      { name: 'danh sách', path: '/examples' },
      { name: 'trang điển hình', path: `/examples/${params.slug}` },
      { name: 'trang xã', path: allRoutes.find((r) => r.name === 'trang xã')!.path },
      { name: 'thống kê', path: '/stats' },
    ]);
    return {
      params,
      // What the server ran as: worker processes (scripts/serve.ts) and the page cache's size per process.
      serverSettings: { webConcurrency: process.env.WEB_CONCURRENCY ?? '(mặc định: một mỗi lõi)', pageCacheMb: process.env.PAGE_CACHE_MB ?? String(DEFAULT_PAGE_CACHE_MB) },
      reference,
      longTail: longTail.summary,
      routes: results,
      pageWeights: weights,
      serverRss: memory,
      checks: checkHttpTargets(results, memory.totalMb),
    };
  } finally {
    await server?.stop();
    server = null;
    await sql.end({ timeout: 5 });
  }
}

async function main(): Promise<number> {
  const argv = process.argv.slice(2);
  const durationSec = readIntFlag(argv, 'duration', 10, 1, 600);
  const connections = readIntFlag(argv, 'connections', 20, 1, 1000);
  // A short run is a smoke test (CI): fewer database samples unless asked for.
  const samples = readIntFlag(argv, 'samples', durationSec >= 10 ? 200 : 50, 5, 10_000);
  const caseSeconds = readIntFlag(argv, 'case-seconds', 60, 5, 3600);
  const onlyDb = hasFlag(argv, 'db');
  const longTailOnly = hasFlag(argv, 'long-tail');
  const onlyHttp = hasFlag(argv, 'http') || longTailOnly;
  const seed = readIntFlag(argv, 'seed', 20, 1, 2 ** 31 - 1);
  const url = benchDatabaseUrl();
  await prepareDatabase(url);
  const sql = postgres(url, { max: 1, onnotice: () => {}, connect_timeout: 10 });
  const started = new Date();
  const run: Record<string, unknown> = {};
  const checks: TargetCheck[] = [];
  try {
    run.machine = await describeMachine(sql);
    run.data = await countData(sql);
  } finally {
    await sql.end({ timeout: 5 });
  }
  const memory = (run.machine as MachineInfo).postgresMemory;
  console.log(`› CSDL ${describeUrl(url)}: ${JSON.stringify(run.data)}; shared_buffers ${memory.sharedBuffers}, work_mem ${memory.workMem}`);

  if (!onlyDb) {
    const http = await httpPhase(url, { durationSec, connections, seed, longTailOnly });
    console.log('');
    printRouteTable(http.routes);
    console.log('');
    printWeights(http.pageWeights);
    console.log(`\nRSS máy chủ sau khi đo: ${http.serverRss.totalMb} MB (${http.serverRss.processes.map((p) => `${p.name} ${p.rssMb}`).join(', ')})`);
    run.http = { date: started.toISOString(), durationSec, connections, ...http };
    checks.push(...http.checks);
    // Saved now: an interrupted database phase must not lose the HTTP figures.
    writeResults(RESULTS_FILE, { ...run, date: started.toISOString() });
  }
  if (!onlyHttp) {
    console.log(`\n› Truy vấn CSDL trực tiếp (${samples} bộ tham số mỗi truy vấn), kế hoạch thực thi ở bench/plans/`);
    const db = await runDbPhase({ url, samples, plansDir: PLANS_DIR, caseSeconds });
    run.db = { date: new Date().toISOString(), samples, caseSeconds, queries: db.results.map((r) => ({ ...r, planFile: r.planFile.replace(`${process.cwd()}/`, '') })), checks: db.checks };
    checks.push(...db.checks);
  }
  run.date = started.toISOString();
  writeResults(RESULTS_FILE, run);
  console.log('\nMục tiêu:');
  printChecks(checks);
  const failed = checks.filter((c) => !c.ok).length;
  console.log(`\n${failed === 0 ? '✓ Đạt mọi mục tiêu.' : `✗ ${failed}/${checks.length} mục tiêu chưa đạt.`} Kết quả: ${relative(process.cwd(), RESULTS_FILE) || RESULTS_FILE}`);
  return failed > 0 && hasFlag(argv, 'strict') ? 1 : 0;
}

// Ctrl-C or a kill: stop the server first, then leave.
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    console.error(`\n✗ Dừng (${signal}); tắt máy chủ…`);
    void (server?.stop() ?? Promise.resolve()).finally(() => process.exit(130));
  });
}

main().then(
  (code) => process.exit(code),
  async (error: unknown) => {
    await server?.stop();
    console.error('✗', error instanceof Error ? error.message : error);
    if (error instanceof Error && process.env.DEBUG) console.error(error.stack);
    process.exit(1);
  },
);
