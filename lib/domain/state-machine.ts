import type { NominationStatus } from '@/lib/domain/vocabulary';

export const NOMINATION_ACTIONS = [
  'submit',
  'withdraw',
  'forward',
  'return_down',
  'open_notice',
  'approve',
  'return',
  'reject',
  'unpublish',
  'republish',
  'file_follow_up',
  'confirm_follow_up',
  // A published example's correction (lib/examples/updates.ts): the row stays approved throughout.
  'propose_update',
  'withdraw_update',
  'approve_update',
  'reject_update',
] as const;
export type NominationAction = (typeof NOMINATION_ACTIONS)[number];
/** What a history row records: a transition, the creation of the draft, or an assignment to a reviewer. */
export type EventAction = NominationAction | 'create' | 'assign';

/**
 * Where a dossier stands in its campaign's review: the level it is at (0 = the first, the lowest), how
 * many levels the campaign has, and whether the deciding level puts dossiers in public notice first.
 */
export interface ReviewPosition {
  level: number | null;
  levelCount: number;
  usesNotice: boolean;
}

/** One level that decides, without public notice: the process before review levels existed. */
export const SINGLE_LEVEL: ReviewPosition = { level: 0, levelCount: 1, usesNotice: false };

interface Rule {
  from: readonly NominationStatus[];
  to: NominationStatus;
  /** A comment is required: a reason (return, reject…) or a recommendation (forward). */
  needsComment: boolean;
  /** Where it may happen, and the level the dossier is at afterwards. */
  level: (at: ReviewPosition) => { allowed: boolean; next: number | null };
}

const last = (at: ReviewPosition) => at.levelCount - 1;
const atLevel = (at: ReviewPosition) => at.level ?? 0;
const stay = (at: ReviewPosition) => ({ allowed: true, next: at.level });

// DESIGN §3 and §3b: up level by level, public notice at the deciding level, then approval.
const RULES: Record<NominationAction, Rule> = {
  submit: { from: ['draft', 'returned'], to: 'submitted', needsComment: false, level: () => ({ allowed: true, next: 0 }) },
  // Once a higher level holds it, the unit can no longer pull it back.
  withdraw: { from: ['submitted'], to: 'draft', needsComment: false, level: (at) => ({ allowed: atLevel(at) === 0, next: null }) },
  forward: { from: ['submitted'], to: 'submitted', needsComment: true, level: (at) => ({ allowed: atLevel(at) < last(at), next: atLevel(at) + 1 }) },
  return_down: {
    from: ['submitted', 'in_notice'],
    to: 'submitted',
    needsComment: true,
    level: (at) => ({ allowed: atLevel(at) > 0, next: atLevel(at) - 1 }),
  },
  open_notice: {
    from: ['submitted'],
    to: 'in_notice',
    needsComment: false,
    level: (at) => ({ allowed: at.usesNotice && atLevel(at) === last(at), next: at.level }),
  },
  approve: {
    from: ['submitted', 'in_notice'],
    to: 'approved',
    needsComment: false,
    level: (at) => ({ allowed: atLevel(at) === last(at), next: at.level }),
  },
  return: { from: ['submitted', 'in_notice'], to: 'returned', needsComment: true, level: () => ({ allowed: true, next: null }) },
  reject: { from: ['submitted', 'in_notice'], to: 'rejected', needsComment: true, level: stay },
  unpublish: { from: ['approved'], to: 'unpublished', needsComment: true, level: stay },
  republish: { from: ['unpublished'], to: 'approved', needsComment: true, level: stay },
  // The yearly follow-up of a published example: a step in its history that leaves it where it is.
  file_follow_up: { from: ['approved'], to: 'approved', needsComment: false, level: stay },
  confirm_follow_up: { from: ['approved'], to: 'approved', needsComment: false, level: stay },
  propose_update: { from: ['approved'], to: 'approved', needsComment: false, level: stay },
  withdraw_update: { from: ['approved'], to: 'approved', needsComment: false, level: stay },
  approve_update: { from: ['approved'], to: 'approved', needsComment: false, level: stay },
  reject_update: { from: ['approved'], to: 'approved', needsComment: true, level: stay },
};

export const ACTION_LABELS: Record<NominationAction, string> = {
  submit: 'Gửi thẩm định',
  withdraw: 'Rút lại',
  forward: 'Đề nghị lên cấp trên',
  return_down: 'Trả về cấp dưới',
  open_notice: 'Đưa ra công khai lấy ý kiến',
  approve: 'Công nhận',
  return: 'Trả lại',
  reject: 'Không công nhận',
  unpublish: 'Gỡ công bố',
  republish: 'Công bố lại',
  file_follow_up: 'Gửi báo cáo theo dõi',
  confirm_follow_up: 'Xác nhận báo cáo theo dõi',
  propose_update: 'Đề xuất cập nhật',
  withdraw_update: 'Rút đề xuất cập nhật',
  approve_update: 'Duyệt cập nhật',
  reject_update: 'Không duyệt cập nhật',
};

export type TransitionResult =
  { ok: true; to: NominationStatus; level: number | null } | { ok: false; code: 'invalid_transition' | 'comment_required'; message: string };

/**
 * Where an action takes a dossier from its state and level, or why it may not. An approval from
 * `submitted` needs a campaign without public notice; with notice it comes from `in_notice`.
 */
export function transition(from: NominationStatus, action: NominationAction, comment?: string | null, at: ReviewPosition = SINGLE_LEVEL): TransitionResult {
  const rule = RULES[action];
  const where = rule.level(at);
  const skipsNotice = action === 'approve' && from === 'submitted' && at.usesNotice;
  if (!rule.from.includes(from) || !where.allowed || skipsNotice) {
    return {
      ok: false,
      code: 'invalid_transition',
      message: `Không thể “${ACTION_LABELS[action].toLowerCase()}” hồ sơ đang ở trạng thái này.`,
    };
  }
  if (rule.needsComment && !comment?.trim()) {
    return { ok: false, code: 'comment_required', message: action === 'forward' ? 'Vui lòng ghi ý kiến đề nghị.' : 'Vui lòng ghi rõ lý do.' };
  }
  return { ok: true, to: rule.to, level: where.next };
}

export function allowedActions(from: NominationStatus, at: ReviewPosition = SINGLE_LEVEL): NominationAction[] {
  return NOMINATION_ACTIONS.filter((action) => transition(from, action, 'x', at).ok);
}
