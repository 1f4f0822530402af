import { describe, expect, it } from 'vitest';
import { createPublicDataCache } from '@/lib/cache/public-data-cache';
import { readEnv } from '@/lib/env';
import { estimateBytes } from '@/lib/cache/weigh';

describe('the public data cache', () => {
  it('is bounded by the bytes it holds, not only by how many entries', async () => {
    const cache = createPublicDataCache(1);
    const big = () => Array.from({ length: 2000 }, (_, i) => ({ slug: `dien-hinh-${i}`, title: 'Mô hình “Ngân hàng bò” giúp hộ nghèo'.repeat(4), year: 2024 }));
    for (let i = 0; i < 20; i++) await cache.get(`page-${i}`, async () => big());
    expect(cache.weight).toBeLessThanOrEqual(1024 * 1024);
    expect(cache.weight).toBeGreaterThan(0);
    expect(cache.size).toBeLessThan(20);
    // The newest stays: eviction takes the least recently used first.
    expect(cache.peek('page-19')).toBeDefined();
    expect(cache.peek('page-0')).toBeUndefined();
  });

  it('has a byte bound by default', () => {
    expect(readEnv({ NODE_ENV: 'production' }).PUBLIC_DATA_CACHE_MB).toBe(64);
    expect(() => readEnv({ NODE_ENV: 'production', PUBLIC_DATA_CACHE_MB: '0' })).toThrow(/PUBLIC_DATA_CACHE_MB/);
  });
});

describe('estimateBytes', () => {
  it('counts strings, numbers, dates, nested objects, maps and buffers, and survives cycles', () => {
    expect(estimateBytes('abcd')).toBeGreaterThanOrEqual(8);
    expect(estimateBytes({ a: 'x'.repeat(1000) })).toBeGreaterThan(2000);
    expect(estimateBytes([new Date(), 1, true, null])).toBeGreaterThan(0);
    expect(estimateBytes(new Map([['k', 'v'.repeat(500)]]))).toBeGreaterThan(1000);
    expect(estimateBytes(Buffer.alloc(4096))).toBeGreaterThanOrEqual(4096);
    const cyclic: Record<string, unknown> = { name: 'vòng' };
    cyclic.self = cyclic;
    expect(estimateBytes(cyclic)).toBeGreaterThan(0);
  });
});
