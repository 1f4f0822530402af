import { describe, expect, it } from 'vitest';
import { planWorkers } from '@/lib/net/worker-count';

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
