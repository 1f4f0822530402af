import { and, asc, count, desc, eq, gte, ne, sql, type SQL } from 'drizzle-orm';
import type { SessionUser } from '@/lib/domain/actor';
import { commentTarget, type CommentAction, type CommentStatus } from '@/lib/domain/reader-comments';
import type { Db, Executor, Tx } from '../client';
import { preparedOnce } from '../prepared';
import { exampleCommentEvents, exampleComments, nominations, users } from '../schema';
import { lockNominationFacts } from './example-support';
import { reviewScopeCondition } from './nomination-queues';
import { recordNotifications } from './notification-recipients';

/** What the public sees of a comment. The e-mail and the address hash are never selected for it. */
export interface PublicComment {
  id: string;
  authorName: string;
  content: string;
  createdAt: Date;
}

/**
 * The count on cards and in the API: a sub-select on the partial index of published comments, evaluated
 * only for the rows a page shows (the list pages choose their page first, then join; see examples.ts).
 * A counter column on nominations would add a write, a lock and the facet triggers to every moderation.
 */
export const publishedCommentCount = sql<
  number | string
>`(SELECT count(*) FROM example_comments c WHERE c.nomination_id = ${nominations.id} AND c.status = 'published')`;

export async function insertComment(
  tx: Executor,
  values: { nominationId: string; authorName: string; authorEmail: string | null; content: string; addressHash: string | null; createdAt: Date },
): Promise<{ id: string }> {
  const [row] = await tx.insert(exampleComments).values(values).returning({ id: exampleComments.id });
  return { id: row!.id };
}

// An arbitrary number naming this use of advisory locks, so they never collide with another feature's.
const SUBMISSION_LOCKS = 18_003;

/**
 * Held until the transaction ends: submissions to one example, then from one address, take turns, so a
 * burst of parallel posts cannot all pass the limits before any of them is written. Always in this order.
 */
export async function lockCommentSubmissions(tx: Tx, { nominationId, addressHash }: { nominationId: string; addressHash: string | null }) {
  await tx.execute(sql`SELECT pg_advisory_xact_lock(${SUBMISSION_LOCKS}::int, hashtext(${nominationId}::text))`);
  if (addressHash) await tx.execute(sql`SELECT pg_advisory_xact_lock(${SUBMISSION_LOCKS}::int, hashtext(${addressHash}::text))`);
}

/** Comments one address sent since a moment, over all examples, for the rate limit. */
export async function countCommentsFromAddress(db: Executor, { addressHash, since }: { addressHash: string; since: Date }): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(exampleComments)
    .where(and(eq(exampleComments.addressHash, addressHash), gte(exampleComments.createdAt, since)));
  return row?.n ?? 0;
}

/** Comments an example received since a moment, from everyone, whatever became of them. */
export async function countRecentCommentsFor(db: Executor, { nominationId, since }: { nominationId: string; since: Date }): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(exampleComments)
    .where(and(eq(exampleComments.nominationId, nominationId), gte(exampleComments.createdAt, since)));
  return row?.n ?? 0;
}

/** True when this address already sent this very text to this example lately: a double click or a resent form. */
export async function hasSameComment(db: Executor, c: { nominationId: string; addressHash: string; content: string; since: Date }): Promise<boolean> {
  const [row] = await db
    .select({ id: exampleComments.id })
    .from(exampleComments)
    .where(
      and(
        eq(exampleComments.nominationId, c.nominationId),
        eq(exampleComments.addressHash, c.addressHash),
        gte(exampleComments.createdAt, c.since),
        eq(exampleComments.content, c.content),
      ),
    )
    .limit(1);
  return Boolean(row);
}

/** An example's published comments, newest first. */
export async function listPublicComments(db: Executor, { nominationId, limit }: { nominationId: string; limit: number }): Promise<PublicComment[]> {
  return preparedOnce(db, 'public-comments', (statement) =>
    db
      .select({ id: exampleComments.id, authorName: exampleComments.authorName, content: exampleComments.content, createdAt: exampleComments.createdAt })
      .from(exampleComments)
      .where(and(eq(exampleComments.nominationId, sql.placeholder('nominationId')), eq(exampleComments.status, 'published')))
      .orderBy(desc(exampleComments.createdAt), desc(exampleComments.id))
      .limit(sql.placeholder('limit'))
      .prepare(statement),
  ).execute({ nominationId, limit });
}

/** Comments in the moderator's reach: reviewers see their scope, admins everything; never the examples of their own unit. */
function moderatorCondition(user: SessionUser): SQL | undefined {
  const ownUnit = user.role !== 'unit_member' && user.unitId != null ? ne(nominations.unitId, user.unitId) : undefined;
  return and(reviewScopeCondition(user), ownUnit);
}

const moderatorNames = users;

/** The moderation queue of one status: pending oldest first (worked from the top), the others latest moderated first. */
export async function listCommentQueue(db: Db, { user, status, limit }: { user: SessionUser; status: CommentStatus; limit: number }) {
  return db
    .select({
      id: exampleComments.id,
      nominationId: exampleComments.nominationId,
      exampleTitle: nominations.title,
      exampleSlug: nominations.slug,
      exampleStatus: nominations.status,
      communeName: sql<string>`(SELECT full_name FROM admin_units au WHERE au.tree = ${nominations.communeTree} AND au.code = ${nominations.communeCode})`,
      authorName: exampleComments.authorName,
      authorEmail: exampleComments.authorEmail,
      content: exampleComments.content,
      status: exampleComments.status,
      createdAt: exampleComments.createdAt,
      moderatedAt: exampleComments.moderatedAt,
      moderatorName: moderatorNames.name,
      hiddenReason: exampleComments.hiddenReason,
    })
    .from(exampleComments)
    .innerJoin(nominations, eq(nominations.id, exampleComments.nominationId))
    .leftJoin(moderatorNames, eq(moderatorNames.id, exampleComments.moderatedBy))
    .where(and(eq(exampleComments.status, status), moderatorCondition(user)))
    .orderBy(
      ...(status === 'pending' ? [asc(exampleComments.createdAt), asc(exampleComments.id)] : [desc(exampleComments.moderatedAt), desc(exampleComments.id)]),
    )
    .limit(limit);
}

export type QueueComment = Awaited<ReturnType<typeof listCommentQueue>>[number];

/** How many comments of each status the moderator can reach, for the tabs. */
export async function countCommentQueue(db: Db, { user }: { user: SessionUser }): Promise<Record<CommentStatus, number>> {
  const rows = await db
    .select({ status: exampleComments.status, n: count() })
    .from(exampleComments)
    .innerJoin(nominations, eq(nominations.id, exampleComments.nominationId))
    .where(moderatorCondition(user))
    .groupBy(exampleComments.status);
  const counts: Record<CommentStatus, number> = { pending: 0, published: 0, hidden: 0 };
  for (const r of rows) counts[r.status] = Number(r.n);
  return counts;
}

type ExampleFacts = NonNullable<Awaited<ReturnType<typeof lockNominationFacts>>>;

export interface CommentModeration {
  commentId: string;
  /** The status the moderator saw: another one means someone moderated it first. */
  expected: CommentStatus;
  action: CommentAction;
  /** Required to hide; kept on the comment and in its history. */
  reason: string | null;
  actorId: string;
  /** Decided inside the transaction, with the example's row held: may this person moderate its comments. */
  authorize: (tx: Tx, example: ExampleFacts) => Promise<boolean>;
}

export type CommentModerationOutcome =
  | { status: 'ok'; nominationId: string; to: CommentStatus; replayed: boolean }
  | { status: 'not_found' }
  | { status: 'conflict'; current: CommentStatus; moderatorName: string | null }
  | { status: 'invalid_move' }
  | { status: 'reason_required' };

/**
 * The one way a comment's status changes: lock, check the expected status, update, append the event and,
 * on a first publication, tell the nominating unit, in one transaction. Not applyTransition: a comment is
 * not a nomination, and moderating one must neither bump the nomination's version (a reviewer deciding the
 * dossier would meet a false conflict) nor write into its history, which is the record of the dossier itself.
 */
export async function applyCommentModeration(db: Db, move: CommentModeration): Promise<CommentModerationOutcome> {
  const [ref] = await db.select({ nominationId: exampleComments.nominationId }).from(exampleComments).where(eq(exampleComments.id, move.commentId));
  if (!ref) return { status: 'not_found' };
  return db.transaction(async (tx) => {
    // The example first, then the comment: the same order as an unpublish, which locks only the example.
    const example = await lockNominationFacts(tx, { id: ref.nominationId, mode: 'share' });
    if (!example || !(await move.authorize(tx, example))) return { status: 'not_found' as const };
    const [comment] = await tx
      .select({ status: exampleComments.status, moderatedBy: exampleComments.moderatedBy, firstPublishedAt: exampleComments.firstPublishedAt })
      .from(exampleComments)
      .where(eq(exampleComments.id, move.commentId))
      .for('update');
    if (!comment) return { status: 'not_found' as const };
    const to = commentTarget(move.expected, move.action);
    if (comment.status !== move.expected) {
      // The same person's second click finds their own move made: that is success, not a conflict.
      if (to === comment.status && comment.moderatedBy === move.actorId) return { status: 'ok' as const, nominationId: example.id, to, replayed: true };
      const [by] = comment.moderatedBy ? await tx.select({ name: users.name }).from(users).where(eq(users.id, comment.moderatedBy)) : [];
      return { status: 'conflict' as const, current: comment.status, moderatorName: by?.name ?? null };
    }
    if (!to) return { status: 'invalid_move' as const };
    const reason = move.reason?.trim() || null;
    if (to === 'hidden' && !reason) return { status: 'reason_required' as const };
    const firstPublication = to === 'published' && comment.firstPublishedAt === null;
    await tx
      .update(exampleComments)
      .set({
        status: to,
        moderatedBy: move.actorId,
        moderatedAt: sql`now()`,
        hiddenReason: to === 'hidden' ? reason : null,
        ...(firstPublication ? { firstPublishedAt: sql`now()` } : {}),
      })
      .where(eq(exampleComments.id, move.commentId));
    await tx.insert(exampleCommentEvents).values({
      commentId: move.commentId,
      actorId: move.actorId,
      fromStatus: comment.status,
      toStatus: to,
      reason: to === 'hidden' ? reason : null,
    });
    if (firstPublication) await recordNotifications(tx, { nominationId: example.id, eventId: null, kind: 'comment_published', actorId: move.actorId });
    return { status: 'ok' as const, nominationId: example.id, to, replayed: false };
  });
}

/** A comment's history, oldest first: for tests and the queue's "who did what". */
export async function listCommentEvents(db: Executor, { commentId }: { commentId: string }) {
  return db
    .select({
      fromStatus: exampleCommentEvents.fromStatus,
      toStatus: exampleCommentEvents.toStatus,
      reason: exampleCommentEvents.reason,
      actorId: exampleCommentEvents.actorId,
      at: exampleCommentEvents.createdAt,
    })
    .from(exampleCommentEvents)
    .where(eq(exampleCommentEvents.commentId, commentId))
    .orderBy(asc(exampleCommentEvents.id));
}
