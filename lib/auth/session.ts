import 'server-only';
import { and, eq, lt, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { sessions, units, users } from '@/db/schema';
import type { Auth } from './auth';
import { SESSION_ABSOLUTE_SECONDS, SESSION_IDLE_SECONDS, SESSION_TOUCH_SECONDS } from './cookie-policy';
import { storedSessionToken } from './hashed-session-tokens';
import type { SessionUser } from '../domain/actor';

export interface ResolvedSession {
  user: SessionUser;
  sessionId: string;
}

/**
 * The session behind the request's cookie, or null. better-auth checks the cookie's signature and the
 * idle expiry; here the absolute expiry and the account's state are enforced, and the idle clock moves.
 */
export async function resolveSession(db: Db, auth: Auth, headers: Headers, now = new Date()): Promise<ResolvedSession | null> {
  const found = await auth.api.getSession({ headers, query: { disableRefresh: true } }).catch(() => null);
  if (!found) return null;
  const { session } = found;
  if (session.createdAt.getTime() + SESSION_ABSOLUTE_SECONDS * 1000 <= now.getTime()) {
    await db.delete(sessions).where(eq(sessions.id, session.id));
    return null;
  }
  const [row] = await db
    .select({
      id: users.id,
      name: users.name,
      email: users.email,
      role: users.role,
      active: users.active,
      unitId: users.unitId,
      unitName: units.name,
      scopeTree: users.scopeTree,
      scopeCode: users.scopeCode,
    })
    .from(users)
    .leftJoin(units, eq(units.id, users.unitId))
    .where(eq(users.id, session.userId));
  if (!row || !row.active) {
    await db.delete(sessions).where(eq(sessions.userId, session.userId));
    return null;
  }
  if (session.updatedAt.getTime() + SESSION_TOUCH_SECONDS * 1000 <= now.getTime()) {
    await db
      .update(sessions)
      .set({ updatedAt: now, expiresAt: new Date(now.getTime() + SESSION_IDLE_SECONDS * 1000) })
      .where(eq(sessions.id, session.id));
  }
  return {
    sessionId: session.id,
    user: {
      id: row.id,
      name: row.name,
      email: row.email,
      role: row.role,
      unitId: row.unitId,
      unitName: row.unitName,
      scope: row.scopeTree && row.scopeCode ? { tree: row.scopeTree, code: row.scopeCode } : null,
    },
  };
}

/** Signs every session of a user out at once (deactivation, password change or reset). */
export async function revokeUserSessions(db: Pick<Db, 'delete'>, userId: string, exceptSessionId?: string): Promise<void> {
  await db.delete(sessions).where(exceptSessionId ? and(eq(sessions.userId, userId), sql`${sessions.id} <> ${exceptSessionId}`) : eq(sessions.userId, userId));
}

export async function deleteSessionByToken(db: Db, token: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.token, storedSessionToken(token)));
}

/** Housekeeping: sessions whose idle expiry has passed. */
export async function deleteExpiredSessions(db: Db, now = new Date()): Promise<void> {
  await db.delete(sessions).where(lt(sessions.expiresAt, now));
}
