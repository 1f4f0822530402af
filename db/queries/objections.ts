import { and, asc, count, eq, gte, sql } from 'drizzle-orm';
import type { ObjectionStatus } from '@/lib/domain/notice';
import type { Db, Executor } from '../client';
import { noticeObjections, users } from '../schema';

export interface ObjectionInsert {
  nominationId: string;
  authorName: string;
  contact: string;
  content: string;
  addressHash: string | null;
}

export async function insertObjection(db: Executor, values: ObjectionInsert): Promise<{ id: string }> {
  const [row] = await db.insert(noticeObjections).values(values).returning({ id: noticeObjections.id });
  return { id: row!.id };
}

/** How many opinions one address sent since a moment, for the rate limit. */
export async function countObjectionsFromAddress(db: Db, { addressHash, since }: { addressHash: string; since: Date }): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(noticeObjections)
    .where(and(eq(noticeObjections.addressHash, addressHash), gte(noticeObjections.createdAt, since)));
  return row?.n ?? 0;
}

/** The opinions on a dossier, oldest first, contact included: for the deciding level's reviewers only. */
export async function listObjections(db: Db, { nominationId }: { nominationId: string }) {
  return db
    .select({
      id: noticeObjections.id,
      authorName: noticeObjections.authorName,
      contact: noticeObjections.contact,
      content: noticeObjections.content,
      status: noticeObjections.status,
      handlingNote: noticeObjections.handlingNote,
      handledAt: noticeObjections.handledAt,
      handledByName: users.name,
      createdAt: noticeObjections.createdAt,
    })
    .from(noticeObjections)
    .leftJoin(users, eq(users.id, noticeObjections.handledBy))
    .where(eq(noticeObjections.nominationId, nominationId))
    .orderBy(asc(noticeObjections.createdAt));
}

export type ObjectionRow = Awaited<ReturnType<typeof listObjections>>[number];

/** Counts by status, for the approval check and the history line. */
export async function countObjections(db: Executor, { nominationId }: { nominationId: string }): Promise<Record<ObjectionStatus, number>> {
  const rows = await db
    .select({ status: noticeObjections.status, n: count() })
    .from(noticeObjections)
    .where(eq(noticeObjections.nominationId, nominationId))
    .groupBy(noticeObjections.status);
  const counts: Record<ObjectionStatus, number> = { open: 0, founded: 0, unfounded: 0 };
  for (const r of rows) counts[r.status] = r.n;
  return counts;
}

export async function getObjection(db: Executor, { id }: { id: string }) {
  const [row] = await db
    .select({ id: noticeObjections.id, nominationId: noticeObjections.nominationId, status: noticeObjections.status })
    .from(noticeObjections)
    .where(eq(noticeObjections.id, id));
  return row ?? null;
}

/** Records how a reviewer judged an opinion; a judged one may be judged again (the note says why). */
export async function markObjection(
  db: Executor,
  { id, status, note, reviewerId }: { id: string; status: Exclude<ObjectionStatus, 'open'>; note: string; reviewerId: string },
): Promise<void> {
  await db
    .update(noticeObjections)
    .set({ status, handlingNote: note, handledBy: reviewerId, handledAt: sql`now()` })
    .where(eq(noticeObjections.id, id));
}
