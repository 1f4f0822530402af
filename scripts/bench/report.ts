// The machine, the printed table and bench/results.json.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { dirname } from 'node:path';
import type { Sql } from 'postgres';
import { isLongTail, type RouteResult } from './load';
import type { PageWeight } from './weights';

export interface MachineInfo {
  cpuModel: string;
  cores: number;
  memoryGb: number;
  node: string;
  platform: string;
  postgres: string;
  /** The server's memory settings: with the default 128 MB of shared_buffers a large registry is read from the OS cache or disk. */
  postgresMemory: { sharedBuffers: string; workMem: string; effectiveCacheSize: string };
}

export async function describeMachine(sql: Sql): Promise<MachineInfo> {
  const [row] = await sql<{ version: string }[]>`SELECT version()`;
  const setting = async (name: string) => (await sql<{ value: string }[]>`SELECT current_setting(${name}) AS value`)[0]?.value ?? 'unknown';
  return {
    cpuModel: cpus()[0]?.model.trim() ?? 'unknown',
    cores: cpus().length,
    memoryGb: Math.round((totalmem() / 1024 ** 3) * 10) / 10,
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    postgres: row?.version.split(' on ')[0] ?? 'unknown',
    postgresMemory: { sharedBuffers: await setting('shared_buffers'), workMem: await setting('work_mem'), effectiveCacheSize: await setting('effective_cache_size') },
  };
}

export async function countData(sql: Sql) {
  const [row] = await sql<{ approved: number; total: number; synthetic: number }[]>`
    SELECT count(*) FILTER (WHERE status = 'approved')::int AS approved, count(*)::int AS total,
           count(*) FILTER (WHERE is_synthetic)::int AS synthetic FROM nominations`;
  return row!;
}

const num = (n: number, digits = 0) => n.toLocaleString('vi-VN', { maximumFractionDigits: digits, minimumFractionDigits: digits });

/** One plain-text table, columns padded: the reference and the long tail first (the headline), then the cache-hit and render rows. */
export function printRouteTable(rows: RouteResult[]): void {
  const ordered = [...rows.filter((r) => r.kind === 'reference'), ...rows.filter((r) => isLongTail(r.kind)), ...rows.filter((r) => r.kind !== 'reference' && !isLongTail(r.kind))];
  const header = ['tuyến', 'đường dẫn', 'req/s', 'p50 ms', 'p99 ms', 'non-2xx', '4xx/5xx', 'lỗi/quá hạn', '× mốc', 'URL khác nhau', 'từ bộ đệm'];
  const body = ordered.map((r) =>
    r.state !== 'measured'
      ? [r.name, r.path, '—', '—', '—', '—', '—', '—', r.state === 'missing' ? 'chưa có (404)' : `lỗi: ${r.failure ?? ''}`, '', '']
      : [
          r.name,
          r.path.length > 48 ? `${r.path.slice(0, 45)}…` : r.path,
          num(r.requestsPerSec, 1),
          num(r.p50Ms, 1),
          num(r.p99Ms, 1),
          num(r.non2xx),
          num(r.failedResponses),
          `${num(r.errors)}/${num(r.timeouts)}`,
          r.ratioToReference === null ? '—' : num(r.ratioToReference, 3),
          r.urls ? `${num(r.urls.distinct)}/${num(r.urls.drawn)} (kho ${num(r.urls.pool)})` : '1',
          r.cacheHits ? `${num(r.cacheHits.hits)}/${num(r.cacheHits.answers)}` : '',
        ],
  );
  printTable(header, body);
}

function printTable(header: string[], body: string[][]): void {
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((b) => b[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i >= 2 ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join('  ');
  console.log(line(header));
  console.log(widths.map((w) => '─'.repeat(w)).join('  '));
  for (const b of body) console.log(line(b));
}

const kb = (bytes: number) => num(bytes / 1024, 1);

/** HTML and JavaScript weight of the main pages, uncompressed and gzip. */
export function printWeights(weights: PageWeight[]): void {
  printTable(
    ['trang', 'đường dẫn', 'HTML KB', 'HTML gzip KB', 'số script', 'JS KB', 'JS gzip KB'],
    weights.map((w) => [
      w.name,
      w.path.length > 48 ? `${w.path.slice(0, 45)}…` : w.path,
      w.status === 200 ? kb(w.htmlBytes) : `HTTP ${w.status}`,
      kb(w.htmlGzipBytes),
      num(w.scripts),
      kb(w.jsBytes),
      kb(w.jsGzipBytes),
    ]),
  );
}

/** Writes the run; a phase that did not run this time keeps its previous figures (with their own date). */
export function writeResults(file: string, run: Record<string, unknown>): void {
  let previous: Record<string, unknown> = {};
  if (existsSync(file)) {
    try {
      previous = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
    } catch {
      previous = {};
    }
  }
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify({ ...previous, ...run }, null, 2)}\n`);
}
