import type { NominationStatus } from '@/lib/domain/vocabulary';

export const NOMINATION_ACTIONS = ['submit', 'withdraw', 'approve', 'return', 'reject', 'unpublish', 'republish'] as const;
export type NominationAction = (typeof NOMINATION_ACTIONS)[number];
/** What a history row records: a transition, or the creation of the draft. */
export type EventAction = NominationAction | 'create';

interface Transition {
  from: readonly NominationStatus[];
  to: NominationStatus;
  /** A comment (reason) is required, e.g. what to fix when returning. */
  needsComment: boolean;
}

// DESIGN §3.
const TRANSITIONS: Record<NominationAction, Transition> = {
  submit: { from: ['draft', 'returned'], to: 'submitted', needsComment: false },
  withdraw: { from: ['submitted'], to: 'draft', needsComment: false },
  approve: { from: ['submitted'], to: 'approved', needsComment: false },
  return: { from: ['submitted'], to: 'returned', needsComment: true },
  reject: { from: ['submitted'], to: 'rejected', needsComment: true },
  unpublish: { from: ['approved'], to: 'unpublished', needsComment: true },
  republish: { from: ['unpublished'], to: 'approved', needsComment: true },
};

export const ACTION_LABELS: Record<NominationAction, string> = {
  submit: 'Gửi thẩm định',
  withdraw: 'Rút lại',
  approve: 'Công nhận',
  return: 'Trả lại',
  reject: 'Không công nhận',
  unpublish: 'Gỡ công bố',
  republish: 'Công bố lại',
};

export type TransitionResult = { ok: true; to: NominationStatus } | { ok: false; code: 'invalid_transition' | 'comment_required'; message: string };

export function transition(from: NominationStatus, action: NominationAction, comment?: string | null): TransitionResult {
  const rule = TRANSITIONS[action];
  if (!rule.from.includes(from)) {
    return {
      ok: false,
      code: 'invalid_transition',
      message: `Không thể “${ACTION_LABELS[action].toLowerCase()}” hồ sơ đang ở trạng thái này.`,
    };
  }
  if (rule.needsComment && !comment?.trim()) {
    return { ok: false, code: 'comment_required', message: 'Vui lòng ghi rõ lý do.' };
  }
  return { ok: true, to: rule.to };
}

export function allowedActions(from: NominationStatus): NominationAction[] {
  return NOMINATION_ACTIONS.filter((a) => TRANSITIONS[a].from.includes(from));
}
