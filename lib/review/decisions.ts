import 'server-only';
import type { Db } from '@/db/client';
import { applyTransition, type NominationRecord, type Refusal, type TransitionOutcome } from '@/db/queries/nomination-transition';
import { canReviewNomination, canUnpublish, decisionRefusal } from '@/lib/auth/permissions';
import type { SessionUser } from '@/lib/domain/actor';
import { ACTION_LABELS } from '@/lib/domain/state-machine';
import type { NominationStatus } from '@/lib/domain/vocabulary';
import { formatDateTime } from '@/lib/format';
import { isMeaningfulReason, REFUSAL_MESSAGES, REVIEW_MESSAGES } from './messages';

export type ReviewAction = 'approve' | 'return' | 'reject';
export type AdminAction = 'unpublish' | 'republish';
export type DecisionResult =
  | { ok: true; version: number; status: NominationStatus }
  | { ok: false; message: string; fieldErrors?: Record<string, string>; notFound?: boolean; stale?: boolean };

function reasonRequired(field: 'comment' | 'reason'): DecisionResult {
  return { ok: false, message: REVIEW_MESSAGES.reasonRequired, fieldErrors: { [field]: REVIEW_MESSAGES.reasonRequired } };
}

/** "Đã được xử lý bởi …": who moved the nomination last, so the late reviewer knows what happened. */
function staleMessage(outcome: Extract<TransitionOutcome, { status: 'conflict' }>): string {
  const last = outcome.lastEvent;
  if (!last) return 'Hồ sơ vừa thay đổi. Hãy tải lại trang để xem bản mới nhất.';
  const label = last.action === 'create' ? 'Tạo hồ sơ' : ACTION_LABELS[last.action];
  return `Hồ sơ đã được xử lý bởi ${last.actorName ?? 'người khác'} lúc ${formatDateTime(last.at)} (${label.toLowerCase()}). Không có gì thay đổi từ thao tác của bạn; hãy tải lại trang.`;
}

function toResult(outcome: TransitionOutcome, fieldOfReason: 'comment' | 'reason'): DecisionResult {
  if (outcome.status === 'ok') return { ok: true, version: outcome.version, status: outcome.to };
  if (outcome.status === 'conflict') return { ok: false, message: staleMessage(outcome), stale: true };
  const { refusal } = outcome;
  if (refusal.code === 'not_found') return { ok: false, message: REVIEW_MESSAGES.notFound, notFound: true };
  const fieldErrors = refusal.fieldErrors?.comment ? { [fieldOfReason]: refusal.fieldErrors.comment } : refusal.fieldErrors;
  return { ok: false, message: refusal.message, ...(fieldErrors ? { fieldErrors } : {}) };
}

function consentProblem(row: NominationRecord): string | null {
  if (row.nomineeKind !== 'individual' && row.nomineeKind !== 'household') return null;
  if (row.publishMode === 'anonymised') return null;
  if (row.consentGiven !== true) return REVIEW_MESSAGES.consentMissing;
  if (!row.consentGivenBy || !row.consentDate || !row.consentForm) return REVIEW_MESSAGES.consentIncomplete;
  return null;
}

/** Approving a named person needs their recorded consent; without it the reviewer may approve anonymised. */
function approvalChanges(anonymise: boolean) {
  return async (row: NominationRecord): Promise<Refusal | { changes: { publishMode?: 'anonymised' } }> => {
    const problem = consentProblem(row);
    if (!problem) return { changes: {} };
    if (anonymise && problem === REVIEW_MESSAGES.consentMissing) return { changes: { publishMode: 'anonymised' } };
    return { code: 'refused', message: problem };
  };
}

/**
 * Approve, return or reject, through the transition applier: a reviewer in scope, never of their own
 * unit, deciding on the version they saw; one event and its notifications are written together.
 */
export async function decide(
  db: Db,
  actor: SessionUser,
  input: { id: string; action: ReviewAction; expectedVersion: number; comment?: string | null; anonymise?: boolean },
): Promise<DecisionResult> {
  const comment = input.comment?.normalize('NFC').trim() || null;
  if (input.action !== 'approve' && !isMeaningfulReason(comment)) return reasonRequired('comment');
  const outcome = await applyTransition(db, {
    nominationId: input.id,
    action: input.action,
    actorId: actor.id,
    expectedVersion: input.expectedVersion,
    comment,
    // A draft is the unit's alone; outside their scope a reviewer learns only that it is outside.
    visible: (row) => row.status !== 'draft' && (canReviewNomination(actor, row) || decisionRefusal(actor, row) === 'out_of_scope'),
    refuse: (row) => {
      const refusal = decisionRefusal(actor, row);
      return refusal ? { code: 'forbidden', message: REFUSAL_MESSAGES[refusal] } : null;
    },
    expectStatus: ['submitted'],
    prepare: input.action === 'approve' ? approvalChanges(input.anonymise === true) : undefined,
  });
  return toResult(outcome, 'comment');
}

/** Admin only, with a reason kept in the history: the example leaves (or returns to) every public page. */
export async function setPublished(
  db: Db,
  actor: SessionUser,
  input: { id: string; action: AdminAction; expectedVersion: number; reason: string },
): Promise<DecisionResult> {
  if (!canUnpublish(actor)) return { ok: false, message: 'Chỉ quản trị viên mới gỡ hoặc công bố lại điển hình.' };
  const reason = input.reason.normalize('NFC').trim();
  if (!isMeaningfulReason(reason)) return reasonRequired('reason');
  const outcome = await applyTransition(db, {
    nominationId: input.id,
    action: input.action,
    actorId: actor.id,
    expectedVersion: input.expectedVersion,
    comment: reason,
    visible: () => true,
  });
  return toResult(outcome, 'reason');
}
