import type { Db } from '@/db/client';
import { purgeLoginThrottles } from '@/db/queries/login-throttle';
import { deleteExpiredSessions } from '@/db/queries/sessions';
import { SESSION_ABSOLUTE_SECONDS } from './cookie-policy';
import { PAIR_RULE, REMEMBER_PAIR_SECONDS } from './throttle-policy';

// No `server-only` here: scripts/server.ts runs this on a timer, outside Next.

/** Sign-in counters untouched this long, whose lock has passed, are of no more use. */
const THROTTLE_IDLE_SECONDS = Math.max(24 * 60 * 60, PAIR_RULE.windowSeconds, PAIR_RULE.lockSeconds);
export const HOUSEKEEPING_INTERVAL_MS = 60 * 60 * 1000;

/** Removes expired sessions and stale sign-in counters; says how many of each went. */
export async function purgeAuthState(db: Db, now = new Date()): Promise<{ sessions: number; throttles: number }> {
  const sessions = await deleteExpiredSessions(db, { now, createdBefore: new Date(now.getTime() - SESSION_ABSOLUTE_SECONDS * 1000) });
  const throttles = await purgeLoginThrottles(db, { now, idleSeconds: THROTTLE_IDLE_SECONDS, rememberSeconds: REMEMBER_PAIR_SECONDS });
  return { sessions, throttles };
}
