import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createExportGate, exportGate, EXPORT_LIMITS } from '@/lib/examples/export-gate';
import { createTestDatabase, type TestDatabase } from '../support/database';

const { setDatabase } = await import('@/db/index');
const csvRoute = await import('@/app/api/v1/examples.csv/route');
const jsonRoute = await import('@/app/api/v1/examples.json/route');

function streamOf(chunks: string[]): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(encoder.encode(chunk));
      controller.close();
    },
  });
}

describe('the export gate', () => {
  it('admits a number of requests a minute per address, then says when to come back', () => {
    const gate = createExportGate({ perMinute: 3, concurrent: 1, maxFileBytes: 100, cacheBytes: 1000 });
    let now = 1_000_000;
    gate.now = () => now;
    expect([gate.admit('a'), gate.admit('a'), gate.admit('a')].every((r) => r.ok)).toBe(true);
    now += 20_000;
    expect(gate.admit('a')).toEqual({ ok: false, retryAfterSeconds: 40 });
    expect(gate.admit('b').ok).toBe(true);
    now += 40_001;
    expect(gate.admit('a').ok).toBe(true);
  });

  it('makes a bounded number of files at once, and keeps each finished one that is small enough', async () => {
    const gate = createExportGate({ perMinute: 10, concurrent: 1, maxFileBytes: 10, cacheBytes: 1000 });
    const first = gate.make('small', streamOf(['abc', 'def']))!;
    expect(gate.make('other', streamOf(['x']))).toBeNull();
    expect(await new Response(first).text()).toBe('abcdef');
    expect(Buffer.from((await gate.cached('small'))!).toString()).toBe('abcdef');
    const big = gate.make('big', streamOf(['0123456789', 'abc']))!;
    expect(await new Response(big).text()).toBe('0123456789abc');
    expect(gate.cached('big')).toBeUndefined();
    // A download abandoned half-way frees its place too.
    const abandoned = gate.make('gone', streamOf(['a', 'b']))!;
    await abandoned.cancel();
    expect(gate.running).toBe(0);
  });

  it('uses limits inside what one process can afford', () => {
    expect(EXPORT_LIMITS.concurrent).toBeLessThanOrEqual(4);
    expect(EXPORT_LIMITS.cacheBytes).toBeLessThanOrEqual(128 * 1024 * 1024);
  });
});

describe('the export routes', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase({ seeded: true });
    setDatabase(database);
  });
  afterAll(async () => {
    setDatabase(undefined);
    await database.dispose();
  });

  const get = (route: typeof csvRoute, query: string, address: string, headers: Record<string, string> = {}) =>
    route.GET(new Request(`http://localhost/api/v1/examples.x?${query}`, { headers: { 'x-forwarded-for': address, ...headers } }));

  it('make a file once per selection and data version, then serve it from memory or answer 304', async () => {
    const first = await get(csvRoute, 'district=691', '198.51.100.30');
    expect(first.status).toBe(200);
    expect(first.headers.get('x-gs-export-cache')).toBe('miss');
    const body = await first.text();
    const again = await get(csvRoute, 'district=691', '198.51.100.30');
    expect(again.headers.get('x-gs-export-cache')).toBe('hit');
    expect(await again.text()).toBe(body);
    const etag = again.headers.get('etag')!;
    const unchanged = await get(csvRoute, 'district=691', '198.51.100.30', { 'if-none-match': etag });
    expect(unchanged.status).toBe(304);
    // Another format or another selection is another file (each read to the end, as a client would).
    for (const other of [await get(jsonRoute, 'district=691', '198.51.100.30'), await get(csvRoute, 'district=691&year=2024', '198.51.100.30')]) {
      expect(other.headers.get('x-gs-export-cache')).toBe('miss');
      await other.text();
    }
    // A public change moves the data version: the next download is made afresh and shows it.
    await database.exec(
      `UPDATE nominations SET title = title || ' (đã sửa)' WHERE id = (SELECT id FROM nominations WHERE status = 'approved' AND district_code = '691' LIMIT 1)`,
    );
    const fresh = await get(csvRoute, 'district=691', '198.51.100.31');
    expect(fresh.headers.get('x-gs-export-cache')).toBe('miss');
    expect(fresh.headers.get('etag')).not.toBe(etag);
    expect(await fresh.text()).toContain('(đã sửa)');
    const stale = await get(csvRoute, 'district=691', '198.51.100.31', { 'if-none-match': etag });
    expect(stale.status).toBe(200);
    await stale.text();
  });

  it('refuse an address that asks too often, with a Vietnamese message and when to retry', async () => {
    const now = Date.now();
    exportGate.now = () => now;
    try {
      for (let i = 0; i < EXPORT_LIMITS.perMinute; i++) {
        const res = await get(csvRoute, '', '198.51.100.40');
        expect(res.status).toBe(200);
        await res.text();
      }
      const refused = await get(jsonRoute, '', '198.51.100.40');
      expect(refused.status).toBe(429);
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(((await refused.json()) as { error: { message: string } }).error.message).toMatch(/thử lại sau \d+ giây/);
      expect((await get(csvRoute, '', '198.51.100.41')).status).toBe(200);
    } finally {
      exportGate.now = () => Date.now();
    }
  });
});
