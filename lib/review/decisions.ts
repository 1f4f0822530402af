import 'server-only';
import { controlCharsMessage, hasControlChars } from '@/lib/domain/control-chars';
import type { Db } from '@/db/client';
import {
  applyTransition,
  type NominationRecord,
  type Prepared,
  type Refusal,
  type TransitionContext,
  type TransitionOutcome,
} from '@/db/queries/nomination-transition';
import { countObjections } from '@/db/queries/objections';
import { saveScores, type ScoreInput } from '@/db/queries/scores';
import { canReviewNomination, canUnpublish, decisionRefusal } from '@/lib/auth/permissions';
import type { SessionUser } from '@/lib/domain/actor';
import { levelName, levelOfScope } from '@/lib/domain/review-levels';
import { ACTION_LABELS } from '@/lib/domain/state-machine';
import type { NominationStatus } from '@/lib/domain/vocabulary';
import { noticeWindow } from '@/lib/domain/working-days';
import { formatDate, formatDateTime } from '@/lib/format';
import { isMeaningfulReason, REFUSAL_MESSAGES, REVIEW_MESSAGES } from './messages';
import { scoresProblem } from './scores';

export const REVIEW_ACTIONS = ['forward', 'return_down', 'open_notice', 'approve', 'return', 'reject'] as const;
export type ReviewAction = (typeof REVIEW_ACTIONS)[number];
export type AdminAction = 'unpublish' | 'republish';
export type DecisionResult =
  | { ok: true; version: number; status: NominationStatus }
  | { ok: false; message: string; fieldErrors?: Record<string, string>; notFound?: boolean; stale?: boolean };

/** Steps that carry the reviewer's scores of the campaign's criteria. */
const SCORED: readonly ReviewAction[] = ['forward', 'open_notice', 'approve'];

function reasonRequired(field: 'comment' | 'reason', action?: ReviewAction): DecisionResult {
  const message = action === 'forward' ? REVIEW_MESSAGES.recommendationRequired : REVIEW_MESSAGES.reasonRequired;
  return { ok: false, message, fieldErrors: { [field]: message } };
}

/** "Đã được xử lý bởi …": who moved the nomination last, so the late reviewer knows what happened. */
function staleMessage(outcome: Extract<TransitionOutcome, { status: 'conflict' }>): string {
  const last = outcome.lastEvent;
  if (!last) return 'Hồ sơ vừa thay đổi. Hãy tải lại trang để xem bản mới nhất.';
  const label = last.action === 'create' ? 'Tạo hồ sơ' : last.action === 'assign' ? 'Giao thẩm định' : ACTION_LABELS[last.action];
  return `Hồ sơ đã được xử lý bởi ${last.actorName ?? 'người khác'} lúc ${formatDateTime(last.at)} (${label.toLowerCase()}). Không có gì thay đổi từ thao tác của bạn; hãy tải lại trang.`;
}

/** Invisible characters would reach the unit's notifications, the timeline and the exports. */
function controlCharsRefusal(field: 'comment' | 'reason', label: string): DecisionResult {
  const message = controlCharsMessage(label);
  return { ok: false, message, fieldErrors: { [field]: message } };
}

function toResult(outcome: TransitionOutcome, fieldOfReason: 'comment' | 'reason'): DecisionResult {
  if (outcome.status === 'ok') return { ok: true, version: outcome.version, status: outcome.to };
  if (outcome.status === 'conflict') return { ok: false, message: staleMessage(outcome), stale: true };
  const { refusal } = outcome;
  if (refusal.code === 'not_found') return { ok: false, message: REVIEW_MESSAGES.notFound, notFound: true };
  const fieldErrors = refusal.fieldErrors?.comment ? { ...refusal.fieldErrors, [fieldOfReason]: refusal.fieldErrors.comment } : refusal.fieldErrors;
  return { ok: false, message: refusal.message, ...(fieldErrors ? { fieldErrors } : {}) };
}

function consentProblem(row: NominationRecord): string | null {
  if (row.nomineeKind !== 'individual' && row.nomineeKind !== 'household') return null;
  if (row.publishMode === 'anonymised') return null;
  if (row.consentGiven !== true) return REVIEW_MESSAGES.consentMissing;
  if (!row.consentGivenBy || !row.consentDate || !row.consentForm) return REVIEW_MESSAGES.consentIncomplete;
  return null;
}

/**
 * A reviewer decides only at their own level: the one whose kind of area matches their scope. A dossier
 * that moved since the reviewer saw it (a colleague returned it, so it left their level) is a conflict,
 * answered with who moved it, not a level refusal.
 */
function levelRefusal(actor: SessionUser, { row, setup }: TransitionContext, expectedVersion: number): Refusal | null {
  if (setup.levels.length === 0 || row.version !== expectedVersion) return null;
  const mine = levelOfScope(setup.levels, actor.scope);
  const at = row.reviewLevel ?? 0;
  if (mine === at) return null;
  const here = levelName(setup.levels, at) ?? 'một cấp khác';
  const message =
    mine === null
      ? `Phong trào này không có cấp xét duyệt ứng với địa bàn của bạn; hồ sơ đang ở ${here.toLowerCase()}.`
      : `Hồ sơ đang ở ${here.toLowerCase()}; bạn thẩm định ở ${(levelName(setup.levels, mine) ?? '').toLowerCase()}.`;
  return { code: 'forbidden', message };
}

/** What the history keeps of a notice when the dossier leaves it: the window, how many opinions, how many founded. */
async function noticeOutcome(row: NominationRecord, db: Parameters<typeof countObjections>[0]) {
  const counts = await countObjections(db, { nominationId: row.id });
  const opinions = counts.open + counts.founded + counts.unfounded;
  return { counts, detail: { notice: { from: row.noticeStartsAt?.toISOString(), to: row.noticeEndsAt?.toISOString(), opinions, founded: counts.founded } } };
}

interface DecisionInput {
  id: string;
  action: ReviewAction;
  expectedVersion: number;
  comment?: string | null;
  anonymise?: boolean;
  /** The reviewer's scores of the campaign's criteria (forward, notice, approval from submitted). */
  scores?: ScoreInput[];
}

function prepareDecision(input: DecisionInput, now: Date) {
  return async (context: TransitionContext, tx: Parameters<NonNullable<Parameters<typeof applyTransition>[1]['prepare']>>[1]): Promise<Refusal | Prepared> => {
    const { row, setup } = context;
    const fromSubmitted = row.status === 'submitted';
    if (SCORED.includes(input.action) && fromSubmitted) {
      const problem = scoresProblem(setup.criteria, input.scores ?? []);
      if (problem) return { code: 'incomplete', message: problem.message, fieldErrors: problem.fieldErrors };
    }
    const publishes = (input.action === 'approve' && fromSubmitted) || input.action === 'open_notice';
    let changes: Prepared['changes'] = {};
    if (publishes) {
      const problem = consentProblem(row);
      if (problem && !(input.anonymise && problem === REVIEW_MESSAGES.consentMissing)) return { code: 'refused', message: problem };
      if (problem) changes = { publishMode: 'anonymised' };
    }
    if (input.action === 'open_notice') {
      const window = noticeWindow({ startsAt: now, workingDays: setup.noticeWorkingDays });
      return {
        changes: { ...changes, noticeStartsAt: now, noticeEndsAt: window.endsAt },
        detail: { notice: { from: now.toISOString(), to: window.endsAt.toISOString() } },
      };
    }
    if (row.status !== 'in_notice') return { changes };
    const outcome = await noticeOutcome(row, tx);
    if (input.action === 'approve') {
      if (row.noticeEndsAt && now <= row.noticeEndsAt) return { code: 'refused', message: REVIEW_MESSAGES.noticeNotOver(formatDate(row.noticeEndsAt)) };
      if (outcome.counts.open > 0) return { code: 'refused', message: REVIEW_MESSAGES.objectionsOpen(outcome.counts.open) };
    }
    return { changes, detail: outcome.detail };
  };
}

/**
 * A reviewer's step on a dossier, through the transition applier: in scope, never of their own unit, at
 * their level, on the version they saw. Forwarding, putting in notice and approving carry the scores
 * of every criterion; approving after a notice waits for its end and for every opinion to be judged.
 */
export async function decide(db: Db, actor: SessionUser, input: DecisionInput, now: Date = new Date()): Promise<DecisionResult> {
  const comment = input.comment?.normalize('NFC').trim() || null;
  if (comment && hasControlChars(comment, { multiline: true })) return controlCharsRefusal('comment', 'Ý kiến');
  const needsReason = !['approve', 'open_notice'].includes(input.action);
  if (needsReason && !isMeaningfulReason(comment)) return reasonRequired('comment', input.action);
  const outcome = await applyTransition(db, {
    nominationId: input.id,
    action: input.action,
    actorId: actor.id,
    expectedVersion: input.expectedVersion,
    comment,
    // A draft is the unit's alone; outside their scope a reviewer learns only that it is outside.
    visible: (row) => row.status !== 'draft' && (canReviewNomination(actor, row) || decisionRefusal(actor, row) === 'out_of_scope'),
    refuse: (row, context) => {
      const refusal = decisionRefusal(actor, row);
      return refusal ? { code: 'forbidden', message: REFUSAL_MESSAGES[refusal] } : levelRefusal(actor, context, input.expectedVersion);
    },
    expectStatus: ['submitted', 'in_notice'],
    prepare: prepareDecision({ ...input, comment }, now),
    record: async (tx, { row }) => {
      if (SCORED.includes(input.action) && row.status === 'submitted' && input.scores?.length) {
        await saveScores(tx, { nominationId: row.id, reviewLevel: row.reviewLevel ?? 0, reviewerId: actor.id, scores: input.scores });
      }
    },
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
  if (hasControlChars(reason, { multiline: true })) return controlCharsRefusal('reason', 'Lý do');
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
