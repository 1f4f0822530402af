/**
 * A small in-process cache: least-recently-used eviction, an age limit, and one shared load for
 * concurrent misses (a burst of visitors to a cold page costs one set of queries, not twenty).
 * Failed loads are not kept.
 */
export interface MemoCacheOptions {
  maxEntries: number;
  maxAgeMs: number;
  now?: () => number;
}

interface Entry<T> {
  value: Promise<T>;
  storedAt: number;
}

export class MemoCache {
  private readonly entries = new Map<string, Entry<unknown>>();
  private readonly now: () => number;

  constructor(private readonly options: MemoCacheOptions) {
    this.now = options.now ?? Date.now;
  }

  get size(): number {
    return this.entries.size;
  }

  async get<T>(key: string, load: () => Promise<T>): Promise<T> {
    const hit = this.entries.get(key);
    if (hit && this.now() - hit.storedAt <= this.options.maxAgeMs) {
      // Re-inserting moves the key to the end: Map keeps insertion order, so the first key is the oldest.
      this.entries.delete(key);
      this.entries.set(key, hit);
      return hit.value as Promise<T>;
    }
    const value = load();
    const entry: Entry<T> = { value, storedAt: this.now() };
    this.entries.delete(key);
    this.entries.set(key, entry);
    this.evict();
    value.catch(() => {
      if (this.entries.get(key) === entry) this.entries.delete(key);
    });
    return value;
  }

  clear(): void {
    this.entries.clear();
  }

  private evict(): void {
    while (this.entries.size > this.options.maxEntries) {
      const oldest = this.entries.keys().next().value as string;
      this.entries.delete(oldest);
    }
  }
}
