import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { planWorkers, workerEnvironment, workerMemoryFlags } from '@/lib/net/worker-count';

describe('server processes (WEB_CONCURRENCY)', () => {
  const pg = 'postgres://postgres@127.0.0.1:5432/x';

  it('runs one per core on PostgreSQL by default, or the number asked for', () => {
    expect(planWorkers({ DATABASE_URL: pg }, 4)).toEqual({ workers: 4, note: null });
    expect(planWorkers({ DATABASE_URL: pg, WEB_CONCURRENCY: '3' }, 4)).toEqual({ workers: 3, note: null });
    expect(planWorkers({ DATABASE_URL: pg, WEB_CONCURRENCY: ' ' }, 2)).toEqual({ workers: 2, note: null });
  });

  it('always runs one on the embedded database, and says so when more were asked for', () => {
    expect(planWorkers({}, 8)).toEqual({ workers: 1, note: null });
    const plan = planWorkers({ WEB_CONCURRENCY: '4' }, 8);
    expect(plan.workers).toBe(1);
    expect(plan.note).toMatch(/WEB_CONCURRENCY=4 bị bỏ qua/);
  });

  it('refuses a number that is not a count of processes, in Vietnamese', () => {
    for (const bad of ['0', '-1', '2.5', 'many', '65']) {
      expect(() => planWorkers({ DATABASE_URL: pg, WEB_CONCURRENCY: bad }, 2)).toThrow(/WEB_CONCURRENCY phải là số nguyên từ 1 đến 64/);
    }
  });
});

describe('memory of each worker (WORKER_HEAP_MB)', () => {
  const heapLimitMb = (flags: string[]) =>
    Number(execFileSync(process.execPath, [...flags, '-e', 'process.stdout.write(String(require("v8").getHeapStatistics().heap_size_limit))'])) / 2 ** 20;

  it('bounds the heap at 256 MB by default, or as asked, and node takes the flags', () => {
    expect(workerMemoryFlags({})).toEqual(['--max-old-space-size=256', '--max-semi-space-size=8']);
    expect(workerMemoryFlags({ WORKER_HEAP_MB: '512' })[0]).toBe('--max-old-space-size=512');
    // The limit covers the old space and the young generation.
    const limit = heapLimitMb(workerMemoryFlags({}));
    expect(limit).toBeGreaterThanOrEqual(256);
    expect(limit).toBeLessThan(320);
    expect(heapLimitMb([])).toBeGreaterThan(limit);
  });

  it('refuses a size that is not a number of megabytes, in Vietnamese', () => {
    for (const bad of ['0', '64', '1.5', 'lots', '20000']) {
      expect(() => workerMemoryFlags({ WORKER_HEAP_MB: bad })).toThrow(/WORKER_HEAP_MB phải là số nguyên từ 128 đến 16384/);
    }
  });
});

describe("each worker's malloc arenas (MALLOC_ARENA_MAX)", () => {
  it('are two by default, or as the deployment says', () => {
    expect(workerEnvironment({})).toEqual({ MALLOC_ARENA_MAX: '2' });
    expect(workerEnvironment({ MALLOC_ARENA_MAX: ' ' })).toEqual({ MALLOC_ARENA_MAX: '2' });
    expect(workerEnvironment({ MALLOC_ARENA_MAX: '4' })).toEqual({ MALLOC_ARENA_MAX: '4' });
  });
});
