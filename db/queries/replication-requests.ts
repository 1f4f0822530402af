import { and, count, desc, eq, gte, inArray, ne, sql } from 'drizzle-orm';
import { canMoveRequest, type RequesterKind, type RequestStatus } from '@/lib/domain/replication-requests';
import type { AdminTree } from '@/lib/domain/vocabulary';
import type { Db, Executor, Tx } from '../client';
import { adminUnits, nominations, replicationRequestEvents, replicationRequests, units, users } from '../schema';
import { lockNominationFacts } from './example-support';

export interface RequestInsert {
  nominationId: string;
  requesterKind: RequesterKind;
  requestingUnitId: number | null;
  requestedBy: string | null;
  name: string;
  phone: string | null;
  email: string | null;
  communeTree: AdminTree;
  communeCode: string;
  message: string;
  addressHash: string | null;
  createdAt?: Date;
}

export async function insertReplicationRequest(tx: Executor, values: RequestInsert): Promise<{ id: string }> {
  const [row] = await tx.insert(replicationRequests).values(values).returning({ id: replicationRequests.id });
  return { id: row!.id };
}

/** How many requests one address sent since a moment, over all examples, for the rate limit. */
export async function countRequestsFromAddress(db: Executor, { addressHash, since }: { addressHash: string; since: Date }): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(replicationRequests)
    .where(and(eq(replicationRequests.addressHash, addressHash), gte(replicationRequests.createdAt, since)));
  return row?.n ?? 0;
}

/** How many requests an example received since a moment, from everyone. */
export async function countRecentRequestsFor(db: Executor, { nominationId, since }: { nominationId: string; since: Date }): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(replicationRequests)
    .where(and(eq(replicationRequests.nominationId, nominationId), gte(replicationRequests.createdAt, since)));
  return row?.n ?? 0;
}

/** The public counts of many examples at once, for an export batch. */
export async function countReplicationRequestsOf(db: Executor, ids: string[]): Promise<Map<string, number>> {
  const rows = ids.length
    ? await db
        .select({ nominationId: replicationRequests.nominationId, n: count() })
        .from(replicationRequests)
        .where(inArray(replicationRequests.nominationId, ids))
        .groupBy(replicationRequests.nominationId)
    : [];
  return new Map(rows.map((r) => [r.nominationId, r.n]));
}

const requesterUnits = units;

/** An example's requests, newest first, contacts included: for the owning unit, reviewers in scope and admins. */
export async function listRequestsForExample(db: Db, { nominationId }: { nominationId: string }) {
  const rows = await db
    .select({
      id: replicationRequests.id,
      requesterKind: replicationRequests.requesterKind,
      requestingUnitName: requesterUnits.name,
      name: replicationRequests.name,
      phone: replicationRequests.phone,
      email: replicationRequests.email,
      communeName: adminUnits.fullName,
      message: replicationRequests.message,
      status: replicationRequests.status,
      replicatedNominationId: replicationRequests.replicatedNominationId,
      replicatedTitle: sql<string | null>`(SELECT n.title FROM nominations n WHERE n.id = ${replicationRequests.replicatedNominationId})`,
      createdAt: replicationRequests.createdAt,
      updatedAt: replicationRequests.updatedAt,
    })
    .from(replicationRequests)
    .leftJoin(requesterUnits, eq(requesterUnits.id, replicationRequests.requestingUnitId))
    .leftJoin(adminUnits, and(eq(adminUnits.tree, replicationRequests.communeTree), eq(adminUnits.code, replicationRequests.communeCode)))
    .where(eq(replicationRequests.nominationId, nominationId))
    .orderBy(desc(replicationRequests.createdAt));
  return rows;
}

export type RequestRow = Awaited<ReturnType<typeof listRequestsForExample>>[number];

/** Every request to the unit's examples, newest first, with the example's title: the workspace list. */
export async function listRequestsForUnit(db: Db, { unitId }: { unitId: number }) {
  return db
    .select({
      id: replicationRequests.id,
      nominationId: replicationRequests.nominationId,
      exampleTitle: nominations.title,
      name: replicationRequests.name,
      requestingUnitName: requesterUnits.name,
      communeName: adminUnits.fullName,
      status: replicationRequests.status,
      createdAt: replicationRequests.createdAt,
    })
    .from(replicationRequests)
    .innerJoin(nominations, eq(nominations.id, replicationRequests.nominationId))
    .leftJoin(requesterUnits, eq(requesterUnits.id, replicationRequests.requestingUnitId))
    .leftJoin(adminUnits, and(eq(adminUnits.tree, replicationRequests.communeTree), eq(adminUnits.code, replicationRequests.communeCode)))
    .where(eq(nominations.unitId, unitId))
    .orderBy(desc(replicationRequests.createdAt))
    .limit(500);
}

/** The nominations that replicate this example (its lineage), drafts left out: what "replicated" may point at. */
export async function listReplicatingNominations(db: Executor, { nominationId }: { nominationId: string }) {
  return db
    .select({ id: nominations.id, title: nominations.title, year: nominations.year, unitName: units.name })
    .from(nominations)
    .innerJoin(units, eq(units.id, nominations.unitId))
    .where(and(eq(nominations.replicatesId, nominationId), ne(nominations.status, 'draft')))
    .orderBy(nominations.year, nominations.title);
}

/** Who moved each request when, oldest first. */
export async function listRequestEvents(db: Db, { requestIds }: { requestIds: string[] }) {
  if (requestIds.length === 0) return [];
  return db
    .select({
      requestId: replicationRequestEvents.requestId,
      fromStatus: replicationRequestEvents.fromStatus,
      toStatus: replicationRequestEvents.toStatus,
      actorName: users.name,
      at: replicationRequestEvents.createdAt,
    })
    .from(replicationRequestEvents)
    .leftJoin(users, eq(users.id, replicationRequestEvents.actorId))
    .where(inArray(replicationRequestEvents.requestId, requestIds))
    .orderBy(replicationRequestEvents.createdAt, replicationRequestEvents.id);
}

export type NominationFactsRow = NonNullable<Awaited<ReturnType<typeof lockNominationFacts>>>;

export interface RequestMove {
  requestId: string;
  /** The status the person saw: another one means someone moved it first. */
  expected: RequestStatus;
  to: RequestStatus;
  actorId: string;
  /** Required for "replicated": a nomination whose lineage points at the request's example. */
  replicatedNominationId?: string | null;
  /** Decided inside the transaction, with the example's row held: who may move requests of this example. */
  authorize: (tx: Tx, example: NominationFactsRow) => Promise<boolean>;
}

export type RequestMoveOutcome =
  | { status: 'ok'; nominationId: string }
  | { status: 'not_found' }
  | { status: 'conflict'; current: RequestStatus }
  | { status: 'invalid_move' }
  | { status: 'not_in_lineage' };

/**
 * The one way a request's status changes: lock, check the expected status, update, append the event, in
 * one transaction. Separate from applyTransition because a request is not a nomination: it has no version,
 * review level or public state, and its moves must never touch the nomination's history or notifications.
 */
export async function applyRequestMove(db: Db, move: RequestMove): Promise<RequestMoveOutcome> {
  const [ref] = await db.select({ nominationId: replicationRequests.nominationId }).from(replicationRequests).where(eq(replicationRequests.id, move.requestId));
  if (!ref) return { status: 'not_found' };
  return db.transaction(async (tx) => {
    // The example first, then the request: the same order as an unpublish, which locks only the example.
    const example = await lockNominationFacts(tx, { id: ref.nominationId, mode: 'share' });
    if (!example || !(await move.authorize(tx, example))) return { status: 'not_found' };
    const [request] = await tx
      .select({ status: replicationRequests.status })
      .from(replicationRequests)
      .where(eq(replicationRequests.id, move.requestId))
      .for('update');
    if (!request) return { status: 'not_found' };
    if (request.status !== move.expected) return { status: 'conflict', current: request.status };
    if (!canMoveRequest(move.expected, move.to)) return { status: 'invalid_move' };
    let replicatedNominationId: string | null = null;
    if (move.to === 'replicated') {
      const [copy] = move.replicatedNominationId
        ? await tx
            .select({ id: nominations.id })
            .from(nominations)
            .where(and(eq(nominations.id, move.replicatedNominationId), eq(nominations.replicatesId, example.id), ne(nominations.status, 'draft')))
        : [];
      if (!copy) return { status: 'not_in_lineage' };
      replicatedNominationId = copy.id;
    }
    await tx
      .update(replicationRequests)
      .set({ status: move.to, updatedAt: sql`now()`, ...(replicatedNominationId ? { replicatedNominationId } : {}) })
      .where(eq(replicationRequests.id, move.requestId));
    await tx.insert(replicationRequestEvents).values({ requestId: move.requestId, actorId: move.actorId, fromStatus: request.status, toStatus: move.to });
    return { status: 'ok', nominationId: example.id };
  });
}
