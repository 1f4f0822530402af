import 'server-only';
import { getDb } from '@/db/index';
import { listReaderFiguresOf } from '@/db/queries/reader-figures';
import { MemoCache } from '@/lib/cache/memo-cache';
import { NO_READER_FIGURES, type ReaderFigures } from '@/lib/domain/outreach';

/**
 * Views and ratings change with every reader, so they stay out of the public data cache and never move the
 * public data version (which would empty the page cache with every view). They are read through this short
 * cache instead: a figure shown may be up to a minute older than the database, plus the page cache's five
 * minutes, plus the view counter's 30-second flush. A rating drops its example's entry in this process, so
 * the rater's next fresh render shows it; a flood of ratings costs one query per render, never the page cache.
 */
export const READER_FIGURES_MAX_AGE_MS = 60_000;

const holder = globalThis as unknown as { __guongSangReaderFigures?: MemoCache };
holder.__guongSangReaderFigures ??= new MemoCache({ maxEntries: 5000, maxAgeMs: READER_FIGURES_MAX_AGE_MS });
const cache = holder.__guongSangReaderFigures;

/** The figures of one example. */
export async function readerFiguresFor(id: string): Promise<ReaderFigures> {
  return cache.get(`example:${id}`, async () => (await listReaderFiguresOf(getDb(), [id])).get(id) ?? NO_READER_FIGURES);
}

/** The figures of a list of examples (one page of the API), cached as one entry under `key`. */
export async function readerFiguresOf(key: string, ids: readonly string[]): Promise<Map<string, ReaderFigures>> {
  return cache.get(`list:${key}`, () => listReaderFiguresOf(getDb(), ids));
}

/** Another read, shaped by the caller (the most viewed examples of /stats), under the same age limit. */
export function cachedReaderData<T>(key: string, load: () => Promise<T>): Promise<T> {
  return cache.get(`data:${key}`, load);
}

export function forgetReaderFigures(id: string): void {
  cache.delete(`example:${id}`);
}
