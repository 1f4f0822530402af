import { and, asc, eq, sql } from 'drizzle-orm';
import type { Db, Executor } from '../client';
import { nominationScores, users } from '../schema';

export interface ScoreInput {
  criterionKey: string;
  score: number;
  note: string;
}

/** A reviewer's scores at a level; scoring again replaces their earlier ones. */
export async function saveScores(
  tx: Executor,
  { nominationId, reviewLevel, reviewerId, scores }: { nominationId: string; reviewLevel: number; reviewerId: string; scores: ScoreInput[] },
) {
  if (scores.length === 0) return;
  await tx
    .insert(nominationScores)
    .values(scores.map((s) => ({ nominationId, reviewLevel, reviewerId, ...s })))
    .onConflictDoUpdate({
      target: [nominationScores.nominationId, nominationScores.reviewLevel, nominationScores.criterionKey, nominationScores.reviewerId],
      set: { score: sql`excluded.score`, note: sql`excluded.note`, updatedAt: sql`now()` },
    });
}

/** Every score on a dossier, lowest level first, with who gave it. */
export async function listScores(db: Db, { nominationId }: { nominationId: string }) {
  return db
    .select({
      reviewLevel: nominationScores.reviewLevel,
      criterionKey: nominationScores.criterionKey,
      score: nominationScores.score,
      note: nominationScores.note,
      reviewerId: nominationScores.reviewerId,
      reviewerName: users.name,
      updatedAt: nominationScores.updatedAt,
    })
    .from(nominationScores)
    .innerJoin(users, eq(users.id, nominationScores.reviewerId))
    .where(eq(nominationScores.nominationId, nominationId))
    .orderBy(asc(nominationScores.reviewLevel), asc(users.name), asc(nominationScores.criterionKey));
}

export type ScoreRow = Awaited<ReturnType<typeof listScores>>[number];

/** The criteria a reviewer has scored at a level. */
export async function scoredCriteria(
  db: Executor,
  { nominationId, reviewLevel, reviewerId }: { nominationId: string; reviewLevel: number; reviewerId: string },
) {
  const rows = await db
    .select({ key: nominationScores.criterionKey })
    .from(nominationScores)
    .where(and(eq(nominationScores.nominationId, nominationId), eq(nominationScores.reviewLevel, reviewLevel), eq(nominationScores.reviewerId, reviewerId)));
  return rows.map((r) => r.key);
}
