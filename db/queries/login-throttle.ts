import { and, eq, inArray, isNull, lt, or } from 'drizzle-orm';
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
  lastSuccessAt: Date | null;
}

const windowPassed = (windowStartedAt: Date, windowSeconds: number, now: Date) => windowStartedAt.getTime() < now.getTime() - windowSeconds * 1000;

/** Current counters for the keys (missing keys have none); a window that has passed counts as zero. */
export async function readLoginThrottles(db: Db, { keys, windowSeconds, now }: { keys: string[]; windowSeconds: number; now: Date }): Promise<ThrottleState[]> {
  if (keys.length === 0) return [];
  const rows = await db
    .select({
      key: loginThrottles.key,
      failures: loginThrottles.failures,
      windowStartedAt: loginThrottles.windowStartedAt,
      lockedUntil: loginThrottles.lockedUntil,
      lastSuccessAt: loginThrottles.lastSuccessAt,
    })
    .from(loginThrottles)
    .where(inArray(loginThrottles.key, keys));
  return rows.map((r) => ({
    key: r.key,
    failures: windowPassed(r.windowStartedAt, windowSeconds, now) ? 0 : r.failures,
    lockedUntil: r.lockedUntil && r.lockedUntil > now ? r.lockedUntil : null,
    lastSuccessAt: r.lastSuccessAt,
  }));
}

type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

/** The key's row, created if missing, locked until the transaction ends (concurrent attempts queue here). */
async function lockRow(tx: Tx, key: string, now: Date) {
  await tx.insert(loginThrottles).values({ key, failures: 0, windowStartedAt: now, updatedAt: now }).onConflictDoNothing();
  const [row] = await tx.select().from(loginThrottles).where(eq(loginThrottles.key, key)).for('update');
  if (!row) throw new Error('throttle row vanished');
  return row;
}

/** Counts one failure (every process's attempts count) and locks the key at `rule.lockAfter`. */
export async function recordLoginFailure(db: Db, { key, rule, now }: { key: string; rule: ThrottleRule; now: Date }): Promise<ThrottleState> {
  return db.transaction(async (tx) => {
    const row = await lockRow(tx, key, now);
    const fresh = windowPassed(row.windowStartedAt, rule.windowSeconds, now);
    const failures = (fresh ? 0 : row.failures) + 1;
    const lockedUntil = failures >= rule.lockAfter ? new Date(now.getTime() + rule.lockSeconds * 1000) : row.lockedUntil;
    await tx
      .update(loginThrottles)
      .set({ failures, windowStartedAt: fresh ? now : row.windowStartedAt, lockedUntil, updatedAt: now })
      .where(eq(loginThrottles.key, key));
    return { key, failures, lockedUntil: lockedUntil && lockedUntil > now ? lockedUntil : null, lastSuccessAt: row.lastSuccessAt };
  });
}

/** A successful sign-in from this pair: its failures are forgiven and the pair is remembered. */
export async function recordLoginSuccess(db: Db, { key, now }: { key: string; now: Date }): Promise<void> {
  await db
    .insert(loginThrottles)
    .values({ key, failures: 0, windowStartedAt: now, lastSuccessAt: now, updatedAt: now })
    .onConflictDoUpdate({ target: loginThrottles.key, set: { failures: 0, windowStartedAt: now, lockedUntil: null, lastSuccessAt: now, updatedAt: now } });
}

export interface ReservedAttempt {
  /** How long the attempt must wait for its turn. */
  waitMs: number;
  /** Password checks counted on the key in its window, this one included. */
  checks: number;
}

/**
 * Books the next turn of the key's queue of password checks: turns are `spacingMs(checks)` apart, so
 * attempts sent at once are spread out instead of checked together. Null, booking nothing, when the turn
 * would be more than `maxWaitMs` away.
 */
export async function reserveLoginAttempt(
  db: Db,
  {
    key,
    now,
    windowSeconds,
    maxWaitMs,
    spacingMs,
  }: { key: string; now: Date; windowSeconds: number; maxWaitMs: number; spacingMs: (checks: number) => number },
): Promise<ReservedAttempt | null> {
  return db.transaction(async (tx) => {
    const row = await lockRow(tx, key, now);
    const turn = Math.max(row.nextAttemptAt?.getTime() ?? 0, now.getTime());
    const waitMs = turn - now.getTime();
    if (waitMs > maxWaitMs) return null;
    const fresh = windowPassed(row.windowStartedAt, windowSeconds, now);
    const checks = (fresh ? 0 : row.failures) + 1;
    await tx
      .update(loginThrottles)
      .set({ failures: checks, windowStartedAt: fresh ? now : row.windowStartedAt, nextAttemptAt: new Date(turn + spacingMs(checks)), updatedAt: now })
      .where(eq(loginThrottles.key, key));
    return { waitMs, checks };
  });
}

/** Starts the key's count again (the account's owner signed in); turns already booked keep their place. */
export async function resetLoginChecks(db: Db, { key, now }: { key: string; now: Date }): Promise<void> {
  await db.update(loginThrottles).set({ failures: 0, windowStartedAt: now, updatedAt: now }).where(eq(loginThrottles.key, key));
}

/**
 * Housekeeping: rows untouched for `idleSeconds` whose lock has passed, except pairs that signed in
 * successfully within `rememberSeconds`. Returns how many went.
 */
export async function purgeLoginThrottles(
  db: Db,
  { now, idleSeconds, rememberSeconds }: { now: Date; idleSeconds: number; rememberSeconds: number },
): Promise<number> {
  const deleted = await db
    .delete(loginThrottles)
    .where(
      and(
        lt(loginThrottles.updatedAt, new Date(now.getTime() - idleSeconds * 1000)),
        or(isNull(loginThrottles.lockedUntil), lt(loginThrottles.lockedUntil, now)),
        or(isNull(loginThrottles.lastSuccessAt), lt(loginThrottles.lastSuccessAt, new Date(now.getTime() - rememberSeconds * 1000))),
      ),
    )
    .returning({ key: loginThrottles.key });
  return deleted.length;
}
