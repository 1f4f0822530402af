import { and, count, desc, eq, inArray, isNull, lt, sql } from 'drizzle-orm';
import type { Db } from '../client';
import { nominationEvents, nominations, notifications } from '../schema';

// Every query here is filtered by recipient: a notification is only ever its own recipient's business.

export const NOTIFICATION_PAGE_SIZE = 50;

export async function countUnread(db: Db, userId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(notifications)
    .where(and(eq(notifications.recipientId, userId), isNull(notifications.readAt)));
  return Number(row?.n ?? 0);
}

export interface NotificationRow {
  id: number;
  kind: string;
  nominationId: string;
  title: string;
  slug: string;
  comment: string | null;
  createdAt: Date;
  readAt: Date | null;
}

/** Newest first; `beforeId` (the last id of the previous page) pages further back. */
export async function listNotifications(
  db: Db,
  { userId, limit = NOTIFICATION_PAGE_SIZE, beforeId }: { userId: string; limit?: number; beforeId?: number },
): Promise<NotificationRow[]> {
  const conditions = [eq(notifications.recipientId, userId)];
  if (beforeId != null) conditions.push(lt(notifications.id, beforeId));
  return (
    db
      .select({
        id: notifications.id,
        kind: notifications.kind,
        nominationId: notifications.nominationId,
        title: nominations.title,
        slug: nominations.slug,
        comment: nominationEvents.comment,
        createdAt: notifications.createdAt,
        readAt: notifications.readAt,
      })
      .from(notifications)
      .innerJoin(nominations, eq(nominations.id, notifications.nominationId))
      .leftJoin(nominationEvents, eq(nominationEvents.id, notifications.eventId))
      .where(and(...conditions))
      // Ids follow insertion order, which keeps the cursor stable when several share a created_at.
      .orderBy(desc(notifications.id))
      .limit(Math.min(Math.max(Math.trunc(limit), 1), 200))
  );
}

/** Returns how many were newly marked; rows already read keep their first read time. */
export async function markAllRead(db: Db, userId: string): Promise<number> {
  const rows = await db
    .update(notifications)
    .set({ readAt: sql`now()` })
    .where(and(eq(notifications.recipientId, userId), isNull(notifications.readAt)))
    .returning({ id: notifications.id });
  return rows.length;
}

/** Ids of other people's rows are ignored, not an error: the caller only learns about its own. */
export async function markRead(db: Db, { userId, ids }: { userId: string; ids: number[] }): Promise<number> {
  const wanted = ids.filter((id) => Number.isSafeInteger(id) && id > 0);
  if (wanted.length === 0) return 0;
  const rows = await db
    .update(notifications)
    .set({ readAt: sql`now()` })
    .where(and(eq(notifications.recipientId, userId), inArray(notifications.id, wanted), isNull(notifications.readAt)))
    .returning({ id: notifications.id });
  return rows.length;
}
