import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { measureUrlStream } from '@/scripts/bench/load';

// A stand-in for the page cache: the first answer for a URL is a miss, every later one a hit.
let server: Server;
let baseUrl: string;
const answered = new Map<string, number>();

beforeAll(async () => {
  server = createServer((req, res) => {
    const times = answered.get(req.url!) ?? 0;
    answered.set(req.url!, times + 1);
    res.setHeader('x-gs-cache', times > 0 ? 'hit' : 'miss');
    res.end('ok');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('a long-tail row under load', () => {
  it('counts the answers the page cache gave, of all answers', async () => {
    // Three URLs dealt in turn: after the first round every answer is a hit.
    let i = 0;
    const next = () => `/p/${i++ % 3}`;
    const row = { name: 'test', path: '/p/…', kind: 'longtail' as const };
    const result = await measureUrlStream(baseUrl, row, next, 3, { connections: 2, durationSec: 1 });
    expect(result.state).toBe('measured');
    expect(result.urls).toMatchObject({ distinct: 3, pool: 3 });
    const { hits, answers } = result.cacheHits!;
    expect(answers).toBe(result.requests);
    expect(answers).toBeGreaterThan(10);
    // The probe before the run and the first round of the run are the only misses.
    const misses = [...answered.values()].length;
    expect(hits).toBeGreaterThanOrEqual(answers - misses);
    expect(hits).toBeLessThan(answers);
  });
});
