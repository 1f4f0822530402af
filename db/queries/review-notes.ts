import { asc, eq } from 'drizzle-orm';
import type { Db } from '../client';
import { reviewNotes, users } from '../schema';

export async function insertReviewNote(db: Db, { nominationId, authorId, body }: { nominationId: string; authorId: string; body: string }) {
  await db.insert(reviewNotes).values({ nominationId, authorId, body });
}

/** Reviewers' private notes on a nomination, oldest first, with who wrote them. */
export async function listReviewNotes(db: Db, nominationId: string) {
  return db
    .select({ id: reviewNotes.id, body: reviewNotes.body, at: reviewNotes.createdAt, authorName: users.name })
    .from(reviewNotes)
    .innerJoin(users, eq(users.id, reviewNotes.authorId))
    .where(eq(reviewNotes.nominationId, nominationId))
    .orderBy(asc(reviewNotes.createdAt));
}
