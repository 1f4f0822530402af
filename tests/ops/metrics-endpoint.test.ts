import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '@/lib/ops/logger';
import { createMetricsEndpoint } from '@/lib/ops/metrics-endpoint';
import { getMetrics, setOutboxBacklogProvider } from '@/lib/ops/metrics';
import { createRequestLog } from '@/lib/ops/request-log';
import { CACHE_STATUS_HEADER } from '@/lib/public-page-cache/front';

const TOKEN = 'a-scraper-token-of-some-length';
const logLines: string[] = [];
const logger = createLogger({
  level: 'debug',
  destination: new Writable({
    write(chunk: Buffer, _encoding, done) {
      logLines.push(...chunk.toString().split('\n').filter(Boolean));
      done();
    },
  }),
});

// The same order as scripts/server.ts: the request log, then /metrics, then the app (here a stand-in).
const requestLog = createRequestLog({ logger, internal: (req) => req.headers['x-own'] === 'yes' });
const metrics = createMetricsEndpoint({ token: TOKEN });
let server: Server;
let base: string;
beforeAll(async () => {
  server = createServer((req, res) => {
    requestLog(req, res);
    if (metrics(req, res)) return;
    if (req.url?.startsWith('/examples/cached')) res.setHeader(CACHE_STATUS_HEADER, 'hit');
    res.writeHead(req.url?.startsWith('/missing') ? 404 : 200, { 'Content-Type': 'text/plain' });
    res.end(`seen id ${String(req.headers['x-request-id'])}`);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  setOutboxBacklogProvider(null);
  await new Promise((resolve) => server.close(resolve));
});

/** The handler alone, with a socket address no real connection in a test can have. */
function ask(peer: string, headers: Record<string, string> = {}, { url = '/metrics', method = 'GET' } = {}): Promise<{ status: number; body: string }> {
  return new Promise((resolve) => {
    let status = 0;
    const res = {
      writeHead(code: number) {
        status = code;
        return res;
      },
      end(body?: string) {
        resolve({ status, body: body ?? '' });
      },
    } as unknown as ServerResponse;
    const req = { url, method, headers, socket: { remoteAddress: peer } } as unknown as IncomingMessage;
    if (!metrics(req, res)) resolve({ status: -1, body: '' });
  });
}

/**
 * Every sample line of a scrape, as name{labels} → value; throws on a line Prometheus could not parse
 * (whose float parser takes NaN and Inf in any case: prom-client writes "Nan").
 */
function parse(text: string): Map<string, number> {
  const samples = new Map<string, number>();
  for (const line of text.split('\n')) {
    if (line === '' || line.startsWith('# HELP ') || line.startsWith('# TYPE ')) continue;
    const match = /^([a-zA-Z_:][a-zA-Z0-9_:]*(?:\{(?:[a-zA-Z_][a-zA-Z0-9_]*="(?:[^"\\]|\\.)*",?)*\})?) (-?[0-9.e+-]+|[+-]?Inf|NaN)$/i.exec(line);
    if (!match) throw new Error(`not Prometheus text format: ${line}`);
    samples.set(match[1]!, Number(match[2]));
  }
  return samples;
}

async function scrape(): Promise<Map<string, number>> {
  const response = await fetch(`${base}/metrics`);
  expect(response.status).toBe(200);
  return parse(await response.text());
}

describe('/metrics', () => {
  it('answers loopback in the Prometheus text format, with the app’s metrics described', async () => {
    const response = await fetch(`${base}/metrics`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const text = await response.text();
    for (const name of [
      'gs_http_request_duration_seconds',
      'gs_page_cache_requests_total',
      'gs_db_statement_timeouts_total',
      'gs_upload_stored_bytes',
      'gs_db_pool_max',
      'gs_db_queries_in_flight',
      'gs_outbox_backlog',
      'process_resident_memory_bytes',
    ])
      expect(text).toContain(`# TYPE ${name} `);
    expect(parse(text).size).toBeGreaterThan(10);
  });

  it('is a 404 to another address, to a request a proxy passed on, and to a wrong or missing token', async () => {
    expect((await ask('203.0.113.7')).status).toBe(404);
    expect((await ask('::ffff:198.51.100.2')).status).toBe(404);
    expect((await ask('203.0.113.7', { authorization: 'Bearer not-the-token-at-all!!' })).status).toBe(404);
    expect((await ask('203.0.113.7', { authorization: `Bearer ${TOKEN}x` })).status).toBe(404);
    expect((await ask('203.0.113.7', { authorization: `Basic ${TOKEN}` })).status).toBe(404);
    // Through a reverse proxy on the same machine the socket is loopback; the visitor is not.
    const proxied = await fetch(`${base}/metrics`, { headers: { 'X-Forwarded-For': '203.0.113.7' } });
    expect(proxied.status).toBe(404);
    expect(await proxied.text()).not.toContain('gs_');
    expect((await ask('127.0.0.1', { forwarded: 'for=203.0.113.7' })).status).toBe(404);
    // Claiming loopback in a header is not being there.
    expect((await ask('203.0.113.7', { 'x-forwarded-for': '127.0.0.1' })).status).toBe(404);
    expect((await ask('127.0.0.1', {}, { method: 'POST' })).status).toBe(404);
  });

  it('answers loopback (IPv4, IPv6, mapped) and the right bearer token from anywhere', async () => {
    for (const peer of ['127.0.0.1', '127.8.9.10', '::1', '::ffff:127.0.0.1']) expect((await ask(peer)).status).toBe(200);
    const remote = await ask('203.0.113.7', { authorization: `Bearer ${TOKEN}` });
    expect(remote.status).toBe(200);
    expect(remote.body).toContain('gs_http_request_duration_seconds');
    expect((await ask('203.0.113.7', { authorization: `bearer  ${TOKEN} ` })).status).toBe(200);
  });

  it('without a configured token only loopback is answered', async () => {
    const noToken = createMetricsEndpoint({});
    const req = {
      url: '/metrics',
      method: 'GET',
      headers: { authorization: 'Bearer undefined' },
      socket: { remoteAddress: '203.0.113.7' },
    } as unknown as IncomingMessage;
    let status = 0;
    const res = { writeHead: (code: number) => ((status = code), res), end: () => {} } as unknown as ServerResponse;
    expect(noToken(req, res)).toBe(true);
    expect(status).toBe(404);
  });

  it('leaves every other path to the app, /metricsfoo and /metrics/x included', async () => {
    expect((await ask('127.0.0.1', {}, { url: '/metricsfoo' })).status).toBe(-1);
    expect((await ask('127.0.0.1', {}, { url: '/metrics/x' })).status).toBe(-1);
    expect((await ask('127.0.0.1', {}, { url: '/metrics?x=1' })).status).toBe(200);
  });

  it('counts requests by route group and status class, and page cache hits', async () => {
    const key = (route: string, status: string) => `gs_http_request_duration_seconds_count{route="${route}",status="${status}"}`;
    const before = await scrape();
    await fetch(`${base}/examples?q=nguyen`);
    await fetch(`${base}/examples/cached-slug`);
    await fetch(`${base}/examples/cached-slug`);
    await fetch(`${base}/missing/thing`);
    await fetch(`${base}/nominations/00000000-0000-4000-8000-000000000000`, { headers: { 'x-own': 'yes' } });
    const after = await scrape();
    const moved = (name: string) => (after.get(name) ?? 0) - (before.get(name) ?? 0);
    expect(moved(key('search', '2xx'))).toBe(1);
    expect(moved(key('example', '2xx'))).toBe(2);
    expect(moved(key('other', '4xx'))).toBe(1);
    expect(moved('gs_page_cache_requests_total{result="hit"}')).toBe(2);
    // The server's own requests (the page cache filling itself) are not measured twice.
    expect(moved(key('workspace', '2xx'))).toBe(0);
    // A scrape is a request too, counted when it ends: the first one shows in the second.
    expect(moved(key('metrics', '2xx'))).toBeGreaterThanOrEqual(1);
  });

  it('reads the outbox backlog from the registered provider at each scrape, and has none without one', async () => {
    const backlog = 'gs_outbox_backlog{outbox="email"}';
    const hasBacklog = (samples: Map<string, number>) => [...samples.keys()].some((k) => k.startsWith('gs_outbox_backlog'));
    expect(hasBacklog(await scrape())).toBe(false);
    let waiting = 7;
    setOutboxBacklogProvider(() => waiting);
    expect((await scrape()).get(backlog)).toBe(7);
    waiting = 0;
    expect((await scrape()).get(backlog)).toBe(0);
    setOutboxBacklogProvider(() => Promise.reject(new Error('table missing')));
    expect(hasBacklog(await scrape())).toBe(false);
    setOutboxBacklogProvider(async () => 12);
    expect((await scrape()).get(backlog)).toBe(12);
    setOutboxBacklogProvider(null);
    expect(hasBacklog(await scrape())).toBe(false);
  });

  it('reads the pool and the statement timeouts from the app’s database at each scrape', async () => {
    const holder = globalThis as { __guongSangDb?: unknown };
    const saved = holder.__guongSangDb;
    const before = (await scrape()).get('gs_db_statement_timeouts_total') ?? 0;
    try {
      let usage = { poolMax: 10, inFlight: 4, statementTimeouts: 2 };
      holder.__guongSangDb = { usage: () => usage };
      let samples = await scrape();
      expect(samples.get('gs_db_pool_max')).toBe(10);
      expect(samples.get('gs_db_queries_in_flight')).toBe(4);
      expect(samples.get('gs_db_statement_timeouts_total')).toBe(2);
      usage = { poolMax: 10, inFlight: 0, statementTimeouts: 5 };
      samples = await scrape();
      expect(samples.get('gs_db_queries_in_flight')).toBe(0);
      expect(samples.get('gs_db_statement_timeouts_total')).toBe(5);
      // A reopened database counts from 0 again: the counter resets rather than going down by 5.
      usage = { poolMax: 1, inFlight: 0, statementTimeouts: 1 };
      expect((await scrape()).get('gs_db_statement_timeouts_total')).toBe(1);
    } finally {
      holder.__guongSangDb = saved;
    }
    expect(before).toBe(0);
  });

  it('is one registry per process, whoever asks first', () => {
    expect(getMetrics()).toBe(getMetrics());
    expect((globalThis as { __guongSangMetrics?: unknown }).__guongSangMetrics).toBe(getMetrics());
  });
});

describe('request ids and the request log', () => {
  const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
  const lineFor = (id: string) => logLines.map((l) => JSON.parse(l) as Record<string, unknown>).find((l) => l.reqId === id);

  it('gives each request a new id, returned as X-Request-Id and handed to the app', async () => {
    const a = await fetch(`${base}/`);
    const b = await fetch(`${base}/`);
    const id = a.headers.get('x-request-id')!;
    expect(id).toMatch(uuid);
    expect(b.headers.get('x-request-id')).not.toBe(id);
    expect(await a.text()).toBe(`seen id ${id}`);
  });

  it('keeps a short safe incoming id and replaces anything else', async () => {
    const kept = await fetch(`${base}/`, { headers: { 'X-Request-Id': 'lb-7f3a.2:abc_D' } });
    expect(kept.headers.get('x-request-id')).toBe('lb-7f3a.2:abc_D');
    for (const bad of ['has space', 'a"b', 'x'.repeat(65), '<script>', 'ý']) {
      const replaced = await fetch(`${base}/`, { headers: { 'X-Request-Id': encodeURI(bad) === bad ? bad : encodeURI(bad) } });
      expect(replaced.headers.get('x-request-id')).toMatch(uuid);
    }
  });

  it('logs one JSON line per request with method, route group, status, duration, cache and id — no query, cookie or token', async () => {
    const response = await fetch(`${base}/examples?q=0912345678&email=${encodeURIComponent('rieng@example.vn')}`, {
      headers: { Cookie: 'session=cookie-value-secret', Authorization: 'Bearer header-token-secret' },
    });
    const id = response.headers.get('x-request-id')!;
    await response.text();
    await new Promise((resolve) => setTimeout(resolve, 50));
    const line = lineFor(id);
    expect(line).toMatchObject({ level: 'info', msg: 'request', method: 'GET', route: 'search', status: 200, cache: null, reqId: id });
    expect(typeof line!.ms).toBe('number');
    expect(typeof line!.time).toBe('string');
    const all = logLines.join('\n');
    for (const secret of ['0912345678', 'rieng@example.vn', 'rieng%40example.vn', 'cookie-value-secret', 'header-token-secret', '/examples?'])
      expect(all).not.toContain(secret);

    const hit = await fetch(`${base}/examples/cached-slug`);
    await hit.text();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(lineFor(hit.headers.get('x-request-id')!)).toMatchObject({ route: 'example', cache: 'hit' });
  });

  it('logs the server’s own requests at debug, marked internal', async () => {
    const own = await fetch(`${base}/`, { headers: { 'x-own': 'yes' } });
    await own.text();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(lineFor(own.headers.get('x-request-id')!)).toMatchObject({ level: 'debug', internal: true });
  });
});
