import { and, asc, desc, eq, inArray, max, or, sql, type SQL } from 'drizzle-orm';
import { isUuid } from '@/lib/domain/ids';
import type { SessionUser } from '@/lib/domain/actor';
import type { ModelStatus } from '@/lib/domain/follow-ups';
import type { Executor } from '../client';
import { preparedOnce } from '../prepared';
import { attachments, campaigns, exampleFollowUpReplications, exampleFollowUps, nominations, units, users } from '../schema';
import { reviewScopeCondition } from './nomination-queues';

export type FollowUpRecord = typeof exampleFollowUps.$inferSelect;

export interface FollowUpValues {
  year: number;
  modelStatus: ModelStatus;
  householdsStillOut: number;
  householdsFellBack: number;
  newHouseholds: number;
  note: string;
  replicaIds: string[];
}

export async function findFollowUpOfYear(db: Executor, { nominationId, year }: { nominationId: string; year: number }) {
  const [row] = await db
    .select({ id: exampleFollowUps.id, state: exampleFollowUps.state })
    .from(exampleFollowUps)
    .where(and(eq(exampleFollowUps.nominationId, nominationId), eq(exampleFollowUps.year, year)));
  return row ?? null;
}

export async function getFollowUp(db: Executor, { id }: { id: string }): Promise<FollowUpRecord | null> {
  const [row] = await db.select().from(exampleFollowUps).where(eq(exampleFollowUps.id, id));
  return row ?? null;
}

/**
 * The published examples, other than the one followed up, these references (ids or slugs) name; null
 * when one of them names nothing linkable. Only published examples can be linked as replications.
 */
export async function resolveReplicas(db: Executor, { refs, except }: { refs: string[]; except: string }): Promise<string[] | null> {
  if (refs.length === 0) return [];
  const ids = refs.filter((r) => isUuid(r));
  const slugs = refs.filter((r) => !isUuid(r));
  const rows = await db
    .select({ id: nominations.id, slug: nominations.slug })
    .from(nominations)
    .where(
      and(
        or(ids.length ? inArray(nominations.id, ids) : undefined, slugs.length ? inArray(nominations.slug, slugs) : undefined),
        eq(nominations.status, 'approved'),
        sql`${nominations.id} <> ${except}`,
      ),
    );
  if (!refs.every((r) => rows.some((row) => row.id === r || row.slug === r))) return null;
  return [...new Set(rows.map((r) => r.id))];
}

/** Called from the applier's `record` hook: the row and its links, in the step's transaction. */
export async function insertFollowUp(
  tx: Executor,
  { nominationId, actorId, eventId, values }: { nominationId: string; actorId: string; eventId: number; values: FollowUpValues },
): Promise<string> {
  const { replicaIds, ...rest } = values;
  const [row] = await tx
    .insert(exampleFollowUps)
    .values({ ...rest, nominationId, reportedBy: actorId, filedEventId: eventId })
    .returning({ id: exampleFollowUps.id });
  if (replicaIds.length) await tx.insert(exampleFollowUpReplications).values(replicaIds.map((replicaId) => ({ followUpId: row!.id, replicaId })));
  return row!.id;
}

/** Called from the applier's `record` hook; only a filed follow-up moves, so a second confirmation changes nothing. */
export async function markFollowUpConfirmed(tx: Executor, { id, actorId }: { id: string; actorId: string }): Promise<boolean> {
  const rows = await tx
    .update(exampleFollowUps)
    .set({ state: 'confirmed', confirmedBy: actorId, confirmedAt: sql`now()` })
    .where(and(eq(exampleFollowUps.id, id), eq(exampleFollowUps.state, 'filed')))
    .returning({ id: exampleFollowUps.id });
  return rows.length === 1;
}

/** Every follow-up of an example, newest year first, with who filed and confirmed it (workspace pages). */
export async function listFollowUps(db: Executor, { nominationId, confirmedOnly = false }: { nominationId: string; confirmedOnly?: boolean }) {
  const reporter = sql<string | null>`(select name from ${users} u where u.id = ${exampleFollowUps.reportedBy})`;
  const confirmer = sql<string | null>`(select name from ${users} u where u.id = ${exampleFollowUps.confirmedBy})`;
  const shape = confirmedOnly ? 'confirmed' : 'all';
  const rows = await preparedOnce(db, `follow-ups-${shape}`, (statement) =>
    db
      .select({
        id: exampleFollowUps.id,
        year: exampleFollowUps.year,
        modelStatus: exampleFollowUps.modelStatus,
        householdsStillOut: exampleFollowUps.householdsStillOut,
        householdsFellBack: exampleFollowUps.householdsFellBack,
        newHouseholds: exampleFollowUps.newHouseholds,
        note: exampleFollowUps.note,
        state: exampleFollowUps.state,
        photoId: exampleFollowUps.photoId,
        photoCaption: sql<string | null>`(select caption from ${attachments} a where a.id = ${exampleFollowUps.photoId})`,
        reportedAt: exampleFollowUps.reportedAt,
        confirmedAt: exampleFollowUps.confirmedAt,
        reportedByName: reporter,
        confirmedByName: confirmer,
      })
      .from(exampleFollowUps)
      .where(and(eq(exampleFollowUps.nominationId, sql.placeholder('nominationId')), ...(confirmedOnly ? [eq(exampleFollowUps.state, 'confirmed')] : [])))
      .orderBy(desc(exampleFollowUps.year))
      .prepare(statement),
  ).execute({ nominationId });
  const links = rows.length
    ? await db
        .select({ followUpId: exampleFollowUpReplications.followUpId, id: nominations.id, slug: nominations.slug, title: nominations.title })
        .from(exampleFollowUpReplications)
        .innerJoin(nominations, eq(nominations.id, exampleFollowUpReplications.replicaId))
        .where(
          and(
            inArray(
              exampleFollowUpReplications.followUpId,
              rows.map((r) => r.id),
            ),
            // A replica that left the public registry is no longer linked from anywhere public.
            confirmedOnly ? eq(nominations.status, 'approved') : undefined,
          ),
        )
        .orderBy(asc(nominations.title))
    : [];
  return rows.map((r) => ({ ...r, replications: links.filter((l) => l.followUpId === r.id).map(({ id, slug, title }) => ({ id, slug, title })) }));
}
export type FollowUpItem = Awaited<ReturnType<typeof listFollowUps>>[number];

/** Confirmed follow-ups of one published example as the public sees them: no officials' names. */
export async function listPublicFollowUps(db: Executor, { nominationId }: { nominationId: string }) {
  return (await listFollowUps(db, { nominationId, confirmedOnly: true })).map(
    ({ year, modelStatus, householdsStillOut, householdsFellBack, newHouseholds, note, photoId, photoCaption, reportedAt, confirmedAt, replications }) => ({
      year,
      modelStatus,
      householdsStillOut,
      householdsFellBack,
      newHouseholds,
      note,
      photoId,
      photoCaption,
      reportedAt,
      confirmedAt,
      replications,
    }),
  );
}
export type PublicFollowUp = Awaited<ReturnType<typeof listPublicFollowUps>>[number];

/** Confirmed follow-ups of many examples at once (API lists, open-data exports), oldest year first. */
export async function listConfirmedFollowUps(db: Executor, { nominationIds }: { nominationIds: string[] }) {
  if (nominationIds.length === 0) return [];
  return db
    .select({
      nominationId: exampleFollowUps.nominationId,
      year: exampleFollowUps.year,
      status: exampleFollowUps.modelStatus,
      householdsStillOut: exampleFollowUps.householdsStillOut,
      householdsFellBack: exampleFollowUps.householdsFellBack,
      newHouseholds: exampleFollowUps.newHouseholds,
      reportedAt: exampleFollowUps.reportedAt,
    })
    .from(exampleFollowUps)
    .where(and(inArray(exampleFollowUps.nominationId, nominationIds), eq(exampleFollowUps.state, 'confirmed')))
    .orderBy(asc(exampleFollowUps.nominationId), asc(exampleFollowUps.year));
}

/** When the example was last heard of: its latest confirmed follow-up, else its approval. */
const lastHeard = sql<Date>`coalesce((select max(f.confirmed_at) from ${exampleFollowUps} f
  where f.nomination_id = ${nominations.id} and f.state = 'confirmed'), ${nominations.approvedAt})`;

/**
 * Approved examples with nothing confirmed for over `months` months before `now` (lib/domain/follow-ups):
 * the "cần theo dõi" list, for a unit (its own) or a reviewer (their scope), oldest silence first.
 */
export async function listOverdueFollowUps(db: Executor, { now, months, unitId, user }: { now: Date; months: number; unitId?: number; user?: SessionUser }) {
  const conditions: SQL[] = [eq(nominations.status, 'approved'), sql`${lastHeard} + make_interval(months => ${months}) < ${now.toISOString()}::timestamptz`];
  if (unitId != null) conditions.push(eq(nominations.unitId, unitId));
  if (user) {
    const scope = reviewScopeCondition(user);
    if (scope) conditions.push(scope);
  }
  const rows = await db
    .select({
      id: nominations.id,
      slug: nominations.slug,
      title: nominations.title,
      year: nominations.year,
      campaign: campaigns.shortName,
      unit: units.name,
      approvedAt: nominations.approvedAt,
      lastHeard: sql<string>`${lastHeard}::text`,
      pending: sql<boolean>`exists (select 1 from ${exampleFollowUps} f where f.nomination_id = ${nominations.id} and f.state = 'filed')`,
    })
    .from(nominations)
    .innerJoin(campaigns, eq(campaigns.id, nominations.campaignId))
    .innerJoin(units, eq(units.id, nominations.unitId))
    .where(and(...conditions))
    .orderBy(sql`${lastHeard} asc`, asc(nominations.title));
  return rows.map((r) => ({ ...r, lastHeard: new Date(r.lastHeard), pending: Boolean(r.pending) }));
}
export type OverdueExample = Awaited<ReturnType<typeof listOverdueFollowUps>>[number];

/** The latest confirmed follow-up of each of these examples (the flag on lists). */
export async function lastConfirmedAt(db: Executor, { nominationIds }: { nominationIds: string[] }): Promise<Map<string, Date>> {
  if (nominationIds.length === 0) return new Map();
  const rows = await db
    .select({ id: exampleFollowUps.nominationId, at: max(exampleFollowUps.confirmedAt) })
    .from(exampleFollowUps)
    .where(and(inArray(exampleFollowUps.nominationId, nominationIds), eq(exampleFollowUps.state, 'confirmed')))
    .groupBy(exampleFollowUps.nominationId);
  return new Map(rows.filter((r) => r.at).map((r) => [r.id, r.at!]));
}

/** Filed follow-ups waiting for a reviewer in this person's scope (the review queue). */
export async function listFiledFollowUps(db: Executor, { user }: { user: SessionUser }) {
  const scope = reviewScopeCondition(user);
  return db
    .select({
      id: exampleFollowUps.id,
      nominationId: nominations.id,
      title: nominations.title,
      year: exampleFollowUps.year,
      reportedAt: exampleFollowUps.reportedAt,
      unit: units.name,
    })
    .from(exampleFollowUps)
    .innerJoin(nominations, eq(nominations.id, exampleFollowUps.nominationId))
    .innerJoin(units, eq(units.id, nominations.unitId))
    .where(and(eq(exampleFollowUps.state, 'filed'), eq(nominations.status, 'approved'), ...(scope ? [scope] : [])))
    .orderBy(asc(exampleFollowUps.reportedAt));
}

/** The follow-up, locked for a photo change: a confirmation made first is seen, one made later waits. */
export async function lockFollowUp(tx: Executor, { id, nominationId }: { id: string; nominationId: string }) {
  const [row] = await tx
    .select({ id: exampleFollowUps.id, state: exampleFollowUps.state, photoId: exampleFollowUps.photoId })
    .from(exampleFollowUps)
    .where(and(eq(exampleFollowUps.id, id), eq(exampleFollowUps.nominationId, nominationId)))
    .for('update');
  return row ?? null;
}

export async function setFollowUpPhotoId(tx: Executor, { id, photoId }: { id: string; photoId: string | null }) {
  await tx.update(exampleFollowUps).set({ photoId }).where(eq(exampleFollowUps.id, id));
}
