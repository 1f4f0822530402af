import 'server-only';
import type { Db } from '@/db/client';
import { assignNomination, listLevelReviewers } from '@/db/queries/assignment';
import { getNominationRecord } from '@/db/queries/nomination-record';
import { getReviewSetup } from '@/db/queries/review-setup';
import type { SessionUser } from '@/lib/domain/actor';
import { REVIEW_MESSAGES } from './messages';
import { reviewSteps } from './steps';

export type AssignResult = { ok: true; changed: boolean } | { ok: false; message: string; fieldErrors?: Record<string, string>; notFound?: boolean };

/**
 * A level's lead, or an admin, gives a dossier under review to one of the level's reviewers (or takes
 * it back with an empty choice). Any reviewer in scope may still decide it: an assignment says who holds it.
 */
export async function assignDossier(db: Db, actor: SessionUser, input: { id: string; assigneeId: string }): Promise<AssignResult> {
  const row = await getNominationRecord(db, { id: input.id });
  const setup = row ? await getReviewSetup(db, { campaignId: row.campaignId }) : null;
  if (!row || !setup) return { ok: false, message: REVIEW_MESSAGES.notFound, notFound: true };
  if (!reviewSteps(actor, row, setup).assigns) return { ok: false, message: 'Chỉ trưởng cấp xét duyệt hoặc quản trị viên mới phân công hồ sơ.' };
  const assigneeId = input.assigneeId.trim() || null;
  if (assigneeId) {
    const eligible = await listLevelReviewers(db, { nominationId: row.id });
    const chosen = eligible.find((r) => r.id === assigneeId);
    // A reviewer of the nominating unit may not take it, for the same reason they may not decide it.
    if (!chosen || chosen.unitId === row.unitId) {
      const message = 'Chỉ giao cho cán bộ thẩm định của cấp đang xét hồ sơ, trong địa bàn, không thuộc đơn vị giới thiệu.';
      return { ok: false, message, fieldErrors: { assignee: message } };
    }
  }
  const done = await assignNomination(db, { nominationId: row.id, assigneeId, actorId: actor.id });
  return done.ok ? done : { ok: false, message: REVIEW_MESSAGES.notFound, notFound: true };
}
