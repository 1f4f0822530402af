/**
 * A small in-process cache: least-recently-used eviction, an age limit, and one shared load for
 * concurrent misses (a burst of visitors to a cold page costs one set of queries, not twenty).
 * Failed loads are not kept.
 */
export interface MemoCacheOptions {
  maxEntries: number;
  maxAgeMs: number;
  now?: () => number;
  /** With `weigh`, stored values may weigh this much in all (bytes, say); the oldest go first. */
  maxWeight?: number;
  weigh?: (value: unknown) => number;
}

interface Entry<T> {
  value: Promise<T>;
  storedAt: number;
  weight: number;
}

export class MemoCache {
  private readonly entries = new Map<string, Entry<unknown>>();
  private readonly now: () => number;
  private totalWeight = 0;

  constructor(private readonly options: MemoCacheOptions) {
    this.now = options.now ?? Date.now;
  }

  get size(): number {
    return this.entries.size;
  }

  /** The weight of the loaded values now stored (0 without `weigh`). */
  get weight(): number {
    return this.totalWeight;
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
    const entry: Entry<T> = { value, storedAt: this.now(), weight: 0 };
    this.remove(key);
    this.entries.set(key, entry);
    this.evict();
    value.then(
      (loaded) => {
        const { weigh } = this.options;
        if (!weigh || this.entries.get(key) !== entry) return;
        entry.weight = weigh(loaded);
        this.totalWeight += entry.weight;
        this.evict();
      },
      () => {
        if (this.entries.get(key) === entry) this.remove(key);
      },
    );
    return value;
  }

  /** The stored value, without loading it when missing or expired. */
  peek<T>(key: string): Promise<T> | undefined {
    const hit = this.entries.get(key);
    if (!hit || this.now() - hit.storedAt > this.options.maxAgeMs) return undefined;
    this.entries.delete(key);
    this.entries.set(key, hit);
    return hit.value as Promise<T>;
  }

  /** Stores a value made elsewhere (streamed to a client while it was being collected, say). */
  set<T>(key: string, value: T): void {
    this.remove(key);
    void this.get(key, () => Promise.resolve(value));
  }

  delete(key: string): void {
    this.remove(key);
  }

  clear(): void {
    this.entries.clear();
    this.totalWeight = 0;
  }

  private remove(key: string): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.totalWeight -= entry.weight;
    this.entries.delete(key);
  }

  private evict(): void {
    const maxWeight = this.options.maxWeight ?? Infinity;
    while (this.entries.size > this.options.maxEntries || (this.totalWeight > maxWeight && this.entries.size > 0)) {
      this.remove(this.entries.keys().next().value as string);
    }
  }
}
