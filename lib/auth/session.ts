import 'server-only';
import type { Db } from '@/db/client';
import { deleteSession, deleteUserSessions, findSessionUser, touchSession } from '@/db/queries/sessions';
import type { Auth } from './auth';
import { SESSION_ABSOLUTE_SECONDS, SESSION_IDLE_SECONDS, SESSION_TOUCH_SECONDS } from './cookie-policy';
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
    await deleteSession(db, { id: session.id });
    return null;
  }
  const row = await findSessionUser(db, { userId: session.userId });
  if (!row || !row.active) {
    await deleteUserSessions(db, { userId: session.userId });
    return null;
  }
  if (session.updatedAt.getTime() + SESSION_TOUCH_SECONDS * 1000 <= now.getTime()) {
    await touchSession(db, { id: session.id, now, expiresAt: new Date(now.getTime() + SESSION_IDLE_SECONDS * 1000) });
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
      reviewLead: row.reviewLead,
    },
  };
}

/** Signs every session of a user out at once (deactivation, password change or reset). */
export async function revokeUserSessions(db: Pick<Db, 'delete'>, userId: string, exceptSessionId?: string): Promise<void> {
  await deleteUserSessions(db, { userId, exceptSessionId });
}
