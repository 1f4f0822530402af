import 'server-only';
import type { Db } from '@/db/client';
import { findFollowUpOfYear, getFollowUp, insertFollowUp, markFollowUpConfirmed, resolveReplicas } from '@/db/queries/follow-ups';
import { applyTransition, type Prepared, type Refusal, type TransitionOutcome } from '@/db/queries/nomination-transition';
import { canReviewNomination, canViewUnitNomination, decisionRefusal } from '@/lib/auth/permissions';
import type { SessionUser } from '@/lib/domain/actor';
import { isUuid } from '@/lib/domain/ids';
import { formatDateTime } from '@/lib/format';
import { REFUSAL_MESSAGES, REVIEW_MESSAGES } from '@/lib/review/messages';
import { NOT_FOUND } from '@/lib/nominations/drafts';
import { figuresProblem, parseFollowUp, type FollowUpInput, type RawFollowUp } from './rules';

export type FollowUpStepResult =
  { ok: true; version: number } | { ok: false; message: string; fieldErrors?: Record<string, string>; notFound?: boolean; stale?: boolean };

export const FOLLOW_UP_MESSAGES = {
  notApproved: 'Chỉ gửi báo cáo theo dõi cho điển hình đã được công nhận và đang được công bố.',
  duplicateYear: (year: number) => `Điển hình đã có báo cáo theo dõi năm ${year}; mỗi năm chỉ gửi một báo cáo.`,
  replicaGone: 'Chỉ liên kết được với một điển hình khác đã được công nhận và đang công bố; hãy chọn lại.',
  followUpMissing: 'Không tìm thấy báo cáo theo dõi này.',
  alreadyConfirmed: 'Báo cáo theo dõi này đã được xác nhận.',
  photoChanged: 'Đơn vị vừa đổi ảnh của báo cáo sau khi bạn mở trang. Chưa có gì được xác nhận; hãy tải lại trang, xem ảnh rồi xác nhận.',
  stale: (at: Date) => `Hồ sơ vừa có thay đổi lúc ${formatDateTime(at)}. Không có gì được lưu; hãy tải lại trang và gửi lại.`,
} as const;

function toResult(outcome: TransitionOutcome, notFoundMessage: string): FollowUpStepResult {
  if (outcome.status === 'ok') return { ok: true, version: outcome.version };
  if (outcome.status === 'conflict') return { ok: false, message: FOLLOW_UP_MESSAGES.stale(outcome.current.updatedAt), stale: true };
  const { refusal } = outcome;
  if (refusal.code === 'not_found') return { ok: false, message: notFoundMessage, notFound: true };
  return { ok: false, message: refusal.message, ...(refusal.fieldErrors ? { fieldErrors: refusal.fieldErrors } : {}) };
}

const refused = (message: string, fieldErrors?: Record<string, string>): Refusal => ({ code: 'refused', message, ...(fieldErrors ? { fieldErrors } : {}) });

/**
 * The unit files this year's follow-up of its own approved example, as a step of the transition
 * applier: the figures are checked against the locked row, and the follow-up row is written with the
 * history row and the reviewers' notifications, or nothing is.
 */
export async function fileFollowUp(
  db: Db,
  actor: SessionUser,
  input: { id: string; expectedVersion: number; raw: RawFollowUp },
  now: Date = new Date(),
): Promise<FollowUpStepResult> {
  let values: FollowUpInput | null = null;
  const outcome = await applyTransition(db, {
    nominationId: input.id,
    action: 'file_follow_up',
    actorId: actor.id,
    expectedVersion: input.expectedVersion,
    visible: (row) => canViewUnitNomination(actor, row),
    refuse: (row) => (row.status === 'approved' ? null : refused(FOLLOW_UP_MESSAGES.notApproved)),
    prepare: async ({ row }, tx): Promise<Refusal | Prepared> => {
      const parsed = parseFollowUp(input.raw, { exampleYear: row.year, now });
      if (!parsed.ok) return refused(parsed.message, parsed.fieldErrors);
      const figures = figuresProblem(parsed.value, row.householdsEscaped);
      if (figures && !figures.ok) return refused(figures.message, figures.fieldErrors);
      if (await findFollowUpOfYear(tx, { nominationId: row.id, year: parsed.value.year })) {
        const message = FOLLOW_UP_MESSAGES.duplicateYear(parsed.value.year);
        return refused(message, { year: message });
      }
      const replicaIds = await resolveReplicas(tx, { refs: parsed.value.replicaIds, except: row.id });
      if (!replicaIds) return refused(FOLLOW_UP_MESSAGES.replicaGone, { replicaIds: FOLLOW_UP_MESSAGES.replicaGone });
      values = { ...parsed.value, replicaIds };
      const { year, modelStatus, householdsStillOut, householdsFellBack, newHouseholds } = parsed.value;
      return { detail: { followUp: { year, modelStatus, householdsStillOut, householdsFellBack, newHouseholds } } };
    },
    record: async (tx, { row, eventId }) => {
      await insertFollowUp(tx, { nominationId: row.id, actorId: actor.id, eventId, values: values! });
    },
  });
  return toResult(outcome, NOT_FOUND);
}

/**
 * A reviewer in scope (never of the nominating unit) confirms a filed follow-up, again as a step of the
 * applier; from then on its figures are public.
 */
export async function confirmFollowUp(
  db: Db,
  actor: SessionUser,
  input: { id: string; followUpId: string; expectedVersion: number; seenPhotoId?: string | null },
): Promise<FollowUpStepResult> {
  if (!isUuid(input.followUpId)) return { ok: false, message: FOLLOW_UP_MESSAGES.followUpMissing, notFound: true };
  let year = 0;
  const outcome = await applyTransition(db, {
    nominationId: input.id,
    action: 'confirm_follow_up',
    actorId: actor.id,
    expectedVersion: input.expectedVersion,
    visible: (row) => row.status !== 'draft' && (canReviewNomination(actor, row) || decisionRefusal(actor, row) === 'out_of_scope'),
    refuse: (row) => {
      const refusal = decisionRefusal(actor, row);
      if (refusal) return { code: 'forbidden', message: refusal === 'own_unit' ? REFUSAL_MESSAGES.own_unit : REFUSAL_MESSAGES[refusal] };
      return row.status === 'approved' ? null : refused(FOLLOW_UP_MESSAGES.notApproved);
    },
    prepare: async ({ row }, tx): Promise<Refusal | Prepared> => {
      const followUp = await getFollowUp(tx, { id: input.followUpId });
      if (!followUp || followUp.nominationId !== row.id) return refused(FOLLOW_UP_MESSAGES.followUpMissing);
      if (followUp.state !== 'filed') return refused(FOLLOW_UP_MESSAGES.alreadyConfirmed);
      // Confirming publishes the photo: it must be the one the reviewer saw (the unit may change it until then).
      if ((followUp.photoId ?? null) !== (input.seenPhotoId ?? null)) return refused(FOLLOW_UP_MESSAGES.photoChanged);
      year = followUp.year;
      return { detail: { followUp: { id: followUp.id, year } } };
    },
    record: async (tx) => {
      await markFollowUpConfirmed(tx, { id: input.followUpId, actorId: actor.id });
    },
  });
  return toResult(outcome, REVIEW_MESSAGES.notFound);
}
