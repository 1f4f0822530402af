import { createHmac, randomBytes } from 'node:crypto';
import { todayInVietnam } from '../domain/dates';
import type { ViewCount } from '../domain/outreach';

// No `server-only` here: scripts/server.ts counts views in front of Next, outside its bundle.

export interface ViewCounterOptions {
  /** Writes one batch (db/queries/view-counts.ts); a failure keeps the batch for the next flush. */
  write: (counts: ViewCount[]) => Promise<void>;
  now?: () => number;
  /** The same visitor on the same page within this long counts once. */
  dedupeMs?: number;
  /** Visitors remembered for the dedupe; the oldest are forgotten first. */
  maxVisitors?: number;
  /** Distinct (example, day) pairs held before a flush is started early. */
  maxPending?: number;
  salt?: () => Buffer;
}

export const VIEW_DEDUPE_MS = 30 * 60_000;
export const VIEW_FLUSH_INTERVAL_MS = 30_000;

/**
 * Counts example page views in memory and writes them in batches: a thousand visits cost one upsert, not
 * a thousand. Who visited is never stored: a reload within 30 minutes is recognised by a keyed hash of
 * address, user agent and page, whose key is random, held only in this process and replaced every day
 * (when the remembered visitors are dropped too, so nobody is traceable from one day to the next).
 */
export class ViewCounter {
  private readonly options: Required<Omit<ViewCounterOptions, 'write'>> & Pick<ViewCounterOptions, 'write'>;
  /** Dedupe key → when the view was counted; Map order is counting order, so the oldest come first. */
  private readonly visitors = new Map<string, number>();
  private pending = new Map<string, ViewCount>();
  private saltDay = '';
  private salt: Buffer = Buffer.alloc(0);
  private chain: Promise<void> = Promise.resolve();

  constructor(options: ViewCounterOptions) {
    this.options = {
      now: Date.now,
      dedupeMs: VIEW_DEDUPE_MS,
      maxVisitors: 50_000,
      maxPending: 10_000,
      salt: () => randomBytes(32),
      ...options,
    };
  }

  /** Views waiting for the next flush. */
  get pendingViews(): number {
    let sum = 0;
    for (const count of this.pending.values()) sum += count.views;
    return sum;
  }

  /** Counts a view of the example page `slug` unless the same visitor was counted there within the window. */
  record({ slug, address, userAgent }: { slug: string; address: string | null; userAgent: string }): boolean {
    const now = this.options.now();
    const day = todayInVietnam(new Date(now));
    if (day !== this.saltDay) {
      this.saltDay = day;
      this.salt = this.options.salt();
      this.visitors.clear();
    }
    this.forgetBefore(now - this.options.dedupeMs);
    const key = createHmac('sha256', this.salt)
      .update(`${address ?? ''}\n${userAgent}\n${slug}`)
      .digest('base64url')
      .slice(0, 22);
    if (this.visitors.has(key)) return false;
    this.visitors.set(key, now);
    while (this.visitors.size > this.options.maxVisitors) this.visitors.delete(this.visitors.keys().next().value as string);

    const pendingKey = `${slug}|${day}`;
    const count = this.pending.get(pendingKey);
    if (count) count.views++;
    else this.pending.set(pendingKey, { slug, day, views: 1 });
    if (this.pending.size >= this.options.maxPending) void this.flush().catch(() => {});
    return true;
  }

  /**
   * Writes what was counted since the last flush, in one batch. Flushes run one after another; a failed
   * write (the database not open yet, say) puts its counts back, to be written with the next batch.
   */
  flush(): Promise<void> {
    const run = this.chain.then(() => this.writePending());
    this.chain = run.catch(() => {});
    return run;
  }

  private async writePending(): Promise<void> {
    if (this.pending.size === 0) return;
    const batch = this.pending;
    this.pending = new Map();
    try {
      await this.options.write([...batch.values()]);
    } catch (error) {
      for (const [key, count] of batch) {
        const newer = this.pending.get(key);
        if (newer) newer.views += count.views;
        else this.pending.set(key, count);
      }
      throw error;
    }
  }

  private forgetBefore(cutoff: number): void {
    for (const [key, at] of this.visitors) {
      if (at > cutoff) return;
      this.visitors.delete(key);
    }
  }
}
