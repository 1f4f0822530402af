import { inArray, sql } from 'drizzle-orm';
import type { Db } from '../client';
import { loginThrottles } from '../schema';

export interface ThrottleRule {
  /** Failures counted within this many seconds of the first one. */
  windowSeconds: number;
  /** The failure that locks the key. */
  lockAfter: number;
  lockSeconds: number;
}

export interface ThrottleState {
  key: string;
  failures: number;
  lockedUntil: Date | null;
}

/** Current counters for the keys (missing keys have none); a window that has passed counts as zero. */
export async function readThrottles(db: Db, keys: string[], windowSeconds: number): Promise<ThrottleState[]> {
  if (keys.length === 0) return [];
  const rows = await db
    .select({
      key: loginThrottles.key,
      failures: sql<number>`case when ${loginThrottles.windowStartedAt} < now() - make_interval(secs => ${windowSeconds}) then 0 else ${loginThrottles.failures} end`,
      lockedUntil: sql<Date | null>`case when ${loginThrottles.lockedUntil} > now() then ${loginThrottles.lockedUntil} end`,
    })
    .from(loginThrottles)
    .where(inArray(loginThrottles.key, keys));
  return rows.map((r) => ({ key: r.key, failures: Number(r.failures), lockedUntil: r.lockedUntil ? new Date(r.lockedUntil) : null }));
}

/** Counts one failure atomically (concurrent attempts from several processes all count). */
export async function recordFailure(db: Db, key: string, rule: ThrottleRule): Promise<ThrottleState> {
  const stale = sql`login_throttles.window_started_at < now() - make_interval(secs => ${rule.windowSeconds})`;
  const next = sql`case when ${stale} then 1 else login_throttles.failures + 1 end`;
  const [row] = await db
    .insert(loginThrottles)
    .values({ key, failures: 1, lockedUntil: rule.lockAfter <= 1 ? sql`now() + make_interval(secs => ${rule.lockSeconds})` : null })
    .onConflictDoUpdate({
      target: loginThrottles.key,
      set: {
        failures: next,
        windowStartedAt: sql`case when ${stale} then now() else login_throttles.window_started_at end`,
        lockedUntil: sql`case when ${next} >= ${rule.lockAfter} then now() + make_interval(secs => ${rule.lockSeconds}) else login_throttles.locked_until end`,
        updatedAt: sql`now()`,
      },
    })
    .returning({ key: loginThrottles.key, failures: loginThrottles.failures, lockedUntil: loginThrottles.lockedUntil });
  if (!row) throw new Error('throttle upsert returned no row');
  return { key: row.key, failures: row.failures, lockedUntil: row.lockedUntil };
}

export async function clearThrottle(db: Db, key: string): Promise<void> {
  await db.delete(loginThrottles).where(sql`${loginThrottles.key} = ${key}`);
}
