import { describe, expect, it } from 'vitest';
import { MemoCache } from '@/lib/cache/memo-cache';
import { createPublicDataLoader } from '@/lib/cache/public-data-cache';
import { knownDataVersion, withDataVersion } from '@/lib/cache/request-version';
import type { Db } from '@/db/client';

/** A database whose only table is the version row: it counts the reads. */
function versionDb(version: () => number) {
  const db = {
    reads: 0,
    select: () => ({ from: () => ({ where: async () => (db.reads++, [{ version: version() }]) }) }),
  };
  return db;
}

const cache = () => new MemoCache({ maxEntries: 100, maxAgeMs: 60_000 });

describe('the version a request has read', () => {
  it('is known to the work it was read for, through its awaits, and forgotten once that work settles', async () => {
    expect(knownDataVersion()).toBeNull();
    let later: Promise<number | null> = Promise.resolve(0);
    const inside = await withDataVersion(5, async () => {
      await new Promise((resolve) => setTimeout(resolve, 1));
      // Work the request starts and does not wait for: it must not keep a version that may have moved on.
      later = new Promise((resolve) => setTimeout(() => resolve(knownDataVersion()), 20));
      return knownDataVersion();
    });
    expect(inside).toBe(5);
    expect(await later).toBeNull();
    expect(knownDataVersion()).toBeNull();
  });

  it('keeps two requests apart', async () => {
    const seen = await Promise.all(
      [1, 2].map((v) =>
        withDataVersion(v, async () => {
          await new Promise((resolve) => setTimeout(resolve, 3 - v));
          return knownDataVersion();
        }),
      ),
    );
    expect(seen).toEqual([1, 2]);
  });
});

describe('the public data loader', () => {
  it('reads the version once for a load and the loads within it', async () => {
    let version = 3;
    const db = versionDb(() => version);
    const load = createPublicDataLoader(() => db as unknown as Db, cache());
    const page = await load('page', async () => {
      const facets = await load('facets', async () => `facets at ${knownDataVersion()}`);
      const options = await load('options', async () => 'options');
      return [facets, options];
    });
    expect(page).toEqual(['facets at 3', 'options']);
    expect(db.reads).toBe(1);
    // The next request reads it again: a change made anywhere is seen at once.
    version = 4;
    expect(await load('facets', async () => `facets at ${knownDataVersion()}`)).toBe('facets at 4');
    expect(db.reads).toBe(2);
  });

  it('takes the version the page cache read instead of reading it', async () => {
    const db = versionDb(() => 9);
    const load = createPublicDataLoader(() => db as unknown as Db, cache());
    expect(await withDataVersion(6, () => load('page', async () => knownDataVersion()))).toBe(6);
    expect(db.reads).toBe(0);
  });
});
