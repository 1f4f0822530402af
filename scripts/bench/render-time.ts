// npx tsx scripts/bench/render-time.ts --url http://localhost:3400 [--count 300] [--warm 30] [--skip 0] [--pid <server pid>]
// Server time of uncached example pages: one request at a time, each to an example not asked for before,
// so neither the page cache (run the server with PAGE_CACHE_MB=0) nor the public data cache answers.
// Also prints the HTML's size and the JavaScript an example page loads, raw and gzipped (docs/render-profile.md).
// With --pid (a server run with WEB_CONCURRENCY=1), also the server's CPU time per page, which other
// processes on a busy machine disturb less than the wall-clock time. No user agent is sent, so these requests are not counted as views (lib/outreach/view-rules.ts).
import { readFileSync } from 'node:fs';
import { request, Agent } from 'node:http';
import { gzipSync } from 'node:zlib';
import postgres from 'postgres';
import { benchDatabaseUrl, readFlag, readIntFlag } from './args';

const agent = new Agent({ keepAlive: true, maxSockets: 1 });

function get(url: string): Promise<{ status: number; body: Buffer; ms: number }> {
  const started = process.hrtime.bigint();
  return new Promise((resolve, reject) => {
    const req = request(url, { agent, headers: { accept: 'text/html' } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks), ms: Number(process.hrtime.bigint() - started) / 1e6 }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

/** User + system CPU time of a process so far, in ms (Linux: /proc/<pid>/stat, in clock ticks of 10 ms). */
function cpuMs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /, '').split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

function quantile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const base = String(readFlag(argv, 'url') ?? 'http://localhost:3400').replace(/\/$/, '');
  const count = readIntFlag(argv, 'count', 300, 1, 100_000);
  const warm = readIntFlag(argv, 'warm', 30, 0, 10_000);
  // Examples not asked for since the server started miss the public data cache too (a first visit after a change).
  const skip = readIntFlag(argv, 'skip', 0, 0, 10_000_000);
  const pid = readFlag(argv, 'pid') === undefined ? null : readIntFlag(argv, 'pid', 0, 1, 4_194_304);
  const sql = postgres(benchDatabaseUrl(), { max: 1, onnotice: () => {} });
  const slugs = (await sql<{ slug: string }[]>`SELECT slug FROM nominations WHERE status = 'approved' ORDER BY id LIMIT ${warm + count} OFFSET ${skip}`).map((r) => r.slug);
  await sql.end();
  if (slugs.length < warm + count) throw new Error(`Chỉ có ${slugs.length} điển hình đã công nhận; cần ${warm + count}.`);
  for (const slug of slugs.slice(0, warm)) await get(`${base}/examples/${slug}`);
  const times: number[] = [];
  const cpuBefore = pid ? cpuMs(pid) : 0;
  let last: Buffer | null = null;
  for (const slug of slugs.slice(warm)) {
    const { status, body, ms } = await get(`${base}/examples/${slug}`);
    if (status !== 200) throw new Error(`/examples/${slug} trả về ${status}`);
    times.push(ms);
    last = body;
  }
  const cpuPerPage = pid ? (cpuMs(pid) - cpuBefore) / times.length : null;
  times.sort((a, b) => a - b);
  const mean = times.reduce((a, b) => a + b, 0) / times.length;
  console.log(`${times.length} example pages, one at a time: median ${quantile(times, 0.5).toFixed(1)} ms, p90 ${quantile(times, 0.9).toFixed(1)} ms, mean ${mean.toFixed(1)} ms${cpuPerPage === null ? '' : `; server CPU ${cpuPerPage.toFixed(1)} ms a page`}`);
  const html = last!.toString('utf8');
  const flight = [...html.matchAll(/self\.__next_f\.push\((\[.*?\])\)<\/script>/gs)].reduce((n, m) => n + m[1]!.length, 0);
  console.log(`HTML ${kb(last!.length)} (gzip ${kb(gzipSync(last!).length)}), of which inline RSC payload ${kb(flight)}`);
  const scripts = [...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1]!);
  let raw = 0;
  let gz = 0;
  for (const src of new Set(scripts)) {
    const { body } = await get(new URL(src, base).toString());
    raw += body.length;
    gz += gzipSync(body).length;
  }
  console.log(`JavaScript: ${new Set(scripts).size} scripts, ${kb(raw)} (gzip ${kb(gz)})`);
  agent.destroy();
}

main().catch((error: unknown) => {
  console.error('✗', error instanceof Error ? error.message : error);
  process.exit(1);
});
