import { and, asc, count, eq, inArray, sql } from 'drizzle-orm';
import { isUuid } from '@/lib/domain/ids';
import type { Db } from '../client';
import { campaignReviewLevels, nominationEvents, nominations, users } from '../schema';
import { recordNotifications, reviewerScopeHoldsNomination } from './notification-recipients';

/**
 * Active reviewers who could take a dossier now: their scope holds it and its kind is that of the level
 * the dossier is at. With how many dossiers each already holds (in review anywhere), for the workload.
 */
export async function listLevelReviewers(db: Db, { nominationId }: { nominationId: string }) {
  if (!isUuid(nominationId)) return [];
  const held = db
    .select({ assignedTo: nominations.assignedTo, n: count().as('n') })
    .from(nominations)
    .where(inArray(nominations.status, ['submitted', 'in_notice']))
    .groupBy(nominations.assignedTo)
    .as('held');
  const rows = await db
    .select({ id: users.id, name: users.name, unitId: users.unitId, workload: sql<number>`coalesce(${held.n}, 0)`.mapWith(Number) })
    .from(nominations)
    .innerJoin(users, and(eq(users.role, 'reviewer'), eq(users.active, true), reviewerScopeHoldsNomination))
    .innerJoin(
      campaignReviewLevels,
      and(
        eq(campaignReviewLevels.campaignId, nominations.campaignId),
        eq(campaignReviewLevels.position, sql`coalesce(${nominations.reviewLevel}, 0)`),
        sql`${campaignReviewLevels.areaKind} = case length(${users.scopeCode}) when 5 then 'commune' when 3 then 'district' when 2 then 'province' end`,
      ),
    )
    .leftJoin(held, eq(held.assignedTo, users.id))
    .where(eq(nominations.id, nominationId))
    .orderBy(asc(users.name));
  return rows;
}

export type LevelReviewer = Awaited<ReturnType<typeof listLevelReviewers>>[number];

/**
 * Gives the dossier to a reviewer (or takes it back, with null), in one transaction: the row is locked,
 * the history records who assigned whom at which level, and the assignee is told. The version does not
 * move: an assignment changes nobody's open form.
 */
export async function assignNomination(db: Db, { nominationId, assigneeId, actorId }: { nominationId: string; assigneeId: string | null; actorId: string }) {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .select({ id: nominations.id, status: nominations.status, reviewLevel: nominations.reviewLevel, assignedTo: nominations.assignedTo })
      .from(nominations)
      .where(eq(nominations.id, nominationId))
      .for('update');
    if (!row) return { ok: false as const };
    if (row.assignedTo === assigneeId) return { ok: true as const, changed: false };
    await tx
      .update(nominations)
      .set({ assignedTo: assigneeId, assignedAt: assigneeId ? sql`now()` : null })
      .where(eq(nominations.id, nominationId));
    const [event] = await tx
      .insert(nominationEvents)
      .values({
        nominationId,
        actorId,
        action: 'assign',
        fromStatus: row.status,
        toStatus: row.status,
        reviewLevel: row.reviewLevel,
        detail: { assignee: assigneeId },
      })
      .returning({ id: nominationEvents.id });
    if (assigneeId) await recordNotifications(tx, { nominationId, eventId: event!.id, kind: 'assigned', actorId });
    return { ok: true as const, changed: true };
  });
}

export async function getUserName(db: Db, { id }: { id: string }): Promise<string | null> {
  const [row] = await db.select({ name: users.name }).from(users).where(eq(users.id, id));
  return row?.name ?? null;
}
