import { describe, expect, it } from 'vitest';
import { MemoCache } from '@/lib/cache/memo-cache';

function counter() {
  let calls = 0;
  return {
    load: async () => ++calls,
    get calls() {
      return calls;
    },
  };
}

describe('MemoCache', () => {
  it('loads once per key and serves the stored value afterwards', async () => {
    const cache = new MemoCache({ maxEntries: 10, maxAgeMs: 1000 });
    const c = counter();
    expect(await cache.get('a', c.load)).toBe(1);
    expect(await cache.get('a', c.load)).toBe(1);
    expect(await cache.get('b', c.load)).toBe(2);
    expect(c.calls).toBe(2);
  });

  it('shares one load between concurrent misses', async () => {
    const cache = new MemoCache({ maxEntries: 10, maxAgeMs: 1000 });
    let calls = 0;
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const load = async () => {
      calls++;
      await gate;
      return 'value';
    };
    const all = Promise.all(Array.from({ length: 20 }, () => cache.get('k', load)));
    release();
    expect(await all).toEqual(Array(20).fill('value'));
    expect(calls).toBe(1);
  });

  it('evicts the least recently used key beyond its size', async () => {
    const cache = new MemoCache({ maxEntries: 2, maxAgeMs: 1000 });
    const c = counter();
    await cache.get('a', c.load);
    await cache.get('b', c.load);
    await cache.get('a', c.load); // a is now the most recent
    await cache.get('c', c.load); // evicts b
    expect(cache.size).toBe(2);
    await cache.get('a', c.load);
    expect(c.calls).toBe(3);
    await cache.get('b', c.load);
    expect(c.calls).toBe(4);
  });

  it('reloads after the age limit', async () => {
    let now = 0;
    const cache = new MemoCache({ maxEntries: 10, maxAgeMs: 100, now: () => now });
    const c = counter();
    await cache.get('a', c.load);
    now = 100;
    await cache.get('a', c.load);
    expect(c.calls).toBe(1);
    now = 101;
    expect(await cache.get('a', c.load)).toBe(2);
  });

  it('does not keep a failed load', async () => {
    const cache = new MemoCache({ maxEntries: 10, maxAgeMs: 1000 });
    await expect(cache.get('a', async () => Promise.reject(new Error('database down')))).rejects.toThrow('database down');
    expect(await cache.get('a', async () => 'recovered')).toBe('recovered');
  });
});
