import { and, eq, lt, ne } from 'drizzle-orm';
import type { Db } from '../client';
import { sessions, units, users } from '../schema';

/** The account behind a session, with what a permission check needs; null when it is gone. */
export async function findSessionUser(db: Db, { userId }: { userId: string }) {
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
      reviewLead: users.reviewLead,
    })
    .from(users)
    .leftJoin(units, eq(units.id, users.unitId))
    .where(eq(users.id, userId));
  return row ?? null;
}

export async function deleteSession(db: Db, { id }: { id: string }): Promise<void> {
  await db.delete(sessions).where(eq(sessions.id, id));
}

/** Every session of a user (or all but one), e.g. on deactivation or a password change. */
export async function deleteUserSessions(db: Pick<Db, 'delete'>, { userId, exceptSessionId }: { userId: string; exceptSessionId?: string }): Promise<void> {
  await db.delete(sessions).where(exceptSessionId ? and(eq(sessions.userId, userId), ne(sessions.id, exceptSessionId)) : eq(sessions.userId, userId));
}

/** Moves the idle expiry forward. */
export async function touchSession(db: Db, { id, now, expiresAt }: { id: string; now: Date; expiresAt: Date }): Promise<void> {
  await db.update(sessions).set({ updatedAt: now, expiresAt }).where(eq(sessions.id, id));
}

/** Housekeeping: sessions past their idle expiry, or older than the absolute one. Returns how many went. */
export async function deleteExpiredSessions(db: Db, { now, createdBefore }: { now: Date; createdBefore: Date }): Promise<number> {
  const expired = await db.delete(sessions).where(lt(sessions.expiresAt, now)).returning({ id: sessions.id });
  const tooOld = await db.delete(sessions).where(lt(sessions.createdAt, createdBefore)).returning({ id: sessions.id });
  return expired.length + tooOld.length;
}
