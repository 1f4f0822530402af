import 'server-only';
import { and, count, eq, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { attachments, nominationEvents, nominations } from '@/db/schema';
import { canSubmitNomination, canViewUnitNomination, canWithdrawNomination } from '@/lib/auth/permissions';
import type { SessionUser } from '@/lib/domain/actor';
import type { NominationStatus } from '@/lib/domain/vocabulary';
import { notifyForEvent } from '@/lib/notifications/notify';
import { conflictResult, NOT_FOUND, type DraftResult } from './drafts';
import { submissionProblems, type NominationDraft } from './schema';
import { transition, type NominationAction } from '../domain/state-machine';

type Move = 'submit' | 'withdraw';

/**
 * Submit or withdraw, in one transaction on the locked row: the state machine decides, the version
 * must be the one the unit saw, and exactly one event is written. Repeating the same request (a
 * double click, a replay) finds the move already made by this version and answers success again.
 */
export async function moveNomination(
  db: Db,
  actor: SessionUser,
  { id, action, expectedVersion }: { id: string; action: Move; expectedVersion: number },
): Promise<DraftResult & { problems?: { field: string; message: string }[] }> {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return { ok: false, message: NOT_FOUND, notFound: true };
  const result = await db.transaction(async (tx) => {
    const [row] = await tx.select().from(nominations).where(eq(nominations.id, id)).for('update');
    if (!row || !canViewUnitNomination(actor, { ...row, status: row.status as NominationStatus }))
      return { ok: false as const, message: NOT_FOUND, notFound: true };
    const facts = { ...row, status: row.status as NominationStatus };
    const target: NominationStatus = action === 'submit' ? 'submitted' : 'draft';
    if (row.status === target && row.version === expectedVersion + 1 && row.updatedBy === actor.id) {
      return { ok: true as const, id, version: row.version, savedAt: row.updatedAt.toISOString() };
    }
    if (row.version !== expectedVersion) return null;
    const allowed = action === 'submit' ? canSubmitNomination(actor, facts) : canWithdrawNomination(actor, facts);
    const moved = transition(facts.status, action as NominationAction);
    if (!allowed || !moved.ok)
      return { ok: false as const, message: moved.ok ? 'Không thể thực hiện thao tác này với hồ sơ ở trạng thái hiện tại.' : moved.message };
    if (action === 'submit') {
      const [photos] = await tx
        .select({ all: count(), published: sql<number>`count(*) filter (where ${attachments.isPublic})` })
        .from(attachments)
        .where(and(eq(attachments.nominationId, id), eq(attachments.kind, 'photo')));
      // Empty texts are stored as '' but mean "not given" to the final check.
      const asDraft = { ...row, nomineeName: row.nomineeName || null } as unknown as NominationDraft;
      const problems = submissionProblems(asDraft, { photoCount: Number(photos?.all ?? 0), publicPhotoCount: Number(photos?.published ?? 0) });
      if (problems.length) {
        return {
          ok: false as const,
          message: `Hồ sơ còn thiếu ${problems.length} mục, cần bổ sung trước khi gửi thẩm định.`,
          problems,
          fieldErrors: Object.fromEntries(problems.map((p: { field: string; message: string }) => [p.field, p.message])),
        };
      }
    }
    const [saved] = await tx
      .update(nominations)
      .set({
        status: moved.to,
        version: sql`${nominations.version} + 1`,
        updatedAt: sql`now()`,
        updatedBy: actor.id,
        ...(action === 'submit' ? { submittedAt: sql`now()` } : {}),
      })
      .where(and(eq(nominations.id, id), eq(nominations.version, expectedVersion)))
      .returning({ version: nominations.version, updatedAt: nominations.updatedAt });
    const [event] = await tx
      .insert(nominationEvents)
      .values({ nominationId: id, actorId: actor.id, action, fromStatus: row.status, toStatus: moved.to })
      .returning({ id: nominationEvents.id });
    // Reviewers in scope learn of a new submission in the same transaction: a failed submit tells no one.
    if (action === 'submit') await notifyForEvent(tx, { nominationId: id, eventId: event!.id, kind: 'submitted', actorId: actor.id });
    return { ok: true as const, id, version: saved!.version, savedAt: saved!.updatedAt.toISOString() };
  });
  return result ?? conflictResult(db, id);
}
