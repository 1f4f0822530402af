import 'server-only';
import { and, desc, eq, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { nominationEvents, nominations, users } from '@/db/schema';
import { canReviewNomination, canUnpublish, decisionRefusal } from '@/lib/auth/permissions';
import type { SessionUser } from '@/lib/domain/actor';
import type { NominationStatus } from '@/lib/domain/vocabulary';
import { formatDateTime } from '@/lib/format';
import { ACTION_LABELS, transition, type NominationAction } from '@/lib/domain/state-machine';
import { notifyForEvent } from '@/lib/notifications/notify';
import type { NotificationKind } from '@/lib/notifications/kinds';
import { isMeaningfulReason, REFUSAL_MESSAGES, REVIEW_MESSAGES } from './messages';

export type ReviewAction = 'approve' | 'return' | 'reject';
export type AdminAction = 'unpublish' | 'republish';
export type DecisionResult = { ok: true; version: number; status: NominationStatus } | { ok: false; message: string; notFound?: boolean; stale?: boolean };

const NOTIFY: Record<ReviewAction | AdminAction, NotificationKind> = {
  approve: 'approved',
  return: 'returned',
  reject: 'rejected',
  unpublish: 'unpublished',
  republish: 'republished',
};

type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
type Row = typeof nominations.$inferSelect;

/** "Đã được xử lý bởi …": who moved the nomination last, so the late reviewer knows what happened. */
async function staleMessage(tx: Tx, id: string): Promise<string> {
  const [last] = await tx
    .select({ action: nominationEvents.action, at: nominationEvents.createdAt, name: users.name })
    .from(nominationEvents)
    .leftJoin(users, eq(users.id, nominationEvents.actorId))
    .where(eq(nominationEvents.nominationId, id))
    .orderBy(desc(nominationEvents.id))
    .limit(1);
  if (!last) return 'Hồ sơ vừa thay đổi. Hãy tải lại trang để xem bản mới nhất.';
  const label = ACTION_LABELS[last.action as NominationAction] ?? last.action;
  return `Hồ sơ đã được xử lý bởi ${last.name ?? 'người khác'} lúc ${formatDateTime(last.at)} (${label.toLowerCase()}). Không có gì thay đổi từ thao tác của bạn; hãy tải lại trang.`;
}

/** Did this same person already make this same move from this version? Then a replay is a success. */
async function alreadyDone(tx: Tx, row: Row, actor: SessionUser, action: string, expectedVersion: number): Promise<boolean> {
  if (row.version !== expectedVersion + 1) return false;
  const [last] = await tx
    .select({ action: nominationEvents.action, actorId: nominationEvents.actorId })
    .from(nominationEvents)
    .where(eq(nominationEvents.nominationId, row.id))
    .orderBy(desc(nominationEvents.id))
    .limit(1);
  return last?.action === action && last.actorId === actor.id;
}

function consentProblem(row: Row): string | null {
  if (row.nomineeKind !== 'individual' && row.nomineeKind !== 'household') return null;
  if (row.publishMode === 'anonymised') return null;
  if (row.consentGiven !== true) return REVIEW_MESSAGES.consentMissing;
  if (!row.consentGivenBy || !row.consentDate || !row.consentForm) return REVIEW_MESSAGES.consentIncomplete;
  return null;
}

/**
 * Approve, return or reject, all or nothing: the row is locked, the version must be the one the
 * reviewer saw, the state machine decides, one event and its notifications are written together.
 */
export async function decide(
  db: Db,
  actor: SessionUser,
  input: { id: string; action: ReviewAction; expectedVersion: number; comment?: string | null; anonymise?: boolean },
): Promise<DecisionResult> {
  if (!/^[0-9a-f-]{36}$/i.test(input.id)) return { ok: false, message: REVIEW_MESSAGES.notFound, notFound: true };
  const comment = input.comment?.normalize('NFC').trim() || null;
  if (input.action !== 'approve' && !isMeaningfulReason(comment)) return { ok: false, message: REVIEW_MESSAGES.reasonRequired };
  return db.transaction(async (tx) => {
    const [row] = await tx.select().from(nominations).where(eq(nominations.id, input.id)).for('update');
    const facts = row ? { ...row, status: row.status as NominationStatus } : null;
    // A draft is the unit's alone; outside their scope a reviewer learns only that it is outside.
    if (!row || !facts || facts.status === 'draft' || (!canReviewNomination(actor, facts) && decisionRefusal(actor, facts) !== 'out_of_scope')) {
      return { ok: false as const, message: REVIEW_MESSAGES.notFound, notFound: true };
    }
    if (await alreadyDone(tx, row, actor, input.action, input.expectedVersion)) return { ok: true as const, version: row.version, status: facts.status };
    const refusal = decisionRefusal(actor, facts);
    if (refusal) return { ok: false as const, message: REFUSAL_MESSAGES[refusal] };
    if (row.version !== input.expectedVersion || row.status !== 'submitted')
      return { ok: false as const, message: await staleMessage(tx, row.id), stale: true };
    const moved = transition(facts.status, input.action, comment);
    if (!moved.ok) return { ok: false as const, message: moved.message };
    let publishMode = row.publishMode;
    if (input.action === 'approve') {
      const problem = consentProblem(row);
      if (problem && !(input.anonymise && problem === REVIEW_MESSAGES.consentMissing)) return { ok: false as const, message: problem };
      if (problem) publishMode = 'anonymised';
    }
    const [saved] = await tx
      .update(nominations)
      .set({
        status: moved.to,
        publishMode,
        version: sql`${nominations.version} + 1`,
        updatedAt: sql`now()`,
        updatedBy: actor.id,
        decidedAt: sql`now()`,
        ...(input.action === 'approve' ? { approvedAt: sql`now()` } : {}),
      })
      .where(and(eq(nominations.id, row.id), eq(nominations.version, input.expectedVersion)))
      .returning({ version: nominations.version });
    const [event] = await tx
      .insert(nominationEvents)
      .values({ nominationId: row.id, actorId: actor.id, action: input.action, fromStatus: row.status, toStatus: moved.to, comment })
      .returning({ id: nominationEvents.id });
    await notifyForEvent(tx, { nominationId: row.id, eventId: event!.id, kind: NOTIFY[input.action], actorId: actor.id });
    return { ok: true as const, version: saved!.version, status: moved.to };
  });
}

/** Admin only, with a reason kept in the history: the example leaves (or returns to) every public page. */
export async function setPublished(
  db: Db,
  actor: SessionUser,
  input: { id: string; action: AdminAction; expectedVersion: number; reason: string },
): Promise<DecisionResult> {
  if (!canUnpublish(actor)) return { ok: false, message: 'Chỉ quản trị viên mới gỡ hoặc công bố lại điển hình.' };
  if (!/^[0-9a-f-]{36}$/i.test(input.id)) return { ok: false, message: REVIEW_MESSAGES.notFound, notFound: true };
  const reason = input.reason.normalize('NFC').trim();
  if (!isMeaningfulReason(reason)) return { ok: false, message: REVIEW_MESSAGES.reasonRequired };
  return db.transaction(async (tx) => {
    const [row] = await tx.select().from(nominations).where(eq(nominations.id, input.id)).for('update');
    if (!row) return { ok: false as const, message: REVIEW_MESSAGES.notFound, notFound: true };
    if (await alreadyDone(tx, row, actor, input.action, input.expectedVersion))
      return { ok: true as const, version: row.version, status: row.status as NominationStatus };
    if (row.version !== input.expectedVersion) return { ok: false as const, message: await staleMessage(tx, row.id), stale: true };
    const moved = transition(row.status as NominationStatus, input.action, reason);
    if (!moved.ok) return { ok: false as const, message: moved.message };
    const [saved] = await tx
      .update(nominations)
      .set({ status: moved.to, version: sql`${nominations.version} + 1`, updatedAt: sql`now()`, updatedBy: actor.id })
      .where(and(eq(nominations.id, row.id), eq(nominations.version, input.expectedVersion)))
      .returning({ version: nominations.version });
    const [event] = await tx
      .insert(nominationEvents)
      .values({ nominationId: row.id, actorId: actor.id, action: input.action, fromStatus: row.status, toStatus: moved.to, comment: reason })
      .returning({ id: nominationEvents.id });
    await notifyForEvent(tx, { nominationId: row.id, eventId: event!.id, kind: NOTIFY[input.action], actorId: actor.id });
    return { ok: true as const, version: saved!.version, status: moved.to };
  });
}
