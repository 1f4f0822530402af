import { and, desc, eq, sql } from 'drizzle-orm';
import { NOTIFICATION_FOR_ACTION } from '@/lib/domain/notification-kinds';
import { transition, type EventAction, type NominationAction, type ReviewPosition } from '@/lib/domain/state-machine';
import type { NominationStatus } from '@/lib/domain/vocabulary';
import { isUuid } from '@/lib/domain/ids';
import type { VersionedField } from '@/lib/domain/example-versions';
import type { Db, Tx } from '../client';
import { campaigns, nominationEvents, nominations, users } from '../schema';
import { derivedNominationColumns, touchesDerivedColumns } from './nomination-drafts';
import { recordNotifications } from './notification-recipients';
import { getReviewSetup, type ReviewSetup } from './review-setup';

export type NominationRecord = typeof nominations.$inferSelect;

/** Why a transition was not made, with the message for the person and, when one field is at fault, its key. */
export interface Refusal {
  code: 'not_found' | 'forbidden' | 'invalid_transition' | 'comment_required' | 'incomplete' | 'refused';
  message: string;
  fieldErrors?: Record<string, string>;
  /** Extra structured detail for the caller (for example the list of missing items). */
  problems?: { field: string; message: string }[];
}

/** Columns a transition may set besides the status and the bookkeeping the applier does itself. */
export type TransitionChanges = Partial<Pick<NominationRecord, 'publishMode' | 'noticeStartsAt' | 'noticeEndsAt' | 'slug' | VersionedField>>;

/** What the caller's checks see: the locked row, and how its campaign reviews. */
export interface TransitionContext {
  row: NominationRecord;
  setup: ReviewSetup;
  position: ReviewPosition;
}

/** What the caller's checks allow: columns to set, and structured detail for the history row. */
export interface Prepared {
  changes?: TransitionChanges;
  detail?: Record<string, unknown>;
}

export interface TransitionRequest {
  nominationId: string;
  action: NominationAction;
  actorId: string;
  expectedVersion: number;
  comment?: string | null;
  /** Who may see the row at all; anyone else is told it does not exist. */
  visible: (row: NominationRecord) => boolean;
  /** Refusals that hold whatever the version (role, scope, own unit, level). */
  refuse?: (row: NominationRecord, context: TransitionContext) => Refusal | null;
  /** States in which the caller expects to find the row; another state counts as someone having acted first. */
  expectStatus?: readonly NominationStatus[];
  /** Checks that need the current row and the database (consent, completeness, notice); they write nothing. */
  prepare?: (context: TransitionContext, tx: Tx) => Promise<Refusal | Prepared>;
  /** Writes that belong to the step (a reviewer's scores), made after the history row, in the same transaction. */
  record?: (tx: Tx, step: { row: NominationRecord; eventId: number }) => Promise<void>;
}

/** Who moved the nomination last, so the late person knows what happened. */
export interface LastEvent {
  action: EventAction;
  at: Date;
  actorName: string | null;
}

export type TransitionOutcome =
  | { status: 'ok'; version: number; to: NominationStatus; updatedAt: Date; replayed: boolean }
  | { status: 'conflict'; current: { status: NominationStatus; version: number; updatedAt: Date; updatedByName: string | null }; lastEvent: LastEvent | null }
  | { status: 'refused'; refusal: Refusal };

// A campaign without levels (none remains after the migration that added them) reviews in one deciding level.
const NO_SETUP: ReviewSetup = { levels: [], criteria: [], usesNotice: false, noticeWorkingDays: 10 };

const NOT_FOUND: TransitionOutcome = { status: 'refused', refusal: { code: 'not_found', message: '' } };

/** Timestamps each action stamps on the row, besides updated_at. */
function stamps(action: NominationAction) {
  if (action === 'submit') return { submittedAt: sql`now()` };
  if (action === 'approve') return { decidedAt: sql`now()`, approvedAt: sql`now()` };
  if (action === 'return' || action === 'reject') return { decidedAt: sql`now()` };
  return {};
}

async function lastEventOf(tx: Tx, nominationId: string): Promise<(LastEvent & { actorId: string | null }) | null> {
  const [last] = await tx
    .select({ action: nominationEvents.action, at: nominationEvents.createdAt, actorId: nominationEvents.actorId, actorName: users.name })
    .from(nominationEvents)
    .leftJoin(users, eq(users.id, nominationEvents.actorId))
    .where(eq(nominationEvents.nominationId, nominationId))
    .orderBy(desc(nominationEvents.id))
    .limit(1);
  return last ?? null;
}

async function conflict(tx: Tx, row: NominationRecord): Promise<TransitionOutcome> {
  const [by] = row.updatedBy ? await tx.select({ name: users.name }).from(users).where(eq(users.id, row.updatedBy)) : [];
  const last = await lastEventOf(tx, row.id);
  return {
    status: 'conflict',
    current: { status: row.status, version: row.version, updatedAt: row.updatedAt, updatedByName: by?.name ?? null },
    lastEvent: last ? { action: last.action, at: last.at, actorName: last.actorName } : null,
  };
}

/**
 * The one way a nomination changes state (DESIGN §3). In one transaction on the locked row: the person
 * must see it, the version must be the one they saw, the state machine must allow the move, the caller's
 * checks must pass; then the row moves and its version is bumped, derived columns follow any column
 * that feeds them, one history row is appended and the people to tell are recorded. Repeating the same
 * request (a double click, a replay) finds the move already made from this version and succeeds again.
 */
export async function applyTransition(db: Db, request: TransitionRequest): Promise<TransitionOutcome> {
  if (!isUuid(request.nominationId)) return NOT_FOUND;
  return db.transaction(async (tx) => {
    const [row] = await tx.select().from(nominations).where(eq(nominations.id, request.nominationId)).for('update');
    if (!row || !request.visible(row)) return NOT_FOUND;
    if (row.version === request.expectedVersion + 1) {
      const last = await lastEventOf(tx, row.id);
      if (last?.action === request.action && last.actorId === request.actorId) {
        return { status: 'ok' as const, version: row.version, to: row.status, updatedAt: row.updatedAt, replayed: true };
      }
    }
    // Shares the campaign's lock with other moves and waits for an admin changing its review setup
    // (which counts the dossiers in review under FOR UPDATE): a dossier cannot enter review under levels
    // that are being replaced.
    await tx.select({ id: campaigns.id }).from(campaigns).where(eq(campaigns.id, row.campaignId)).for('share');
    const setup: ReviewSetup = (await getReviewSetup(tx, { campaignId: row.campaignId })) ?? NO_SETUP;
    const position: ReviewPosition = { level: row.reviewLevel, levelCount: Math.max(1, setup.levels.length), usesNotice: setup.usesNotice };
    const context: TransitionContext = { row, setup, position };
    const refusal = request.refuse?.(row, context);
    if (refusal) return { status: 'refused' as const, refusal };
    if (row.version !== request.expectedVersion || (request.expectStatus && !request.expectStatus.includes(row.status))) return conflict(tx, row);
    const moved = transition(row.status, request.action, request.comment, position);
    if (!moved.ok) {
      const fieldErrors = moved.code === 'comment_required' ? { comment: moved.message } : undefined;
      return { status: 'refused' as const, refusal: { code: moved.code, message: moved.message, fieldErrors } };
    }
    const prepared = request.prepare ? await request.prepare(context, tx) : {};
    if ('code' in prepared) return { status: 'refused' as const, refusal: prepared };
    const changes = prepared.changes ?? {};
    const derived = touchesDerivedColumns(changes) ? await derivedNominationColumns(tx, { ...row, ...changes }) : {};
    // An assignment belongs to a level: a dossier that leaves it is nobody's until assigned again.
    const leavesLevel = moved.level !== row.reviewLevel || moved.to !== 'submitted';
    const leavesNotice = row.status === 'in_notice' && moved.to !== 'approved';
    const [saved] = await tx
      .update(nominations)
      .set({
        ...changes,
        ...derived,
        ...stamps(request.action),
        ...(leavesLevel ? { assignedTo: null, assignedAt: null } : {}),
        ...(leavesNotice ? { noticeStartsAt: null, noticeEndsAt: null } : {}),
        status: moved.to,
        reviewLevel: moved.level,
        version: sql`${nominations.version} + 1`,
        updatedAt: sql`now()`,
        updatedBy: request.actorId,
      })
      .where(and(eq(nominations.id, row.id), eq(nominations.version, request.expectedVersion)))
      .returning({ version: nominations.version, updatedAt: nominations.updatedAt });
    const [event] = await tx
      .insert(nominationEvents)
      .values({
        nominationId: row.id,
        actorId: request.actorId,
        action: request.action,
        fromStatus: row.status,
        toStatus: moved.to,
        comment: request.comment ?? null,
        reviewLevel: row.reviewLevel ?? moved.level,
        detail: { ...(moved.level !== row.reviewLevel ? { toLevel: moved.level } : {}), ...prepared.detail },
      })
      .returning({ id: nominationEvents.id });
    await request.record?.(tx, { row, eventId: event!.id });
    const kind = NOTIFICATION_FOR_ACTION[request.action];
    if (kind) await recordNotifications(tx, { nominationId: row.id, eventId: event!.id, kind, actorId: request.actorId });
    return { status: 'ok' as const, version: saved!.version, to: moved.to, updatedAt: saved!.updatedAt, replayed: false };
  });
}
