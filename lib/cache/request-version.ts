import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * The public data version a request has already read, handed to what it renders next. The page cache reads
 * the version to look a page up; on a miss the page it renders read it again, and again for each part the
 * public data cache keeps (the facets, the area options): three to five primary-key lookups per page where
 * one answers them all. A version is trusted only while the work it was read for runs: withDataVersion
 * forgets it when that work settles, so a timer or a stream started by a request and outliving it reads afresh.
 *
 * One store per process, held on globalThis: the server and the plain pages are separate bundles, each with
 * its own copy of this module.
 */
interface Known {
  version: number | null;
}

const holder = globalThis as unknown as { __guongSangRequestVersion?: AsyncLocalStorage<Known> };
const store = (holder.__guongSangRequestVersion ??= new AsyncLocalStorage<Known>());

/** Runs `work` with `version` known to every public data read it makes, until it settles. */
export async function withDataVersion<T>(version: number, work: () => Promise<T>): Promise<T> {
  const known: Known = { version };
  try {
    return await store.run(known, work);
  } finally {
    known.version = null;
  }
}

/** The version the current request read, while the work it was read for runs; null otherwise. */
export function knownDataVersion(): number | null {
  return store.getStore()?.version ?? null;
}
