// The bare database queries behind the routes: p50/p95 over varied parameters, and their plans.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { drizzle } from 'drizzle-orm/postgres-js';
import { keepPlans } from '../../db/kept-plans';
import postgres from 'postgres';
import type { Db } from '../../db/client';
import * as schema from '../../db/schema';
import { dbCases, loadParamSets, type DbCase } from './db-cases';
import { checkDbTarget, type DbQueryClass, type TargetCheck } from './targets';

export interface DbCaseResult {
  name: string;
  queryClass: DbQueryClass;
  example: string;
  samples: number;
  p50Ms: number;
  p95Ms: number;
  maxMs: number;
  statements: number;
  usesIndexOnNominations: boolean;
  seqScanOnNominations: boolean;
  /** False when the answer comes from elsewhere (the facet summary table of migration 0011). */
  readsNominations: boolean;
  planFile: string;
  /** Fewer samples than asked because the case ran out of its time budget. */
  cutShort: boolean;
  failure?: string;
}

export function percentile(sorted: number[], q: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}

const round = (ms: number) => Math.round(ms * 100) / 100;
const INDEX_ON_NOMINATIONS = /(Index|Index Only) Scan using \S+ on nominations\b|Bitmap Index Scan on nominations_/;
const SEQ_ON_NOMINATIONS = /Seq Scan on nominations\b/;
const READS_NOMINATIONS = /\bon nominations\b|on nominations_/;

async function explainCase(client: postgres.Sql, db: Db, c: DbCase, captured: { query: string; params: unknown[] }[], file: string) {
  captured.length = 0;
  await c.run(db, 0);
  const statements = [...captured];
  captured.length = 0;
  let text = `# ${c.name} (${c.queryClass}) — ${c.describe(0)}\n# EXPLAIN (ANALYZE, BUFFERS) of every statement the query function ran.\n`;
  for (const [i, s] of statements.entries()) {
    const rows = await client.unsafe(`EXPLAIN (ANALYZE, BUFFERS) ${s.query}`, s.params as postgres.ParameterOrJSON<never>[]);
    const plan = rows.map((r) => String(Object.values(r)[0])).join('\n');
    text += `\n## statement ${i + 1}\n${s.query}\n-- params: ${JSON.stringify(s.params)}\n\n${plan}\n`;
  }
  writeFileSync(file, text);
  return {
    statements: statements.length,
    usesIndexOnNominations: INDEX_ON_NOMINATIONS.test(text),
    seqScanOnNominations: SEQ_ON_NOMINATIONS.test(text),
    readsNominations: READS_NOMINATIONS.test(text),
  };
}

export interface DbPhaseOptions {
  url: string;
  samples: number;
  plansDir: string;
  /** Time budget per query case: a pathological query must not hold the bench for hours. */
  caseSeconds: number;
}

async function measureCase(c: DbCase, db: Db, samples: number, budgetMs: number) {
  const started = performance.now();
  // One untimed run first (connections, plan cache); more only when it is quick.
  await c.run(db, 0);
  const first = performance.now() - started;
  // A query slower than half the budget is not warmed up by repeating it: its one run is the figure.
  if (first >= budgetMs / 2) return [first];
  if (first < budgetMs / 10) for (let i = 1; i < 3; i++) await c.run(db, i);
  const times: number[] = [];
  const sampling = performance.now();
  for (let i = 0; i < samples && (i === 0 || performance.now() - sampling < budgetMs); i++) {
    const t0 = performance.now();
    await c.run(db, i);
    times.push(performance.now() - t0);
  }
  return times.sort((a, b) => a - b);
}

/** Drizzle wraps the driver's error ("Failed query: …" with the whole SQL); the cause says what happened. */
function describeFailure(error: unknown): string {
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause : error;
  const text = cause instanceof Error ? cause.message : String(cause);
  return text.length > 200 ? `${text.slice(0, 200)}…` : text;
}

function printCase(r: DbCaseResult): void {
  if (r.failure) {
    console.log(`  ${r.name.padEnd(22)} ✗ ${r.failure}`);
    return;
  }
  const index = !r.readsNominations
    ? 'không đọc nominations'
    : `${r.usesIndexOnNominations ? 'chỉ mục' : 'KHÔNG chỉ mục'}${r.seqScanOnNominations ? ', quét tuần tự nominations' : ''}`;
  const cut = r.cutShort ? ` (hết giờ: ${r.samples} mẫu)` : '';
  console.log(`  ${r.name.padEnd(22)} p50 ${String(r.p50Ms).padStart(9)} ms  p95 ${String(r.p95Ms).padStart(9)} ms  ${index}${cut}`);
}

export async function runDbPhase({ url, samples, plansDir, caseSeconds }: DbPhaseOptions) {
  // The cap also bounds EXPLAIN ANALYZE, which runs the query once more.
  const client = postgres(url, { max: 4, onnotice: () => {}, connection: { statement_timeout: Math.max(caseSeconds, 30) * 2000 } });
  // As the app sends them (db/client.ts): prepared, searches excepted.
  keepPlans(client);
  const captured: { query: string; params: unknown[] }[] = [];
  let capturing = false;
  const db = drizzle(client, {
    schema,
    logger: { logQuery: (query, params) => void (capturing && captured.push({ query, params })) },
  }) as unknown as Db;
  mkdirSync(plansDir, { recursive: true });
  const results: DbCaseResult[] = [];
  const checks: TargetCheck[] = [];
  try {
    const params = await loadParamSets(client, samples);
    for (const c of dbCases(params)) {
      const n = c.varies ? samples : Math.min(samples, 50);
      const planFile = join(plansDir, `${c.name}.txt`);
      const base = { name: c.name, queryClass: c.queryClass, example: c.describe(0), planFile };
      let result: DbCaseResult;
      try {
        const times = await measureCase(c, db, n, caseSeconds * 1000);
        capturing = true;
        const plan = await explainCase(client, db, c, captured, planFile).finally(() => (capturing = false));
        result = {
          ...base,
          samples: times.length,
          p50Ms: round(percentile(times, 0.5)),
          p95Ms: round(percentile(times, 0.95)),
          maxMs: round(times.at(-1) ?? 0),
          cutShort: times.length < n,
          ...plan,
        };
        const check = checkDbTarget(c.name, c.queryClass, result.p95Ms);
        if (check) checks.push(check);
      } catch (error) {
        const failure = describeFailure(error);
        result = { ...base, samples: 0, p50Ms: 0, p95Ms: 0, maxMs: 0, statements: 0, usesIndexOnNominations: false, seqScanOnNominations: false, readsNominations: false, cutShort: true, failure };
        if (c.queryClass !== 'info') checks.push({ target: `CSDL ${c.name}: đo được`, ok: false, actual: failure });
      }
      results.push(result);
      printCase(result);
    }
  } finally {
    await client.end({ timeout: 5 });
  }
  return { results, checks };
}
