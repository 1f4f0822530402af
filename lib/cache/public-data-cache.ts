import 'server-only';
import { MemoCache } from '@/lib/cache/memo-cache';
import { estimateBytes } from '@/lib/cache/weigh';
import { readEnv } from '@/lib/env';
import type { Db } from '@/db/client';
import { getDb } from '@/db/index';
import { readPublicDataVersion } from '@/db/queries/public-data';
import { knownDataVersion, withDataVersion } from './request-version';

export type PublicDataLoader = <T>(key: string, load: (db: Db) => Promise<T>) => Promise<T>;

/**
 * Public data (approved examples, their places, totals) cached in this process and keyed by the
 * database's public data version. Reading the version costs one primary-key lookup per request;
 * in exchange a change made through any server, or straight in the database, is seen at once.
 * A request reads it once: the page cache's lookup, or the first of these loads, hands it to the
 * loads within (lib/cache/request-version.ts).
 */
export function createPublicDataLoader(getDatabase: () => Db, cache: MemoCache): PublicDataLoader {
  return async (key, load) => {
    const db = getDatabase();
    const version = knownDataVersion() ?? (await readPublicDataVersion(db));
    return cache.get(`${version}|${key}`, () => withDataVersion(version, () => load(db)));
  };
}

/**
 * Bounded by what the values weigh as well as by their number: one entry may be a list of thousands of
 * examples (a sitemap file), another a single count. The age limit only bounds data that depends on the
 * clock (such as an open nomination window).
 */
export function createPublicDataCache(megabytes: number): MemoCache {
  return new MemoCache({ maxEntries: 2000, maxAgeMs: 10 * 60_000, maxWeight: megabytes * 1024 * 1024, weigh: (value) => estimateBytes(value) });
}

const holder = globalThis as unknown as { __guongSangPublicCache?: MemoCache };
holder.__guongSangPublicCache ??= createPublicDataCache(readEnv().PUBLIC_DATA_CACHE_MB);

export const cachedPublicData: PublicDataLoader = createPublicDataLoader(getDb, holder.__guongSangPublicCache);

/** A stable key for a parameter object: the same filters in any order give the same key. */
export function publicCacheKey(name: string, params: object = {}): string {
  const entries = Object.entries(params)
    .filter(([, value]) => value !== undefined && value !== null && value !== '')
    .sort(([a], [b]) => (a < b ? -1 : 1));
  return `${name}:${JSON.stringify(entries)}`;
}

/** The same cache for a query in db/ that keeps part of its work across requests (FacetMemo). */
export function publicDataMemo<T>(key: string, load: () => Promise<T>): Promise<T> {
  return cachedPublicData(key, () => load());
}
